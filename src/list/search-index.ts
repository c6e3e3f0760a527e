import { compileQuery, matches, prepareSearchText, type PreparedText } from '../text/search.js';

/** A record with its search text, prepared once per data load (not per keystroke). */
export interface Indexed<T> {
  item: T;
  text: PreparedText;
}

/** Prepares every record's searchable fields once; typing then only compares strings. */
export function indexForSearch<T>(
  items: readonly T[],
  fields: (item: T) => readonly (string | undefined)[],
): Indexed<T>[] {
  return items.map((item) => ({ item, text: prepareSearchText(...fields(item)) }));
}

/** The records matching every term of `query` (Vietnamese rules, see src/text/search.ts) and `keep`. */
export function searchIndex<T>(
  index: readonly Indexed<T>[],
  query: string,
  keep: (item: T) => boolean = () => true,
): T[] {
  const compiled = compileQuery(query);
  const found: T[] = [];
  for (const entry of index) {
    if (keep(entry.item) && matches(entry.text, compiled)) found.push(entry.item);
  }
  return found;
}

/** The distinct values of one field, for building a filter from the data (numbers high to low, text A–Z). */
export function distinctValues<T, V extends string | number>(
  items: readonly T[],
  pick: (item: T) => V | undefined,
): V[] {
  const values = new Set<V>();
  for (const item of items) {
    const value = pick(item);
    if (value !== undefined) values.add(value);
  }
  return [...values].sort((a, b) =>
    typeof a === 'number' && typeof b === 'number' ? b - a : String(a).localeCompare(String(b), 'vi'),
  );
}
