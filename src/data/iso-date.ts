/**
 * ISO 8601 dates as the data writes them (`2023-01-10`, `2026-11-26T06:00:00Z`,
 * `2026-11-26 13:00+07:00`), checked against the calendar. One pattern validates in the widget and
 * goes into the shipped JSON Schema, so both refuse `2023-02-30` and `25:61` alike.
 */

// Month lengths; 29 February only in leap years (every 4th year; of the centuries, every 4th).
const DAY =
  '(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))' +
  '|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)';
// 00:00 to 23:59:59 and fractions; an offset of at most ±23:59.
const TIME = '(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?(?:Z|[+-](?:[01]\\d|2[0-3]):?[0-5]\\d)?';

/** The form alone, any digits: what tells "not a date at all" from "not a real date". */
export const ISO_FORM = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A real calendar day at the start (the rest unchecked): tells a bad day from a bad time. */
export const REAL_DAY = new RegExp('^' + DAY);

/** A real date, with an optional real time: what the widgets accept. */
export const REAL_DATE = new RegExp(`^${DAY}(?:[T ]${TIME})?$`);
