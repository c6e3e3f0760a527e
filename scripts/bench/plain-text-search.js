// The fair baselines' search, written by hand the way a plain page would: lower-case, fold the
// diacritics away (đ read as d) for a term typed without them, keep them for a term typed with
// them; every term must match where a word begins. Each record's two strings are made on the first
// search and kept.

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

const lower = (text) => text.normalize('NFC').toLowerCase();
const fold = (text) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');

/** Searches `records` by the strings `fields(record)` gives. */
export function plainSearch(records, fields) {
  let texts;
  const prepare = () =>
    (texts ??= records.map((record) => {
      const exact = lower(fields(record).filter(Boolean).join('\n'));
      return { exact, folded: fold(exact) };
    }));

  return (query) => {
    const terms = lower(query).split(/\s+/u).filter(Boolean);
    if (!terms.length) return records;
    const all = prepare();
    const compiled = terms.map((term) => ({ term, exact: fold(term) !== term, anywhere: !WORD_CHAR.test(term[0]) }));
    const found = [];
    for (let i = 0; i < records.length; i++) {
      const text = all[i];
      if (compiled.every((t) => startsWord(t.exact ? text.exact : text.folded, t.term, t.anywhere))) {
        found.push(records[i]);
      }
    }
    return found;
  };
}

function startsWord(text, term, anywhere) {
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
    if (anywhere || at === 0 || !WORD_CHAR.test(text[at - 1])) return true;
  }
  return false;
}
