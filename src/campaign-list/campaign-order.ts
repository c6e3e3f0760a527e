import { campaignStatus, documentDate, vietnamDay } from './campaign-dates.js';
import type { Campaign } from './campaign.schema.js';

export const SORTS = ['newest', 'ending-soon', 'title'] as const;
export type Sort = (typeof SORTS)[number];

const collator = new Intl.Collator('vi');

/** A new array in the requested order; records without the date sorted on go last, by title. */
export function sortCampaigns(campaigns: readonly Campaign[], sort: Sort, now: Date = new Date()): Campaign[] {
  const byTitle = (a: Campaign, b: Campaign) => collator.compare(a.title, b.title);
  if (sort === 'title') return [...campaigns].sort(byTitle);

  const keyed = campaigns.map((campaign) => ({ campaign, key: sortKey(campaign, sort, now) }));
  keyed.sort((a, b) => {
    if (a.key === b.key) return byTitle(a.campaign, b.campaign);
    if (a.key === undefined) return 1;
    if (b.key === undefined) return -1;
    return sort === 'newest' ? b.key.localeCompare(a.key) : a.key.localeCompare(b.key);
  });
  return keyed.map(({ campaign }) => campaign);
}

function sortKey(campaign: Campaign, sort: Sort, now: Date): string | undefined {
  if (sort === 'newest') {
    const date = campaign.startDate ?? documentDate(campaign) ?? campaign.endDate;
    return date && vietnamDay(date);
  }
  // ending-soon: what is still running (or about to), by end date; the finished go last.
  const status = campaignStatus(campaign, now);
  if (status === 'ended' || status === 'cancelled' || !campaign.endDate) return undefined;
  return vietnamDay(campaign.endDate);
}
