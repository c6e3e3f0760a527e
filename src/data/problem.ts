/**
 * Why a value was refused, kept as data (a code and what a message needs) so that it can be worded
 * in more than one language. The widgets word it in English for `sen-load`'s `dropped` and the
 * console, as the contract shows (`expected a string, got number`); sen-widgets/check.js words it
 * in Vietnamese or English (src/check/reasons.ts).
 */

/** What a schema takes, for messages: `a string`, `a whole number ≥ 0`, `a string or an array`. */
export type Expected =
  | { readonly kind: 'string' | 'number' | 'date' | 'object' | 'array' }
  | { readonly kind: 'integer'; readonly min: number }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'any'; readonly of: readonly Expected[] };

export type Problem =
  /** The wrong type; `got` is the value's type name (`number`, `null`, `nothing` when absent). */
  | { readonly code: 'type'; readonly expected: Expected; readonly got: string }
  /** The right type, a wrong value; `got` is the value as JSON (`-3`, `"city"`). */
  | { readonly code: 'value'; readonly expected: Expected; readonly got: string }
  /** A string that must hold text is empty; `blank` when it holds only white space. */
  | { readonly code: 'empty'; readonly blank: boolean }
  /** An ISO 8601 date or time that is not on the calendar or the clock (`2023-02-30`, `25:61`). */
  | { readonly code: 'not-real'; readonly part: 'date' | 'time'; readonly got: string }
  /** None of the fields of which at least one must be there. */
  | { readonly code: 'none'; readonly fields: readonly string[] }
  /** A record whose id an earlier record already has; `first` is the earlier record's path. */
  | { readonly code: 'repeated-id'; readonly id: string; readonly first: string };

/** The words of one language for {@link describeProblem}. */
export interface Wording {
  expected: Record<'string' | 'number' | 'date' | 'object' | 'array', string> & {
    integer: (min: number) => string;
    enum: (values: string) => string;
    or: string;
  };
  /** Type names as the language says them; a name not listed is shown as is. */
  types: Partial<Record<string, string>>;
  /** The wrong type: `got` is the type name from `types`. */
  mismatch: (expected: string, got: string) => string;
  /** The right type, a wrong value: `got` is the value as JSON. */
  badValue: (expected: string, got: string) => string;
  empty: (blank: boolean) => string;
  notReal: (part: 'date' | 'time', got: string) => string;
  none: (fields: string) => string;
  repeatedId: (id: string, first: string) => string;
}

/** The widgets' own words: the contract's console warnings and `dropped` reasons. */
export const english: Wording = {
  expected: {
    string: 'a string',
    number: 'a finite number',
    date: 'an ISO 8601 date',
    object: 'an object',
    array: 'an array',
    integer: (min) => `a whole number ≥ ${min}`,
    enum: (values) => `one of ${values}`,
    or: ' or ',
  },
  types: {},
  mismatch: (expected, got) => `expected ${expected}, got ${got}`,
  badValue: (expected, got) => `expected ${expected}, got ${got}`,
  empty: (blank) => (blank ? 'is empty (only white space)' : 'is empty'),
  notReal: (part, got) => `not a real ${part}: ${got}`,
  none: (fields) => `expected at least one of ${fields}, got none`,
  repeatedId: (id, first) => `repeats id "${id}" of ${first}`,
};

/** The problem in words: `expected a string, got number`. */
export function describeProblem(problem: Problem, words: Wording): string {
  switch (problem.code) {
    case 'type':
      return words.mismatch(describeExpected(problem.expected, words), words.types[problem.got] ?? problem.got);
    case 'value':
      return words.badValue(describeExpected(problem.expected, words), problem.got);
    case 'empty':
      return words.empty(problem.blank);
    case 'not-real':
      return words.notReal(problem.part, problem.got);
    case 'none':
      return words.none(problem.fields.join(', '));
    case 'repeated-id':
      return words.repeatedId(problem.id, problem.first);
  }
}

function describeExpected(expected: Expected, words: Wording): string {
  switch (expected.kind) {
    case 'integer':
      return words.expected.integer(expected.min);
    case 'enum':
      return words.expected.enum(expected.values.join(', '));
    case 'any':
      return expected.of.map((each) => describeExpected(each, words)).join(words.expected.or);
    default:
      return words.expected[expected.kind];
  }
}
