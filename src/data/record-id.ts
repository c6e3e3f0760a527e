import { anyOf, map, string, wholeNumber, type Schema } from './schema.js';

/** An `id` may be a string or a number (contract); it is compared and shown as a string. */
export const recordId: Schema<string> = anyOf(string({ nonEmpty: true }), map(wholeNumber(0), String));
