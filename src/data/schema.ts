/**
 * A very small schema language, written for this library's needs:
 *
 * - one definition per data shape both validates at run time and generates the JSON Schema files
 *   shipped in `schemas/` (see scripts/generate-schemas.ts);
 * - a record that fails is dropped and reported with its path, the rest of the list survives;
 * - the parsed value holds only the declared fields, so unknown (possibly private) fields never
 *   reach the page;
 * - reasons read like `expected a string, got number`, as the contract's console warnings do.
 *
 * General-purpose validators (valibot, zod) cost more bytes and still need custom messages and
 * record-dropping on top; this is about 1 KB.
 */

export type JsonSchema = Record<string, unknown>;

declare const __SEN_JSON_SCHEMA__: boolean | undefined;
/**
 * JSON Schema generation is only needed by scripts/generate-schemas.ts and the tests; the browser
 * builds define `__SEN_JSON_SCHEMA__` as false so the generator code and descriptions drop out.
 */
const withJsonSchema = typeof __SEN_JSON_SCHEMA__ === 'undefined' || __SEN_JSON_SCHEMA__;
const noJson = (): JsonSchema => ({});

export type Parsed<T> = { ok: true; value: T } | { ok: false; path: string; reason: string };

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
  readonly dropped: DroppedRecord[] = [];
}

export interface Schema<T> {
  parse(value: unknown, path: string, context: ParseContext): Parsed<T>;
  /** A few words for messages: `a string`, `a whole number ≥ 0`. */
  readonly expected: string;
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

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (path: string, reason: string): Parsed<never> => ({ ok: false, path, reason });
const mismatch = (path: string, expected: string, value: unknown, showValue = false) =>
  fail(path, `expected ${expected}, got ${showValue ? JSON.stringify(value) : typeName(value)}`);

const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

// `json` is written `withJsonSchema && {…}` at each call so browser builds fold it away.
function leaf<T>(
  expected: string,
  json: JsonSchema | false,
  check: (value: unknown, path: string) => Parsed<T>,
): Schema<T> {
  return { expected, parse: (value, path) => check(value, path), toJsonSchema: json ? () => ({ ...json }) : noJson };
}

/** A string; with `nonEmpty`, one that holds more than white space. */
export function string(options: { nonEmpty?: boolean } = {}): Schema<string> {
  // The contract's own example: `campaigns[3].title: expected a string, got number`.
  const expected = 'a string';
  return leaf(
    expected,
    withJsonSchema && (options.nonEmpty ? { type: 'string', minLength: 1 } : { type: 'string' }),
    (value, path) => {
      if (typeof value !== 'string') return mismatch(path, expected, value);
      if (options.nonEmpty && !value.trim()) return fail(path, `expected ${expected}, got an empty one`);
      return ok(value);
    },
  );
}

/** A whole number no less than `min`. */
export function wholeNumber(min = 0): Schema<number> {
  const expected = `a whole number ≥ ${min}`;
  return leaf(expected, withJsonSchema && { type: 'integer', minimum: min }, (value, path) => {
    if (typeof value !== 'number') return mismatch(path, expected, value);
    if (!Number.isInteger(value) || value < min) return mismatch(path, expected, value, true);
    return ok(value);
  });
}

/** One of a fixed set of strings. */
export function oneOfValues<const V extends string>(values: readonly V[]): Schema<V> {
  const expected = `one of ${values.join(', ')}`;
  return leaf(expected, withJsonSchema && { enum: [...values] }, (value, path) =>
    values.includes(value as V) ? ok(value as V) : mismatch(path, expected, value, typeof value === 'string'),
  );
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** An ISO 8601 date (`2023-01-10`) or timestamp (`2026-11-26T06:00:00Z`). */
export function isoDate(): Schema<string> {
  const expected = 'an ISO 8601 date';
  return leaf(
    expected,
    withJsonSchema && { type: 'string', pattern: ISO_DATE.source, description: 'ISO 8601 date or date-time' },
    (value, path) =>
      typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value.slice(0, 10)))
        ? ok(value)
        : mismatch(path, expected, value, typeof value === 'string'),
  );
}

/** The first schema that accepts the value wins. */
export function anyOf<S extends Schema<unknown>[]>(...schemas: S): Schema<Infer<S[number]>> {
  const expected = schemas.map((s) => s.expected).join(' or ');
  return {
    expected,
    parse(value, path, context) {
      const failures: Parsed<never>[] = [];
      for (const schema of schemas) {
        const scratch = new ParseContext();
        const result = schema.parse(value, path, scratch);
        if (result.ok) {
          context.dropped.push(...scratch.dropped);
          return result as Parsed<Infer<S[number]>>;
        }
        failures.push(result as Parsed<never>);
      }
      // A failure deeper inside one alternative says more than "expected a or b".
      const deeper = failures.find((f) => !f.ok && f.path !== path);
      return deeper ?? mismatch(path, expected, value);
    },
    toJsonSchema: withJsonSchema ? () => ({ anyOf: schemas.map((s) => s.toJsonSchema()) }) : noJson,
  };
}

/** Reshapes a value once it is valid (a phone string into a list, a number id into a string). */
export function map<A, B>(schema: Schema<A>, transform: (value: A) => B): Schema<B> {
  return {
    expected: schema.expected,
    parse(value, path, context) {
      const result = schema.parse(value, path, context);
      return result.ok ? ok(transform(result.value)) : result;
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

/**
 * An object of known fields. Fields not in the shape are not copied, and `null` counts as absent.
 */
export function object<S extends Shape, R extends keyof S & string = never>(
  shape: S,
  options: ObjectOptions<R> = {},
): Schema<ObjectOf<S, R>> {
  const required = new Set<string>(options.required ?? []);
  return {
    expected: 'an object',
    parse(value, path, context) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return mismatch(path, 'an object', value);
      }
      const source = value as Record<string, unknown>;
      const result: Record<string, unknown> = {};
      for (const [key, schema] of Object.entries(shape)) {
        const fieldPath = join(path, key);
        const field = source[key];
        if (field === undefined || field === null) {
          if (required.has(key)) return mismatch(fieldPath, schema.expected, field);
          continue;
        }
        const parsed = schema.parse(field, fieldPath, context);
        if (parsed.ok) result[key] = parsed.value;
        else if (options.lenient && !required.has(key)) {
          context.dropped.push({ index: null, path: parsed.path, reason: parsed.reason });
        } else return parsed;
      }
      if (options.atLeastOne && !options.atLeastOne.some((key) => key in result)) {
        return fail(path, `expected at least one of ${options.atLeastOne.join(', ')}, got none`);
      }
      return ok(result as ObjectOf<S, R>);
    },
    toJsonSchema: !withJsonSchema
      ? noJson
      : () => {
          const json: JsonSchema = {
            type: 'object',
            properties: Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, s.toJsonSchema()])),
          };
          if (required.size) json.required = [...required];
          if (options.atLeastOne) json.anyOf = options.atLeastOne.map((key) => ({ required: [key] }));
          return json;
        },
  };
}

/**
 * A list of records. A record that fails is dropped and reported; the list itself only fails when
 * it is not an array. With `uniqueBy`, a record whose key was already seen is dropped too.
 * With `strict` (lists of plain values inside a record, such as `targets`), any bad entry fails the
 * whole list, and so the record that holds it.
 */
export function list<T>(
  item: Schema<T>,
  options: { uniqueBy?: (value: T) => string; strict?: boolean } = {},
): Schema<T[]> {
  const expected = 'an array';
  return {
    expected,
    parse(value, path, context) {
      if (!Array.isArray(value)) return mismatch(path, expected, value);
      const kept: T[] = [];
      const seen = new Map<string, number>();
      let failure: Parsed<never> | undefined;
      value.forEach((entry, index) => {
        const itemPath = join(path, index);
        const parsed = item.parse(entry, itemPath, context);
        if (!parsed.ok) {
          if (options.strict) failure ??= parsed;
          else context.dropped.push({ index, path: parsed.path, reason: parsed.reason });
          return;
        }
        const key = options.uniqueBy?.(parsed.value);
        if (key !== undefined) {
          const first = seen.get(key);
          if (first !== undefined) {
            context.dropped.push({ index, path: itemPath, reason: `repeats id "${key}" of ${join(path, first)}` });
            return;
          }
          seen.set(key, index);
        }
        kept.push(parsed.value);
      });
      return failure ?? ok(kept);
    },
    toJsonSchema: withJsonSchema ? () => ({ type: 'array', items: item.toJsonSchema() }) : noJson,
  };
}

/** Result of validating a whole document. */
export interface Validated<T> {
  data: T;
  dropped: DroppedRecord[];
}

/** Validates a whole document; a document that is not the expected shape at all returns its reason. */
export function validateDocument<T>(schema: Schema<T>, value: unknown): Parsed<Validated<T>> {
  const context = new ParseContext();
  const result = schema.parse(value, '', context);
  if (!result.ok) return result;
  return ok({ data: result.value, dropped: context.dropped });
}
