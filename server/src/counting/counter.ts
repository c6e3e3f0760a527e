import type { SiteConfig } from '../config/config.js';
import type { Store } from '../stores/store.js';
import { periodsAt } from './calendar.js';
import { isCountedAgent } from './bots.js';
import { countedPeriods, onlineSince, saltDaysAt, saltExpiresAt } from './rules.js';
import { visitorId, type VisitorIds } from './visitor.js';

/** Milliseconds since the epoch; tests pass a clock they move by hand. */
export type Clock = () => number;

/** What the request says about who is visiting; used for the hash, never stored. */
export interface Visitor {
  address: string;
  userAgent: string | undefined;
}

/** The contract's visit-stats shape, always with every figure. */
export interface VisitStats {
  total: number;
  today: number;
  yesterday: number;
  month: number;
  online: number;
  updatedAt: string;
}

/** `counted`: a new visit; `repeat`: the same visitor within 30 minutes; `bot`: not counted. */
export type HitOutcome = 'counted' | 'repeat' | 'bot';

interface Salts {
  day: string;
  current: Buffer;
  previous?: Buffer;
}

/** Applies the counting rules for the configured sites, with the clock and store it is given. */
export class Counter {
  private salts?: { day: string; ready: Promise<Salts> };

  constructor(
    private readonly store: Store,
    private readonly sites: ReadonlyMap<string, SiteConfig>,
    private readonly clock: Clock,
  ) {}

  /** Counts a visit unless it is a repeat or a bot; answers the statistics either way. */
  async hit(site: string, visitor: Visitor): Promise<{ outcome: HitOutcome; stats: VisitStats }> {
    const at = this.clock();
    let outcome: HitOutcome = 'bot';
    if (isCountedAgent(visitor.userAgent)) {
      const salts = await this.saltsAt(at);
      const counted = await this.store.hit({
        site,
        visitor: this.ids(salts, site, visitor.address, visitor.userAgent),
        saltDay: salts.day,
        at,
        keepUntil: saltExpiresAt(salts.day),
        periods: countedPeriods(at),
      });
      outcome = counted ? 'counted' : 'repeat';
    }
    return { outcome, stats: await this.read(site, at) };
  }

  /** Answers the statistics; a counted visitor asking stays online. */
  async stats(site: string, visitor: Visitor): Promise<VisitStats> {
    const at = this.clock();
    if (isCountedAgent(visitor.userAgent)) {
      const salts = await this.saltsAt(at);
      await this.store.seen(site, this.ids(salts, site, visitor.address, visitor.userAgent), at);
    }
    return this.read(site, at);
  }

  private async read(site: string, at: number): Promise<VisitStats> {
    const counts = await this.store.read(site, periodsAt(at), onlineSince(at));
    const startTotal = this.sites.get(site)?.startTotal ?? 0;
    return { ...counts, total: startTotal + counts.total, updatedAt: new Date(at).toISOString() };
  }

  private ids(salts: Salts, site: string, address: string, userAgent: string): VisitorIds {
    const current = visitorId(salts.current, site, address, userAgent);
    return salts.previous ? { current, previous: visitorId(salts.previous, site, address, userAgent) } : { current };
  }

  /** Today's and yesterday's salts, fetched once a day; the first request of a day deletes older ones. */
  private saltsAt(at: number): Promise<Salts> {
    const days = saltDaysAt(at);
    if (this.salts?.day !== days.current) {
      const ready = (async () => {
        await this.store.forgetSaltsBefore(days.previous);
        const current = await this.store.salt(days.current, saltExpiresAt(days.current), at);
        const previous = await this.store.existingSalt(days.previous);
        return { day: days.current, current, previous };
      })();
      this.salts = { day: days.current, ready };
      ready.catch(() => {
        if (this.salts?.ready === ready) this.salts = undefined; // try again on the next request
      });
    }
    return this.salts!.ready;
  }
}
