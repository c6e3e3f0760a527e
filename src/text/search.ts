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
 * diacritics matches exactly those. Case, NFC/NFD and tone-mark placement never matter.
 */

/** A record's searchable text, made once per data load by {@link prepareSearchText}. */
export interface PreparedText {
  /** Lowercase NFC, every tone mark on its syllable's canonical vowel (see `placeTone`). */
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
  return { exact, folded: fold(exact) };
}

/** Compiles what a person typed; `null` when it has no term (an empty query matches everything). */
export function compileQuery(query: string): Query | null {
  const terms = canonical(query)
    .split(/\s+/u)
    .filter(Boolean)
    .map((text) => ({ text, exact: fold(text) !== text, anywhere: !WORD_CHAR.test(text[0]) }));
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

// The five tone marks as NFD combining characters: grave, acute, tilde, hook above, dot below.
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;
// A toneless lowercase NFD syllable: onset (qu, and gi before a vowel, count as consonants), vowels
// each with at most one of circumflex, breve or horn, coda.
const SYLLABLE = /^(qu|gi(?=[aeiouy])|[bcdđghklmnpqrstvx]*)((?:[aeiouy][\u0302\u0306\u031b]?)+)(ch|ng|nh|[ckmnpt])?$/;
const VOWEL = /[aeiouy][\u0302\u0306\u031b]?/g;

function canonical(text: string): string {
  return text.normalize('NFD').toLowerCase().replace(/[a-zđ\u0300-\u036f]+/g, placeTone).normalize('NFC');
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
}

/**
 * Moves the tone mark of one lowercase NFD syllable to its canonical vowel, so that old-style `hoà`,
 * `thuỷ`, `khoẻ`, `qúy` and new-style `hòa`, `thủy`, `khỏe`, `quý` read alike. Anything that is not a
 * Vietnamese syllable with exactly one tone mark is returned as it came.
 */
function placeTone(word: string): string {
  const tones = word.match(TONE);
  if (tones?.length !== 1) return word;
  const bare = word.replace(TONE, '');
  const parts = SYLLABLE.exec(bare);
  if (!parts) return word;
  const [, onset, nucleus, coda] = parts;
  const vowels = nucleus.match(VOWEL)!;
  const toned = tonedVowel(vowels, coda !== undefined);
  const at = onset.length + vowels.slice(0, toned + 1).join('').length;
  return bare.slice(0, at) + tones[0] + bare.slice(at);
}

/**
 * Which vowel carries the tone: the last one with a circumflex, breve or horn, else the only one, else
 * the middle of three, else the second of two when a coda follows. Open oa, oe and uy take the
 * old-style second vowel (`hoà`, not `hòa`) because that is where the tone stays as the syllable grows
 * (`hoà` → `hoàng`), so a half-typed syllable still finds the word.
 */
function tonedVowel(vowels: readonly string[], closed: boolean): number {
  for (let i = vowels.length - 1; i >= 0; i--) if (vowels[i].length > 1) return i;
  if (vowels.length === 1) return 0;
  if (vowels.length > 2) return 1;
  const pair = vowels.join('');
  return closed || pair === 'oa' || pair === 'oe' || pair === 'uy' ? 1 : 0;
}
