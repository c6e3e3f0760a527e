import type { HasTime } from '../shared/idle-work.js';
import { compileQuery, matches, prepareSearchText, type PreparedText } from '../text/search.js';

/**
 * The records' search text (see src/text/search.ts), prepared once per data load, not per
 * keystroke, and not before the first page is shown: `prepareSome` fills it in idle time, and a
 * search that comes first prepares what is still missing itself, so its results are the same
 * whenever it comes. Keyed by record, so any order (a sort, a filter) can be searched.
 */
export class SearchIndex<T> {
  private readonly texts = new Map<T, PreparedText>();
  /** Records before this position in `items` are prepared. */
  private next = 0;

  constructor(
    private readonly items: readonly T[],
    private readonly fields: (item: T) => readonly (string | undefined)[],
  ) {}

  /** True once every record is prepared. */
  get complete(): boolean {
    return this.next >= this.items.length;
  }

  /** Prepares records while `hasTime()` (at least one); true while some remain. */
  prepareSome(hasTime: HasTime): boolean {
    do {
      if (this.complete) return false;
      this.textOf(this.items[this.next++]);
    } while (hasTime());
    return !this.complete;
  }

  /**
   * The records of `order` matching every term of `query` (Vietnamese rules) and `keep`, in that
   * order. An empty query prepares nothing.
   */
  search(order: readonly T[], query: string, keep: (item: T) => boolean = () => true): T[] {
    const compiled = compileQuery(query);
    const found: T[] = [];
    for (const item of order) {
      if (keep(item) && (!compiled || matches(this.textOf(item), compiled))) found.push(item);
    }
    return found;
  }

  private textOf(item: T): PreparedText {
    let text = this.texts.get(item);
    if (!text) this.texts.set(item, (text = prepareSearchText(...this.fields(item))));
    return text;
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
