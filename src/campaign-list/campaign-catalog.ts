import { distinctValues, SearchIndex, type IndexEntry } from '../list/search-index.js';
import type { HasTime } from '../shared/idle-work.js';
import { campaignStatus, campaignYearSpan, vietnamDay } from './campaign-dates.js';
import { documentParts } from './campaign-document.js';
import { firstInOrder, sortCampaigns, type Sort } from './campaign-order.js';
import { LEVELS, STATUSES, type Campaign, type Level, type Status } from './campaign.schema.js';

/** What a visitor has chosen: search text, order and filters. */
export interface CampaignQuery {
  text: string;
  sort: Sort;
  status?: Status | '';
  level?: Level | '';
  year?: number | null;
}

/** What a query finds: how many, and a page of them in order. */
export interface CampaignResults {
  readonly count: number;
  /** Page `page` (from 1) of `size` campaigns. */
  page(page: number, size: number): Campaign[];
}

/** The choices the filters offer, from the data. */
export interface FilterChoices {
  statuses: Status[];
  levels: Level[];
  /** Years campaigns start or end in, and this year when one runs now; newest first. */
  years: number[];
}

/**
 * What the list works out from one data load, against today in Vietnam worked out once: statuses,
 * the filters' choices, the order for each sort, and the search index. The first page needs
 * neither the index nor a sorted list (its campaigns are picked in one pass); `prepareSome` makes
 * both in idle time, and whatever asks before then makes what it needs itself, with the same results.
 */
export class CampaignCatalog {
  readonly index: SearchIndex<Campaign>;
  private readonly today: string;
  private readonly thisYear: number;
  /** The whole list in each sort's order, once made, as index entries to search in that order. */
  private readonly orders = new Map<Sort, IndexEntry<Campaign>[]>();
  private filterChoices?: FilterChoices;
  /** The last query's results, so a render that changes only the page does not search again. */
  private last?: { key: string; results: CampaignResults };

  constructor(
    readonly campaigns: readonly Campaign[],
    now = new Date(),
  ) {
    this.today = vietnamDay(now);
    this.thisYear = now.getFullYear();
    this.index = new SearchIndex(campaigns, (c) => {
      const document = documentParts(c);
      return [c.title, c.summary, c.launchedBy, document?.number, document?.text, ...(c.fields ?? [])];
    });
  }

  status(campaign: Campaign): Status | undefined {
    return campaignStatus(campaign, this.today);
  }

  /** The campaigns matching the query. */
  find({ text, sort, status, level, year }: CampaignQuery): CampaignResults {
    const key = JSON.stringify([text, sort, status || '', level || '', year || 0]);
    if (this.last?.key === key) return this.last.results;
    const keep =
      status || level || year
        ? (c: Campaign) =>
            (!status || this.status(c) === status) &&
            (!level || c.level === level) &&
            (!year || isWithin(year, this.span(c)))
        : undefined;
    const all = this.orders.get(sort);
    const found = this.index.search(text, keep, all);
    let sorted = all && found; // searched in order, found in order
    const results: CampaignResults = {
      count: found.length,
      page: (page, size) =>
        !sorted && page === 1
          ? firstInOrder(found, sort, size, this.today)
          : (sorted ??= sortCampaigns(found, sort, this.today)).slice((page - 1) * size, page * size),
    };
    this.last = { key, results };
    return results;
  }

  /**
   * Some of the work the first page did without, while `hasTime()`: the whole order for `sort` (a
   * slice of its own, so later pages and searches need not sort), then the search index, prepared
   * in that order. True while some remains.
   */
  prepareSome(hasTime: HasTime, sort: Sort): boolean {
    const order = this.orders.get(sort);
    if (order) return this.index.prepareSome(hasTime, order);
    this.orders.set(sort, this.index.inOrder(sortCampaigns(this.campaigns, sort, this.today)));
    return true;
  }

  get choices(): FilterChoices {
    if (this.filterChoices) return this.filterChoices;
    const statuses = new Set<Status | undefined>();
    const levels = new Set<Level | undefined>();
    const edges: number[] = [];
    let runsNow = false;
    for (const campaign of this.campaigns) {
      statuses.add(this.status(campaign));
      levels.add(campaign.level);
      const span = this.span(campaign);
      if (span) edges.push(...span);
      runsNow ||= isWithin(this.thisYear, span);
    }
    if (runsNow) edges.push(this.thisYear);
    return (this.filterChoices = {
      statuses: STATUSES.filter((s) => statuses.has(s)),
      levels: LEVELS.filter((l) => levels.has(l)),
      years: distinctValues(edges, (y) => y),
    });
  }

  private span(campaign: Campaign): [number, number] | undefined {
    return campaignYearSpan(campaign, this.today);
  }
}

function isWithin(year: number, span: [number, number] | undefined): boolean {
  return span !== undefined && span[0] <= year && year <= span[1];
}
