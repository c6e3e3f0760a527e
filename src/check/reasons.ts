/**
 * Reasons in the checker's two languages: Vietnamese first, English as the widgets say it.
 * The widgets themselves only ever word reasons in English (src/data/problem.ts), so these
 * Vietnamese words stay out of the browser bundles.
 */
import type { Lang } from '../i18n/lang.js';
import { describeProblem, english, type Problem, type Wording } from '../data/problem.js';

const vietnamese: Wording = {
  expected: {
    string: 'một chuỗi',
    number: 'một số hữu hạn',
    date: 'một ngày theo ISO 8601',
    object: 'một đối tượng',
    array: 'một mảng',
    integer: (min) => `một số nguyên ≥ ${min}`,
    enum: (values) => `một trong các giá trị ${values}`,
    or: ' hoặc ',
  },
  // Read after "nhưng": "cần một chuỗi, nhưng là số", "…, nhưng không có".
  types: {
    nothing: 'không có',
    null: 'là null',
    string: 'là chuỗi',
    number: 'là số',
    boolean: 'là giá trị true/false',
    object: 'là đối tượng',
    array: 'là mảng',
    bigint: 'là số bigint',
    function: 'là hàm',
    symbol: 'là symbol',
  },
  mismatch: (expected, got) => `cần ${expected}, nhưng ${got}`,
  badValue: (expected, got) => `cần ${expected}, nhưng là ${got}`,
  empty: (blank) => (blank ? 'bị bỏ trống (chỉ có khoảng trắng)' : 'bị bỏ trống'),
  notReal: (part, got) => `${got} không phải là ${part === 'date' ? 'ngày' : 'giờ'} có thật`,
  none: (fields) => `cần ít nhất một trong các trường ${fields}, nhưng không có trường nào`,
  repeatedId: (id, first) => `trùng id "${id}" với ${first}`,
};

const wordings: Record<Lang, Wording> = { vi: vietnamese, en: english };

/** The words around a document that is not JSON; `detail` is the JSON parser's own message. */
export const documentWords: Record<Lang, { document: string; notJson: (source: string, detail: string) => string }> = {
  vi: { document: 'tài liệu', notJson: (source, detail) => `${source}: không phải JSON hợp lệ (${detail})` },
  en: { document: 'the document', notJson: (source, detail) => `${source}: not JSON (${detail})` },
};

/** A reason in words: `cần một chuỗi, nhưng là số` (vi), `expected a string, got number` (en). */
export function problemText(problem: Problem, lang: Lang = 'vi'): string {
  return describeProblem(problem, wordings[lang] ?? vietnamese);
}
