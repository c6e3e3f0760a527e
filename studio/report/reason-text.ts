import type { DroppedRecord } from '../../src/check.js';

/**
 * THE one place where the studio turns a dropped record's reason into words for the reader: the
 * check module words it in the language the report was made in (see analyze).
 */
export function localizedReason(record: DroppedRecord, _lang: 'vi' | 'en'): string {
  return record.reason;
}
