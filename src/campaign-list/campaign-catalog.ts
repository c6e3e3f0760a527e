import { distinctValues, SearchIndex } from '../list/search-index.js';
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
 * Everything the list works out from one data load, each piece the first time it is needed and
 * then kept: statuses and year spans (against today in Vietnam, worked out once), the order for
 * each sort, the filters' choices, and the search index. The first page needs neither the index
 * nor a sorted list (its campaigns are picked in one pass); `prepareSome` makes both in idle time,
 * and whatever asks first makes what it needs itself, with the same results.
 */
export class CampaignCatalog {
  readonly index: SearchIndex<Campaign>;
  private readonly today: string;
  private readonly thisYear: number;
  private readonly statuses = new Map<Campaign, Status | undefined>();
  private readonly spans = new Map<Campaign, [number, number] | undefined>();
  private readonly orders = new Map<Sort, Campaign[]>();
  private filterChoices?: FilterChoices;
  /** The last query's results, so a render that changes only the page does not search again. */
  private last?: { query: CampaignQuery; results: CampaignResults };

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
    return remember(this.statuses, campaign, () => campaignStatus(campaign, this.today));
  }

  /** The campaigns matching the query. */
  find(query: CampaignQuery): CampaignResults {
    if (this.last && sameQuery(this.last.query, query)) return this.last.results;
    const { text, sort, status, level, year } = query;
    const keep = (c: Campaign) =>
      (!status || this.status(c) === status) &&
      (!level || c.level === level) &&
      (!year || isWithin(year, this.span(c)));
    const found = this.index.search(this.campaigns, text, keep); // in data order
    let sorted: Campaign[] | undefined;
    const inOrder = () => {
      const all = this.orders.get(sort);
      if (!all) return sortCampaigns(found, sort, this.today);
      if (found.length === this.campaigns.length) return all;
      const chosen = new Set(found);
      return all.filter((c) => chosen.has(c));
    };
    const results: CampaignResults = {
      count: found.length,
      page: (page, size) =>
        page === 1 && !sorted && !this.orders.has(sort)
          ? firstInOrder(found, sort, size, this.today)
          : (sorted ??= inOrder()).slice((page - 1) * size, page * size),
    };
    this.last = { query, results };
    return results;
  }

  /**
   * Some of the work the first page did without, while `hasTime()`: the search index, then the
   * whole order for `sort` (so later pages and searches need not sort). True while some remains.
   */
  prepareSome(hasTime: HasTime, sort: Sort): boolean {
    if (this.index.prepareSome(hasTime)) return true;
    remember(this.orders, sort, () => sortCampaigns(this.campaigns, sort, this.today));
    return false;
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
    return remember(this.spans, campaign, () => campaignYearSpan(campaign, this.today));
  }
}

function remember<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  if (map.has(key)) return map.get(key)!;
  const value = make();
  map.set(key, value);
  return value;
}

function sameQuery(a: CampaignQuery, b: CampaignQuery): boolean {
  return (
    a.text === b.text &&
    a.sort === b.sort &&
    (a.status || '') === (b.status || '') &&
    (a.level || '') === (b.level || '') &&
    (a.year || 0) === (b.year || 0)
  );
}

function isWithin(year: number, span: [number, number] | undefined): boolean {
  return span !== undefined && span[0] <= year && year <= span[1];
}
