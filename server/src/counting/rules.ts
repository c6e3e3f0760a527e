import { addDays, startOfVietnamDay, vietnamDay, vietnamMonth } from './calendar.js';

/**
 * The counting rules, as pure functions of the moment `at` (ms since the epoch). The stores apply
 * them; nothing else decides what counts.
 */

/** Hits from one visitor less than this apart are one visit (the usual web-analytics session). */
export const VISIT_WINDOW_MS = 30 * 60 * 1000;

/** A visitor seen within this much time is "online" (Plausible's "current visitors"). */
export const ONLINE_WINDOW_MS = 5 * 60 * 1000;

/** The counter a counted visit adds one to for "total" (`startTotal` is added when answering). */
export const TOTAL = 'total';

/**
 * Whether a hit at `at` starts a new visit, given the visitor's previous hit. The window runs from
 * the previous hit, counted or not, so a visitor opening a page every 10 minutes is one visit.
 */
export function isNewVisit(previousHitAt: number | undefined, at: number): boolean {
  return previousHitAt === undefined || at - previousHitAt >= VISIT_WINDOW_MS;
}

/** Visitors last seen after this moment (exclusive) are online at `at`. */
export function onlineSince(at: number): number {
  return at - ONLINE_WINDOW_MS;
}

/** The counters a visit counted at `at` adds one to: the total, its Vietnam day and month. */
export function countedPeriods(at: number): string[] {
  return [TOTAL, vietnamDay(at), vietnamMonth(at)];
}

/**
 * Salts: one random salt per Vietnam day. The day's salt identifies visitors that day; the day
 * after, it is still used to recognise a visit that goes on past midnight (as GoatCounter looks a
 * session up under the current and the previous salt); at the start of the second day after, it
 * is deleted, and with it any way to link a hash to a person.
 */
export interface SaltDays {
  /** The salt new hashes are made with. */
  current: string;
  /** Yesterday's salt: only looked up, never created. */
  previous: string;
}

export function saltDaysAt(at: number): SaltDays {
  const current = vietnamDay(at);
  return { current, previous: addDays(current, -1) };
}

/** The moment the salt of `day`, and every visitor record made with it, must be gone. */
export function saltExpiresAt(day: string): number {
  return startOfVietnamDay(addDays(day, 2));
}
