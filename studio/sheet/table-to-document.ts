import type { WidgetName } from '../../src/check.js';
import { columnForHeader, sheetShapes, type Column } from '../columns/widget-columns.js';
import { cellValue, type Cell } from './cell-values.js';

/** Where a record of the document came from: `campaigns[3]` ← spreadsheet row 5. */
export interface RowOrigin {
  /** The record's JSON path in the document (`''` for a one-record document such as visit stats). */
  path: string;
  /** The spreadsheet row, counted as Excel does (the header is usually row 1). */
  row: number;
}

/** A spreadsheet read as one widget's document, with what is needed to point back at rows and columns. */
export type SheetDocument =
  | {
      ok: true;
      /** The document as the widget will receive it (still unchecked). */
      document: unknown;
      origins: RowOrigin[];
      /** The columns found, each with its header as written in the file. */
      columns: { field: string; header: string }[];
      /** Headers that name no field: their columns are ignored. */
      ignoredHeaders: string[];
      headerRow: number;
    }
  | { ok: false; problem: 'no-header' | 'no-rows' };

/** How far down a header row is looked for (a title or a note may stand above it). */
const HEADER_SEARCH_ROWS = 10;

const isBlank = (cell: Cell) => cell === null || cell === undefined || (typeof cell === 'string' && !cell.trim());

/**
 * Reads a table (rows of cells, the first being spreadsheet row 1) into a widget's document. The
 * header row is the first one naming at least one known column; every later non-empty row is a
 * record. Nothing is validated here: the widget's own rules judge the document afterwards.
 */
export function tableToDocument(widget: WidgetName, rows: readonly (readonly Cell[])[]): SheetDocument {
  const shape = sheetShapes[widget];
  const headerIndex = rows
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex((row) => row.some((cell) => typeof cell === 'string' && columnForHeader(shape, cell)));
  if (headerIndex < 0) return { ok: false, problem: 'no-header' };

  const byIndex = new Map<number, Column>();
  const columns: { field: string; header: string }[] = [];
  const ignoredHeaders: string[] = [];
  rows[headerIndex].forEach((cell, index) => {
    if (isBlank(cell)) return;
    const header = String(cell).trim();
    const column = columnForHeader(shape, header);
    // A column named twice: the first one counts, as a person reading left to right would expect.
    if (column && !columns.some((c) => c.field === column.field)) {
      byIndex.set(index, column);
      columns.push({ field: column.field, header });
    } else ignoredHeaders.push(header);
  });

  const records: { row: number; fields: Record<string, unknown> }[] = [];
  rows.forEach((row, index) => {
    if (index <= headerIndex) return;
    const fields: Record<string, unknown> = {};
    for (const [cellIndex, column] of byIndex) {
      const value = cellValue(column, row[cellIndex]);
      if (value !== undefined) fields[column.field] = value;
    }
    if (Object.keys(fields).length) records.push({ row: index + 1, fields: shape.finish?.(fields) ?? fields });
  });
  if (!records.length) return { ok: false, problem: 'no-rows' };

  const base = { ok: true as const, columns, ignoredHeaders, headerRow: headerIndex + 1 };
  switch (shape.layout) {
    case 'single':
      return { ...base, document: unflatten(records[0].fields), origins: [{ path: '', row: records[0].row }] };
    case 'list': {
      const key = shape.listKey!;
      return {
        ...base,
        document: { [key]: records.map((record) => unflatten(record.fields)) },
        origins: records.map((record, index) => ({ path: `${key}[${index}]`, row: record.row })),
      };
    }
    case 'groups':
      return { ...base, ...grouped(records, shape.listKey!) };
  }
}

/** Rows grouped by their `group` cell, groups in order of first appearance: `{ groups: [{ title, contacts }] }`. */
function grouped(records: { row: number; fields: Record<string, unknown> }[], key: string) {
  const groups: { title?: string; items: unknown[] }[] = [];
  const origins: RowOrigin[] = [];
  for (const { row, fields } of records) {
    const { group, ...rest } = fields;
    const title = typeof group === 'string' ? group : undefined;
    let index = groups.findIndex((g) => g.title === title);
    if (index < 0) index = groups.push({ title, items: [] }) - 1;
    origins.push({ path: `groups[${index}].${key}[${groups[index].items.length}]`, row });
    groups[index].items.push(unflatten(rest));
  }
  return {
    document: {
      groups: groups.map((g) => (g.title === undefined ? { [key]: g.items } : { title: g.title, [key]: g.items })),
    },
    origins,
  };
}

/** `{ "award.title": x }` → `{ award: { title: x } }`. */
function unflatten(fields: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(fields)) {
    const keys = path.split('.');
    let target = result;
    for (const key of keys.slice(0, -1)) {
      if (typeof target[key] !== 'object' || target[key] === null) target[key] = {};
      target = target[key] as Record<string, unknown>;
    }
    target[keys[keys.length - 1]] = value;
  }
  return result;
}
