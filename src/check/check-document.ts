import { parseJson } from '../data/fetch-document.js';
import { LoadError } from '../data/load-error.js';
import { validateDocument, type DroppedRecord } from '../data/schema.js';
import { widgetSchemas, type WidgetName } from './widget-schemas.js';

/** What a widget would make of a document: the same rules, outside the browser. */
export type CheckReport =
  | {
      /** The document is usable: these records would render, `dropped` would be left out. */
      usable: true;
      /** The data as the widget keeps it (only declared fields), e.g. to save as the endpoint's JSON. */
      data: unknown;
      dropped: DroppedRecord[];
    }
  | {
      /** Nothing would render: not JSON, or not the expected shape at all. */
      usable: false;
      error: { kind: 'parse' | 'schema'; message: string };
      dropped: [];
    };

/** Checks a parsed document against a widget's data definition. */
export function checkDocument(widget: WidgetName, value: unknown): CheckReport {
  const result = validateDocument(widgetSchemas[widget].schema, value);
  if (!result.ok) {
    const where = result.path ? `${result.path}: ` : '';
    return { usable: false, error: { kind: 'schema', message: `${where}${result.reason}` }, dropped: [] };
  }
  return { usable: true, data: result.value.data, dropped: result.value.dropped };
}

/** Checks JSON text as a widget reads a response body (a byte-order mark is ignored). */
export function checkJsonText(widget: WidgetName, text: string, source = 'the document'): CheckReport {
  let value: unknown;
  try {
    value = parseJson(text, source);
  } catch (error) {
    const message = error instanceof LoadError ? error.message : String(error);
    return { usable: false, error: { kind: 'parse', message }, dropped: [] };
  }
  return checkDocument(widget, value);
}

/** The console warning a widget prints for a dropped record: `sen-campaign-list: campaigns[3].title: …`. */
export function droppedWarning(widget: WidgetName, record: DroppedRecord): string {
  return `${widgetSchemas[widget].tag}: ${record.path}: ${record.reason}`;
}
