/** Numbers and dates through Intl, with formatters made once per locale. */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** Vietnam's time zone: dates and times on a Vietnamese public site read as local time there. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** `11529` → vi `11.529`, en `11,529`. */
export function formatNumber(value: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}

/** A date as Vietnamese readers expect: `10/01/2023` (en-GB gives the same day-first order). */
export function formatDate(value: Date | string | number, locale: string): string {
  return dateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(value));
}

/** Time and date: `13:00 26/11/2026`. */
export function formatDateTime(value: Date | string | number, locale: string): string {
  const date = new Date(value);
  const time = dateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
  return `${time} ${formatDate(date, locale)}`;
}

function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone: VIETNAM_TIME_ZONE, ...options });
    dateTimeFormats.set(key, format);
  }
  return format;
}
