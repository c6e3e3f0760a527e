import { recordId } from '../data/record-id.js';
import { anyOf, isoDate, list, map, object, oneOfValues, string, type Infer } from '../data/schema.js';

export const LEVELS = ['national', 'provincial', 'local'] as const;
export const STATUSES = ['upcoming', 'ongoing', 'ended', 'cancelled'] as const;
export const TARGETS = ['collective', 'individual'] as const;
export type Level = (typeof LEVELS)[number];
export type Status = (typeof STATUSES)[number];

/**
 * The grounding document: an object, or the citation as written in Vietnamese documents
 * ("Kế hoạch số 16/KH-UBND ngày 10/1/2023"), kept as `{ text }`. The citation is read into type,
 * number and date only when it is shown, sorted on or searched (campaign-document.ts): reading all
 * 10,000 of a long list up front held the first page back.
 */
const documentRef = anyOf(
  object({ type: string(), number: string(), date: isoDate(), url: string(), title: string() }),
  map(string({ nonEmpty: true }), (text) => ({ text })),
);

const campaign = object(
  {
    id: recordId,
    title: string({ nonEmpty: true }),
    summary: string(),
    launchedBy: string(),
    level: oneOfValues(LEVELS),
    startDate: isoDate(),
    endDate: isoDate(),
    status: oneOfValues(STATUSES),
    targets: list(oneOfValues(TARGETS), { strict: true }),
    fields: list(string(), { strict: true }),
    document: documentRef,
    url: string(),
  },
  { required: ['id', 'title'] },
);

const campaigns = list(campaign, { unique: 'id' });

/** `<sen-campaign-list>` data: `{ "campaigns": [...] }` or a bare array. */
export const campaignListSchema = map(
  anyOf(object({ campaigns: campaigns }, { required: ['campaigns'] }), campaigns),
  (value) => (Array.isArray(value) ? value : value.campaigns),
);

export type Campaign = Infer<typeof campaign>;
export type CampaignDocument = NonNullable<Campaign['document']>;
