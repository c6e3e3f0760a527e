import { campaignStatus, documentDate, vietnamDay } from './campaign-dates.js';
import type { Campaign } from './campaign.schema.js';

export const SORTS = ['newest', 'ending-soon', 'title'] as const;
export type Sort = (typeof SORTS)[number];

const collator = new Intl.Collator('vi');

/**
 * A new array in the requested order; records without the date sorted on go last, by title.
 * `now` may be today's day in Vietnam, worked out once (see campaignStatus).
 */
export function sortCampaigns(campaigns: readonly Campaign[], sort: Sort, now: Date | string = new Date()): Campaign[] {
  const byTitle = (a: Campaign, b: Campaign) => collator.compare(a.title, b.title);
  if (sort === 'title') return [...campaigns].sort(byTitle);

  const today = vietnamDay(now);
  const keyed = campaigns.map((campaign) => ({ campaign, key: sortKey(campaign, sort, today) }));
  // Keys are `yyyy-mm-dd` days: compared as plain strings, which orders them as dates.
  keyed.sort((a, b) => {
    if (a.key === b.key) return byTitle(a.campaign, b.campaign);
    if (a.key === undefined) return 1;
    if (b.key === undefined) return -1;
    return (sort === 'newest' ? a.key < b.key : a.key > b.key) ? 1 : -1;
  });
  return keyed.map(({ campaign }) => campaign);
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
