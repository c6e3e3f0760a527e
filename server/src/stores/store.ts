import type { Periods } from '../counting/calendar.js';
import type { VisitorIds } from '../counting/visitor.js';

/** A hit to record: the store applies `isNewVisit` to the visitor's previous hit. */
export interface HitRecord {
  site: string;
  visitor: VisitorIds;
  /** The day of the salt `visitor.current` was made with. */
  saltDay: string;
  at: number;
  /** When the visitor record must be gone (its salt's expiry). */
  keepUntil: number;
  /** The counters a counted visit adds one to. */
  periods: string[];
}

/** Counted visits (without `startTotal`) and visitors online. */
export interface StoredCounts {
  total: number;
  today: number;
  yesterday: number;
  month: number;
  online: number;
}

/** One counter: a site's visits in a period (`total`, `YYYY-MM-DD` or `YYYY-MM`). */
export interface VisitCount {
  site: string;
  period: string;
  count: number;
}

/**
 * Where counts live: SQLite (one process) or Redis (several instances). Both implement exactly
 * these operations, and one shared test suite holds both to the same answers.
 */
export interface Store {
  readonly kind: 'sqlite' | 'redis';
  /** The salt of a Vietnam day, created at random on first use; every instance gets the same one. */
  salt(day: string, keepUntil: number, at: number): Promise<Buffer>;
  /** The salt of a day if it exists (yesterday's is looked up, never created). */
  existingSalt(day: string): Promise<Buffer | undefined>;
  /** Deletes the salts (and the visitor records made with them) of days before `day`. */
  forgetSaltsBefore(day: string): Promise<void>;
  /**
   * Records a hit: counts it when it starts a new visit, marks the visitor online under its
   * current id (and no longer under yesterday's). Resolves once durable; true when counted.
   */
  hit(record: HitRecord): Promise<boolean>;
  /** A stats request: a visitor with a recorded hit stays online; anyone else changes nothing. */
  seen(site: string, visitor: VisitorIds, at: number): Promise<void>;
  read(site: string, periods: Periods, onlineSince: number): Promise<StoredCounts>;
  /** Every counter, to move them to another store. */
  visitCounts(): Promise<VisitCount[]>;
  /** Sets these counters (moving from another store); other counters are left as they are. */
  setVisitCounts(counts: VisitCount[]): Promise<void>;
  /** Rejects when the store does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
