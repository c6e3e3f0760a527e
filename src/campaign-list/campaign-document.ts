import { readCitation, type Citation } from '../text/citation.js';
import type { Campaign } from './campaign.schema.js';

/** A grounding document's parts: as the data gives them, or as read from the citation written out. */
export type DocumentParts = Citation & { url?: string; title?: string; text?: string };

const read = new WeakMap<object, DocumentParts>();

/**
 * The campaign's document with its type, number and date. A citation written out (`Kế hoạch số
 * 16/KH-UBND ngày 10/1/2023`) is read the first time something needs it (an item shown, a sort on
 * dates, the search index in idle time), once per record, not for every record on loading.
 */
export function documentParts(campaign: Campaign): DocumentParts | undefined {
  const document = campaign.document;
  if (!document || !('text' in document)) return document;
  let parts = read.get(document);
  if (!parts) read.set(document, (parts = { ...document, ...readCitation(document.text) }));
  return parts;
}
