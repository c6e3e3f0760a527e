import { parseJson } from '../data/fetch-document.js';
import type { Problem } from '../data/problem.js';
import { validate, type DroppedRecord } from '../data/schema.js';
import type { Lang } from '../i18n/lang.js';
import { documentWords, problemText } from './reasons.js';
import { widgetSchemas, type WidgetName } from './widget-schemas.js';

/** How to check: the language of the reasons (Vietnamese unless `en`) and the document's name. */
export interface CheckOptions {
  lang?: Lang;
  /** How messages name the document (a file name, a URL); `tài liệu` / `the document` by default. */
  source?: string;
}

/** A record the widget would leave out: `reason` in the language asked for, `problem` as data. */
export interface CheckedRecord extends DroppedRecord {
  problem: Problem;
}

/** What a widget would make of a document: the same rules, outside the browser. */
export type CheckReport =
  | {
      /** The document is usable: these records would render, `dropped` would be left out. */
      usable: true;
      /** The data as the widget keeps it (only declared fields), e.g. to save as the endpoint's JSON. */
      data: unknown;
      dropped: CheckedRecord[];
    }
  | {
      /** Nothing would render: not JSON, or not the expected shape at all. */
      usable: false;
      /** `message` in the language asked for; a `schema` error also gives its `path` and `problem`. */
      error: { kind: 'parse' | 'schema'; message: string; path?: string; problem?: Problem };
      dropped: [];
    };

/** Checks a parsed document against a widget's data definition; reasons in Vietnamese unless `lang: 'en'`. */
export function checkDocument(widget: WidgetName, value: unknown, options: CheckOptions = {}): CheckReport {
  const lang = options.lang ?? 'vi';
  const result = validate(widgetSchemas[widget].schema, value);
  if (!result.ok) {
    const { path, problem } = result;
    const reason = problemText(problem, lang);
    const error = { kind: 'schema' as const, message: path ? `${path}: ${reason}` : reason, path, problem };
    return { usable: false, error, dropped: [] };
  }
  const dropped = result.refused.map(({ index, path, problem }) => ({
    index,
    path,
    reason: problemText(problem, lang),
    problem,
  }));
  return { usable: true, data: result.data, dropped };
}

/**
 * Checks JSON text as a widget reads a response body (a byte-order mark is ignored). The third
 * argument is the options, or (as before) only the document's name.
 */
export function checkJsonText(widget: WidgetName, text: string, options: CheckOptions | string = {}): CheckReport {
  const { lang = 'vi', source } = typeof options === 'string' ? { source: options } : options;
  const words = documentWords[lang] ?? documentWords.vi;
  let value: unknown;
  try {
    value = parseJson(text, '');
  } catch (error) {
    // parseJson says `<source>: not JSON (<the parser's words>)`; the parser's words are kept as they are.
    const said = error instanceof Error ? error.message : String(error);
    const detail = /\((.*)\)$/s.exec(said)?.[1] ?? said;
    return {
      usable: false,
      error: { kind: 'parse', message: words.notJson(source ?? words.document, detail) },
      dropped: [],
    };
  }
  return checkDocument(widget, value, { lang });
}

/** A dropped record in words, in a language: `campaigns[3].title: cần một chuỗi, nhưng là số`. */
export function formatDropped(record: CheckedRecord | DroppedRecord, lang: Lang = 'vi'): string {
  const reason = 'problem' in record ? problemText(record.problem, lang) : record.reason;
  return `${record.path}: ${reason}`;
}

/**
 * The console warning a widget prints for a dropped record, always in English as the widgets print
 * it: `sen-campaign-list: campaigns[3].title: expected a string, got number`.
 */
export function droppedWarning(widget: WidgetName, record: CheckedRecord | DroppedRecord): string {
  return `${widgetSchemas[widget].tag}: ${formatDropped(record, 'en')}`;
}
