import type { HasTime } from '../shared/idle-work.js';
import { compileQuery, matches, prepareSearchText, type PreparedText } from '../text/search.js';

/** A record and its search text, made when first needed. */
export interface IndexEntry<T> {
  readonly item: T;
  text?: PreparedText;
}

/**
 * The records' search text (see src/text/search.ts), prepared once per data load, not per
 * keystroke, and not before the first page is shown: `prepareSome` fills it in idle time, and a
 * search that comes first prepares what is still missing itself, so its results are the same
 * whenever it comes. A search runs over the entries in data order, or in any other order made
 * once with `inOrder` (a sort).
 */
export class SearchIndex<T> {
  /** Every record, in data order. */
  readonly entries: readonly IndexEntry<T>[];
  /** How far `prepareSome` has come in each order. */
  private readonly cursors = new WeakMap<readonly IndexEntry<T>[], number>();

  constructor(
    items: readonly T[],
    private readonly fields: (item: T) => readonly (string | undefined)[],
  ) {
    this.entries = items.map((item) => ({ item }));
  }

  /**
   * Prepares entries of `order` while `hasTime()` (at least one); true while some remain. Walking
   * the order that searches use most keeps their texts together in memory, which they read faster.
   */
  prepareSome(hasTime: HasTime, order: readonly IndexEntry<T>[] = this.entries): boolean {
    let at = this.cursors.get(order) ?? 0;
    do {
      while (at < order.length && order[at].text) at++; // prepared already, by a search or another order
      if (at >= order.length) break;
      this.textOf(order[at++]);
    } while (hasTime());
    this.cursors.set(order, at);
    return at < order.length;
  }

  /** The entries of `items`, in that order, to search in it. */
  inOrder(items: readonly T[]): IndexEntry<T>[] {
    const byItem = new Map(this.entries.map((entry) => [entry.item, entry]));
    return items.map((item) => byItem.get(item)!);
  }

  /**
   * The records matching every term of `query` (Vietnamese rules) and `keep`, in the order of
   * `order`. An empty query prepares nothing.
   */
  search(query: string, keep?: (item: T) => boolean, order: readonly IndexEntry<T>[] = this.entries): T[] {
    const compiled = compileQuery(query);
    const found: T[] = [];
    for (const entry of order) {
      if ((!keep || keep(entry.item)) && (!compiled || matches(entry.text ?? this.textOf(entry), compiled))) {
        found.push(entry.item);
      }
    }
    return found;
  }

  private textOf(entry: IndexEntry<T>): PreparedText {
    return (entry.text ??= prepareSearchText(...this.fields(entry.item)));
  }
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
