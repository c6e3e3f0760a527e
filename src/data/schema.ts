/**
 * A very small schema language, written for this library's needs:
 *
 * - one definition per data shape both validates at run time and generates the JSON Schema files
 *   shipped in `schemas/` (see scripts/generate-schemas.ts);
 * - a record that fails is dropped and reported with its path, the rest of the list survives;
 * - the parsed value holds only the declared fields, so unknown (possibly private) fields never
 *   reach the page;
 * - reasons are data (src/data/problem.ts), worded in English for the widgets, as the contract's
 *   console warnings read (`expected a string, got number`), and in Vietnamese too for the checker.
 *
 * Validating allocates nothing for a valid field: `parse` returns the value itself (or `INVALID`),
 * and the path is a stack of keys that becomes a string only when something fails.
 *
 * General-purpose validators (valibot, zod) cost more bytes and still need custom messages and
 * record-dropping on top; this is about 1 KB.
 */
import { ISO_FORM, REAL_DATE, REAL_DAY } from './iso-date.js';
import { describeProblem, english, type Expected, type Problem } from './problem.js';

export type JsonSchema = Record<string, unknown>;

declare const __SEN_JSON_SCHEMA__: boolean | undefined;
/**
 * JSON Schema generation is only needed by scripts/generate-schemas.ts and the tests; the browser
 * builds define `__SEN_JSON_SCHEMA__` as false so the generator code and descriptions drop out.
 */
const withJsonSchema = typeof __SEN_JSON_SCHEMA__ === 'undefined' || __SEN_JSON_SCHEMA__;
const noJson = (): JsonSchema => ({});

/** What `parse` returns for a refused value; why is in `context.failure`. */
export const INVALID: unique symbol = Symbol('invalid');

/** Where and why a value was refused; `depth` is how many keys deep (a deeper failure says more). */
export interface Failure {
  path: string;
  depth: number;
  problem: Problem;
}

/** A record (or, with `index` null, a field) left out, with the why as data. */
export interface Refusal {
  index: number | null;
  path: string;
  problem: Problem;
}

/** A record left out of the rendered data, as reported in `sen-load`'s `detail.dropped`. */
export interface DroppedRecord {
  /** Position of the record in its list, or null for a dropped field of a single-record document. */
  index: number | null;
  /** Where the problem is, e.g. `campaigns[3].title`. */
  path: string;
  /** What is wrong, e.g. `expected a string, got number`. */
  reason: string;
}

export class ParseContext {
  /** Records and fields left out so far. */
  readonly refused: Refusal[] = [];
  /** The keys from the document down to the value being parsed. */
  readonly at: (string | number)[] = [];
  /** Why the last `parse` that returned `INVALID` refused its value. */
  failure: Failure | undefined;
}

export interface Schema<T> {
  /** The value as kept (only declared fields), or `INVALID` with the reason in `context.failure`. */
  parse(value: unknown, context: ParseContext): T | typeof INVALID;
  /** What it takes, for messages: `a string`, `a whole number ≥ 0`. */
  readonly expected: Expected;
  toJsonSchema(): JsonSchema;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

/** The name of a value's type as people read it in a message. */
export function typeName(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** `campaigns[3].title` from `['campaigns', 3, 'title']`. */
function pathOf(at: readonly (string | number)[]): string {
  let path = '';
  for (const key of at) path = typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
  return path;
}

function refuse(context: ParseContext, problem: Problem): typeof INVALID {
  context.failure = { path: pathOf(context.at), depth: context.at.length, problem };
  return INVALID;
}
const wrongType = (context: ParseContext, expected: Expected, value: unknown): typeof INVALID =>
  refuse(context, { code: 'type', expected, got: typeName(value) });
// NaN and Infinity (possible in `.data`) are shown as themselves, not as JSON's `null`.
const wrongValue = (context: ParseContext, expected: Expected, value: unknown): typeof INVALID =>
  refuse(context, { code: 'value', expected, got: typeof value === 'number' ? String(value) : JSON.stringify(value) });

// `json` is written `withJsonSchema && {…}` at each call so browser builds fold it away.
function leaf<T>(
  expected: Expected,
  json: JsonSchema | false,
  parse: (value: unknown, context: ParseContext) => T | typeof INVALID,
): Schema<T> {
  return { expected, parse, toJsonSchema: json ? () => ({ ...json }) : noJson };
}

const STRING: Expected = { kind: 'string' };
// The same characters as String.prototype.trim removes, so the JSON Schema pattern agrees.
const NOT_BLANK = /\S/;

/** A string; with `nonEmpty`, one that holds more than white space. */
export function string(options: { nonEmpty?: boolean } = {}): Schema<string> {
  const nonEmpty = options.nonEmpty;
  return leaf<string>(
    STRING,
    withJsonSchema && (nonEmpty ? { type: 'string', pattern: NOT_BLANK.source } : { type: 'string' }),
    (value, context) =>
      typeof value !== 'string'
        ? wrongType(context, STRING, value)
        : nonEmpty && !NOT_BLANK.test(value)
          ? refuse(context, { code: 'empty', blank: value !== '' })
          : value,
  );
}

/** Any finite number: negative and fractional too. */
export function finiteNumber(): Schema<number> {
  const expected: Expected = { kind: 'number' };
  return leaf<number>(expected, withJsonSchema && { type: 'number' }, (value, context) =>
    typeof value !== 'number'
      ? wrongType(context, expected, value)
      : Number.isFinite(value)
        ? value
        : wrongValue(context, expected, value),
  );
}

/** A whole number no less than `min`. */
export function wholeNumber(min = 0): Schema<number> {
  const expected: Expected = { kind: 'integer', min };
  return leaf<number>(expected, withJsonSchema && { type: 'integer', minimum: min }, (value, context) =>
    typeof value !== 'number'
      ? wrongType(context, expected, value)
      : Number.isInteger(value) && value >= min
        ? value
        : wrongValue(context, expected, value),
  );
}

/** One of a fixed set of strings. */
export function oneOfValues<const V extends string>(values: readonly V[]): Schema<V> {
  const expected: Expected = { kind: 'enum', values };
  return leaf<V>(expected, withJsonSchema && { enum: [...values] }, (value, context) =>
    values.includes(value as V)
      ? (value as V)
      : typeof value === 'string'
        ? wrongValue(context, expected, value)
        : wrongType(context, expected, value),
  );
}

/** An ISO 8601 date (`2023-01-10`) or timestamp (`2026-11-26T06:00:00Z`) that is on the calendar. */
export function isoDate(): Schema<string> {
  const expected: Expected = { kind: 'date' };
  return leaf<string>(
    expected,
    withJsonSchema && {
      type: 'string',
      pattern: REAL_DATE.source,
      description: 'ISO 8601 date or date-time, a real one: no 2023-02-30, no 25:61',
    },
    (value, context) =>
      typeof value !== 'string'
        ? wrongType(context, expected, value)
        : REAL_DATE.test(value)
          ? value
          : ISO_FORM.test(value)
            ? refuse(context, {
                code: 'not-real',
                part: REAL_DAY.test(value) ? 'time' : 'date',
                got: JSON.stringify(value),
              })
            : wrongValue(context, expected, value),
  );
}

/**
 * The first schema that accepts the value wins. When none does, the most telling failure is
 * reported: one deeper inside an alternative, else one about the value rather than its type
 * (`is empty`), else "expected a or b".
 */
export function anyOf<S extends Schema<unknown>[]>(...schemas: S): Schema<Infer<S[number]>> {
  const expected: Expected = { kind: 'any', of: schemas.map((schema) => schema.expected) };
  return {
    expected,
    parse(value, context): Infer<S[number]> | typeof INVALID {
      const mark = context.refused.length;
      const depth = context.at.length;
      let deeper: Failure | undefined;
      let telling: Failure | undefined;
      for (const schema of schemas) {
        const result = schema.parse(value, context);
        if (result !== INVALID) return result as Infer<S[number]>;
        context.refused.length = mark; // what a failed alternative dropped does not count
        const failure = context.failure!;
        if (failure.depth > depth) deeper ??= failure;
        else if (failure.problem.code !== 'type') telling ??= failure;
      }
      const best = deeper ?? telling;
      if (!best) return wrongType(context, expected, value);
      context.failure = best;
      return INVALID;
    },
    toJsonSchema: withJsonSchema ? () => ({ anyOf: schemas.map((s) => s.toJsonSchema()) }) : noJson,
  };
}

/** Reshapes a value once it is valid (a phone string into a list, a number id into a string). */
export function map<A, B>(schema: Schema<A>, transform: (value: A) => B): Schema<B> {
  return {
    expected: schema.expected,
    parse(value, context): B | typeof INVALID {
      const result = schema.parse(value, context);
      return result === INVALID ? INVALID : transform(result);
    },
    toJsonSchema: () => schema.toJsonSchema(),
  };
}

type Shape = Record<string, Schema<unknown>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
type ObjectOf<S extends Shape, R extends keyof S> = Simplify<
  { [K in R]: Infer<S[K]> } & { [K in Exclude<keyof S, R>]?: Infer<S[K]> }
>;

export interface ObjectOptions<R> {
  required?: readonly R[];
  /** A bad optional field is dropped (and reported) instead of failing the whole object. */
  lenient?: boolean;
  /** At least one of these fields must survive. */
  atLeastOne?: readonly string[];
}

const OBJECT: Expected = { kind: 'object' };

/**
 * An object of known fields. Fields not in the shape are not copied, and `null` counts as absent.
 */
export function object<S extends Shape, R extends keyof S & string = never>(
  shape: S,
  options: ObjectOptions<R> = {},
): Schema<ObjectOf<S, R>> {
  const required = new Set<string>(options.required ?? []);
  const { lenient, atLeastOne } = options;
  const keys = Object.keys(shape);
  const fields = keys.map((key) => shape[key]);
  return {
    expected: OBJECT,
    parse(value, context): ObjectOf<S, R> | typeof INVALID {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return wrongType(context, OBJECT, value);
      }
      const source = value as Record<string, unknown>;
      const result: Record<string, unknown> = {};
      const at = context.at;
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        const field = source[key];
        const absent = field === undefined || field === null;
        if (absent && !required.has(key)) continue;
        at.push(key);
        const parsed = absent ? wrongType(context, fields[i].expected, field) : fields[i].parse(field, context);
        at.pop();
        if (parsed !== INVALID) result[key] = parsed;
        else if (lenient && !required.has(key)) {
          const { path, problem } = context.failure!;
          context.refused.push({ index: null, path, problem });
        } else return INVALID;
      }
      if (atLeastOne && !hasAny(result, atLeastOne)) return refuse(context, { code: 'none', fields: atLeastOne });
      return result as ObjectOf<S, R>;
    },
    toJsonSchema: !withJsonSchema
      ? noJson
      : () => {
          // An optional field may be null (CMS feeds write it so): the widget reads it as absent.
          const property = (key: string, json: JsonSchema) => {
            if (required.has(key)) return json;
            const alone = Object.keys(json).length === 1 && Array.isArray(json.anyOf);
            return { anyOf: [...(alone ? (json.anyOf as JsonSchema[]) : [json]), { type: 'null' }] };
          };
          const json: JsonSchema = {
            type: 'object',
            properties: Object.fromEntries(keys.map((key, i) => [key, property(key, fields[i].toJsonSchema())])),
          };
          if (required.size) json.required = [...required];
          if (atLeastOne) {
            json.anyOf = atLeastOne.map((key) => ({
              type: 'object',
              required: [key],
              properties: { [key]: { not: { type: 'null' } } },
            }));
          }
          return json;
        },
  };
}

function hasAny(result: Record<string, unknown>, keys: readonly string[]): boolean {
  for (const key of keys) if (key in result) return true;
  return false;
}

const ARRAY: Expected = { kind: 'array' };

/**
 * A list of records. A record that fails is dropped and reported; the list itself only fails when
 * it is not an array. With `unique`, a record whose value of that field (compared as text) was
 * already seen is dropped too. With `strict` (lists of plain values inside a record, such as
 * `targets`), any bad entry fails the whole list, and so the record that holds it.
 */
export function list<T>(item: Schema<T>, options: { unique?: keyof T & string; strict?: boolean } = {}): Schema<T[]> {
  const { unique, strict } = options;
  return {
    expected: ARRAY,
    parse(value, context): T[] | typeof INVALID {
      if (!Array.isArray(value)) return wrongType(context, ARRAY, value);
      const kept: T[] = [];
      const seen = unique ? new Map<string, number>() : undefined;
      const at = context.at;
      let failure: Failure | undefined;
      for (let index = 0; index < value.length; index++) {
        at.push(index);
        const parsed = item.parse(value[index], context);
        if (parsed === INVALID) {
          if (strict) failure ??= context.failure;
          else context.refused.push({ index, path: context.failure!.path, problem: context.failure!.problem });
        } else if (!seen) kept.push(parsed);
        else {
          const key = String(parsed[unique!]);
          const first = seen.get(key);
          if (first === undefined) {
            seen.set(key, index);
            kept.push(parsed);
          } else {
            const path = pathOf(at);
            at[at.length - 1] = first;
            context.refused.push({ index, path, problem: { code: 'repeated-id', id: key, first: pathOf(at) } });
          }
        }
        at.pop();
      }
      if (!failure) return kept;
      context.failure = failure;
      return INVALID;
    },
    toJsonSchema: !withJsonSchema
      ? noJson
      : () => {
          const json: JsonSchema = { type: 'array', items: item.toJsonSchema() };
          if (unique) {
            json.description =
              `A record whose ${unique} repeats an earlier record's (compared as text: 7 and "7" are the same) ` +
              'is left out. JSON Schema cannot express this rule: the widget and `sen-widgets check` apply it.';
          }
          return json;
        },
  };
}

/** A whole document checked: the data as kept and what was left out, or why nothing is usable. */
export type Validation<T> = { ok: true; data: T; refused: Refusal[] } | { ok: false; path: string; problem: Problem };

/** Validates a whole document, keeping each reason as data (for wording in any language). */
export function validate<T>(schema: Schema<T>, value: unknown): Validation<T> {
  const context = new ParseContext();
  const result = schema.parse(value, context);
  if (result === INVALID) return { ok: false, path: context.failure!.path, problem: context.failure!.problem };
  return { ok: true, data: result, refused: context.refused };
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; path: string; reason: string };

/** Result of validating a whole document. */
export interface Validated<T> {
  data: T;
  dropped: DroppedRecord[];
}

/**
 * Validates a whole document as the widgets do, reasons in English; a document that is not the
 * expected shape at all returns its reason.
 */
export function validateDocument<T>(schema: Schema<T>, value: unknown): Parsed<Validated<T>> {
  const result = validate(schema, value);
  if (!result.ok) return { ok: false, path: result.path, reason: describeProblem(result.problem, english) };
  const dropped = result.refused.map(({ index, path, problem }) => ({
    index,
    path,
    reason: describeProblem(problem, english),
  }));
  return { ok: true, value: { data: result.data, dropped } };
}
