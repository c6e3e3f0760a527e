import type { DroppedRecord } from '../../src/check.js';

/**
 * THE one place where the studio turns a dropped record's reason into words for the reader.
 * Today it shows the widget's own reason as it is (`expected a string, got number`); when
 * `src/check/` gains its localized formatter, call it here with `lang` and nothing else changes.
 */
export function localizedReason(record: DroppedRecord, _lang: 'vi' | 'en'): string {
  return record.reason;
}
