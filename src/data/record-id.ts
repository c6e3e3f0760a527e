import { anyOf, finiteNumber, map, string, type Schema } from './schema.js';

/**
 * An `id` may be any non-empty string or any finite number, negative and fractional too (contract);
 * it is compared and shown as a string, so `7` and `"7"` are the same id.
 */
export const recordId: Schema<string> = anyOf(string({ nonEmpty: true }), map(finiteNumber(), String));
