import { distinctValues, SearchIndex } from '../list/search-index.js';
import type { Exemplar } from './exemplar.schema.js';

export const KINDS = ['individual', 'collective'] as const;
export type Kind = (typeof KINDS)[number];

/**
 * What the gallery works out from one data load: the filters' choices, and the search index
 * (prepared in idle time after the first page; see SearchIndex). The last search is kept, so a
 * render that changes only the page, or the dialog, does not search again.
 */
export class ExemplarCatalog {
  readonly index: SearchIndex<Exemplar>;
  /** The kinds the data has, in the filter's order. */
  readonly kinds: Kind[];
  /** The years the data has, newest first, as the year filter's values. */
  readonly years: string[];
  private last?: { key: string; found: Exemplar[] };

  constructor(readonly exemplars: readonly Exemplar[]) {
    this.index = new SearchIndex(exemplars, (e) => [e.name, e.position, e.unit, e.achievement, e.award?.title]);
    this.kinds = KINDS.filter((kind) => exemplars.some((e) => e.kind === kind));
    this.years = distinctValues(exemplars, (e) => e.year).map(String);
  }

  /** A filter value the data does not have (any more, after a refresh) filters nothing. */
  kindFilter(kind: string): string {
    return (this.kinds as readonly string[]).includes(kind) ? kind : '';
  }

  yearFilter(year: string): string {
    return this.years.includes(year) ? year : '';
  }

  /** The exemplars matching the search text and filters, in data order. */
  find(text: string, kind: string, year: string): Exemplar[] {
    kind = this.kindFilter(kind);
    year = this.yearFilter(year);
    const key = JSON.stringify([text, kind, year]);
    if (this.last?.key !== key) {
      const keep = (e: Exemplar) => (!kind || e.kind === kind) && (!year || String(e.year) === year);
      this.last = { key, found: this.index.search(text, kind || year ? keep : undefined) };
    }
    return this.last.found;
  }
}
