/**
 * Vietnamese text search, shared by the campaign list and the exemplar gallery.
 *
 * Prepare each record once per data load with {@link prepareSearchText}, compile the query once per
 * keystroke with {@link compileQuery}, then test records with {@link matches}.
 *
 * Rules: every term of the query must match (AND). A term matches where a word of the text begins
 * (at the start, or after a character that is not a letter, mark or digit), so `thon` finds `thôn`
 * but `hon` does not; a term that itself starts with punctuation (`/kh`) may match anywhere.
 * A term typed without any diacritic (đ counts as one) matches with or without them; a term with
 * diacritics matches exactly those, tone included (`nông` finds neither `nong` nor `nồng`). Case,
 * NFC/NFD and the old/new tone-mark placement (`hoà`/`hòa`, `thuỷ`/`thủy`, `quý`/`qúy`) never matter.
 */

/** A record's searchable text, made once per data load by {@link prepareSearchText}. */
export interface PreparedText {
  /** Lowercase NFC, tone marks placed in the old style (`hoà`, `thuỷ`; see `EARLY_TONE`). */
  readonly exact: string;
  /** `exact` without any diacritic, đ read as d. */
  readonly folded: string;
}

/** One term of a {@link Query}. */
export interface QueryTerm {
  /** The term in the same form as the text it is matched against. */
  readonly text: string;
  /** True when the term has diacritics, so it is matched against {@link PreparedText.exact}. */
  readonly exact: boolean;
  /** True when the term starts with punctuation, so it need not start a word. */
  readonly anywhere: boolean;
}

/** A compiled query: every term must match. */
export interface Query {
  readonly terms: readonly QueryTerm[];
}

/**
 * Prepares a record's searchable text. Several fields may be given; they are kept apart so that no
 * term matches across two of them. Empty and missing fields are skipped.
 */
export function prepareSearchText(...parts: ReadonlyArray<string | null | undefined>): PreparedText {
  const exact = canonical(parts.filter(Boolean).join('\n'));
  return { exact, folded: foldDiacritics(exact) };
}

/** Compiles what a person typed; `null` when it has no term (an empty query matches everything). */
export function compileQuery(query: string): Query | null {
  const terms = canonical(query)
    .split(/\s+/u)
    .filter(Boolean)
    .map((text) => ({ text, exact: foldDiacritics(text) !== text, anywhere: !WORD_CHAR.test(text[0]) }));
  return terms.length ? { terms } : null;
}

/** True when every term of the query matches the prepared text; a `null` query matches everything. */
export function matches(prepared: PreparedText, query: Query | null): boolean {
  return !query || query.terms.every((term) => findsTerm(term.exact ? prepared.exact : prepared.folded, term));
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

function findsTerm(text: string, term: QueryTerm): boolean {
  for (let at = text.indexOf(term.text); at >= 0; at = text.indexOf(term.text, at + 1)) {
    if (term.anywhere || at === 0 || !WORD_CHAR.test(text[at - 1])) return true;
  }
  return false;
}

/**
 * A tone mark on the o of oa/oe, the u of uy or the u of qu, as the new style writes `hòa`, `khỏe`,
 * `thủy` and a slip writes `qúy`. Moving it onto the next vowel gives the old style, `hoà`, `khoẻ`,
 * `thuỷ`, `quý`: the place where the mark stays as the syllable grows (`hoà` → `hoàng`), so a
 * half-typed syllable still finds the word. Works on lowercase NFD text.
 */
const EARLY_TONE = /(o|u|qu)([\u0300\u0301\u0303\u0309\u0323])([aeiouy][\u0302\u0306\u031b]?)/g;

function canonical(text: string): string {
  return text.normalize('NFD').toLowerCase().replace(EARLY_TONE, lateTone).normalize('NFC');
}

function lateTone(written: string, first: string, tone: string, next: string): string {
  const moves = first === 'qu' || (first === 'o' ? next[0] === 'a' || next[0] === 'e' : next === 'y');
  return moves ? first + next + tone : written;
}

/** Without any diacritic, đ read as d (for lower-case text). */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');
}
