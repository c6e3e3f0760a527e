import { VIETNAM_TIME_ZONE } from '../i18n/format.js';
import { documentParts } from './campaign-document.js';
import type { Campaign, Status } from './campaign.schema.js';

const calendarDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar day (`yyyy-mm-dd`) in Vietnam: a date is kept as written, a timestamp is converted.
 * A campaign ending on 31/12 runs until that day ends in UTC+7, wherever the visitor is.
 */
export function vietnamDay(value: string | Date): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return calendarDay.format(new Date(value));
}

/**
 * The status given in the data, else derived from the dates and today; undefined with no dates.
 * `now` may be today's day in Vietnam (`vietnamDay(new Date())`), worked out once for a whole list.
 */
export function campaignStatus(campaign: Campaign, now: Date | string = new Date()): Status | undefined {
  if (campaign.status) return campaign.status;
  if (!campaign.startDate && !campaign.endDate) return undefined;
  const today = vietnamDay(now);
  if (campaign.startDate && today < vietnamDay(campaign.startDate)) return 'upcoming';
  if (campaign.endDate && today > vietnamDay(campaign.endDate)) return 'ended';
  return 'ongoing';
}

/** The first and last year a campaign runs in; an ongoing one with no end runs until this year. */
export function campaignYearSpan(campaign: Campaign, now: Date | string = new Date()): [number, number] | undefined {
  const first = campaign.startDate ?? campaign.endDate ?? documentDate(campaign);
  if (!first) return undefined;
  const open = !campaign.endDate && campaignStatus(campaign, now) === 'ongoing';
  const last = campaign.endDate ?? (open ? now : first);
  const from = Number(vietnamDay(first).slice(0, 4));
  return [from, Math.max(from, Number(vietnamDay(last).slice(0, 4)))];
}

export function documentDate(campaign: Campaign): string | undefined {
  return documentParts(campaign)?.date;
}
