import { isoDate, object, wholeNumber, type Infer } from '../data/schema.js';

/** The figures, in the order they are shown (contract: total, today, yesterday, month, online). */
export const FIGURES = ['total', 'today', 'yesterday', 'month', 'online'] as const;
export type Figure = (typeof FIGURES)[number];

const count = wholeNumber(0);

/**
 * `<sen-visit-counter>` data. One bad figure is dropped (and reported), not the whole document;
 * a document with no figure at all is a schema error.
 */
export const visitStatsSchema = object(
  {
    total: count,
    today: count,
    yesterday: count,
    month: count,
    online: count,
    updatedAt: isoDate(),
  },
  { lenient: true, atLeastOne: FIGURES },
);

export type VisitStats = Infer<typeof visitStatsSchema>;
