import { campaignStatus, documentDate, vietnamDay } from './campaign-dates.js';
import type { Campaign } from './campaign.schema.js';

export const SORTS = ['newest', 'ending-soon', 'title'] as const;
export type Sort = (typeof SORTS)[number];

const collator = new Intl.Collator('vi');

/** A campaign with the day it is sorted on (none for the title order, or when it has no such date). */
interface Keyed {
  campaign: Campaign;
  key: string | undefined;
}

/**
 * A new array in the requested order; records without the date sorted on go last, by title.
 * `now` may be today's day in Vietnam, worked out once (see campaignStatus).
 */
export function sortCampaigns(campaigns: readonly Campaign[], sort: Sort, now: Date | string = new Date()): Campaign[] {
  return keyedBy(campaigns, sort, now)
    .sort(compareFor(sort))
    .map(({ campaign }) => campaign);
}

/**
 * The first `count` campaigns of that order, without sorting them all: the same campaigns, in the
 * same order, as `sortCampaigns(...).slice(0, count)` (ties keep their input order, as the sort does).
 */
export function firstInOrder(
  campaigns: readonly Campaign[],
  sort: Sort,
  count: number,
  now: Date | string = new Date(),
): Campaign[] {
  const compare = compareFor(sort);
  const first: Keyed[] = [];
  for (const entry of keyedBy(campaigns, sort, now)) {
    if (first.length >= count && compare(entry, first[first.length - 1]) >= 0) continue;
    let at = first.length;
    while (at > 0 && compare(entry, first[at - 1]) < 0) at--; // after everything not ordered after it
    first.splice(at, 0, entry);
    if (first.length > count) first.pop();
  }
  return first.map(({ campaign }) => campaign);
}

function keyedBy(campaigns: readonly Campaign[], sort: Sort, now: Date | string): Keyed[] {
  if (sort === 'title') return campaigns.map((campaign) => ({ campaign, key: undefined }));
  const today = vietnamDay(now);
  return campaigns.map((campaign) => ({ campaign, key: sortKey(campaign, sort, today) }));
}

function compareFor(sort: Sort): (a: Keyed, b: Keyed) => number {
  // Keys are `yyyy-mm-dd` days: compared as plain strings, which orders them as dates.
  return (a, b) => {
    if (a.key === b.key) return collator.compare(a.campaign.title, b.campaign.title);
    if (a.key === undefined) return 1;
    if (b.key === undefined) return -1;
    return (sort === 'newest' ? a.key < b.key : a.key > b.key) ? 1 : -1;
  };
}

function sortKey(campaign: Campaign, sort: Sort, today: string): string | undefined {
  if (sort === 'newest') {
    const date = campaign.startDate ?? documentDate(campaign) ?? campaign.endDate;
    return date && vietnamDay(date);
  }
  // ending-soon: what is still running (or about to), by end date; the finished go last.
  const status = campaignStatus(campaign, today);
  if (status === 'ended' || status === 'cancelled' || !campaign.endDate) return undefined;
  return vietnamDay(campaign.endDate);
}
