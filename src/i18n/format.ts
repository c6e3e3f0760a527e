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

/**
 * A moment in the visitor's own time zone, the language's way: `13:05, 26/11/2026` (vi),
 * `1:05 PM, 11/26/2026` (en-US).
 */
export function formatLocalDateTime(value: Date | string | number, locale: string): string {
  const date = new Date(value);
  const hour = locale.startsWith('vi') ? '2-digit' : 'numeric'; // 06:05 in Vietnamese, 6:05 AM in English
  const time = dateTimeFormat(locale, { hour, minute: '2-digit' }, null).format(date);
  const day = dateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }, null).format(date);
  return `${time}, ${day}`;
}

/** Time and date: `13:00 26/11/2026`. */
export function formatDateTime(value: Date | string | number, locale: string): string {
  const date = new Date(value);
  const time = dateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
  return `${time} ${formatDate(date, locale)}`;
}

/** A cached formatter; in Vietnam's time zone unless `timeZone` is null (the visitor's own). */
function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
  timeZone: string | null = VIETNAM_TIME_ZONE,
): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone} ${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, timeZone ? { timeZone, ...options } : options);
    dateTimeFormats.set(key, format);
  }
  return format;
}
