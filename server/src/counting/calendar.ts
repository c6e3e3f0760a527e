/**
 * The calendar in Vietnam. Vietnam keeps UTC+7 all year (no daylight saving), so a fixed offset
 * gives its dates whatever time zone the server runs in; `Intl` is not needed and not consulted.
 */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** `YYYY-MM-DD` of the moment `at` (ms since the epoch) in Vietnam. */
export function vietnamDay(at: number): string {
  return new Date(at + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** `YYYY-MM` of the moment `at` in Vietnam. */
export function vietnamMonth(at: number): string {
  return vietnamDay(at).slice(0, 7);
}

/** The moment a Vietnam day (`YYYY-MM-DD`) begins, in ms since the epoch. */
export function startOfVietnamDay(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) - VIETNAM_OFFSET_MS;
}

/** The day `days` after `day` (negative: before), as `YYYY-MM-DD`. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar periods the statistics are about, at the moment `at`. */
export interface Periods {
  today: string;
  yesterday: string;
  month: string;
}

export function periodsAt(at: number): Periods {
  const today = vietnamDay(at);
  return { today, yesterday: addDays(today, -1), month: vietnamMonth(at) };
}
