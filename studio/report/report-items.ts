import type { CheckReport } from '../../src/check.js';
import type { RowOrigin } from '../sheet/table-to-document.js';

/** One record the widget will leave out, pointed at where a person can fix it. */
export interface ReportItem {
  /** The JSON path, as the widget's console warning names it: `campaigns[3].title`. */
  path: string;
  /** The widget's reason, e.g. `expected a string, got number`. */
  reason: string;
  /** The spreadsheet row, when the data came from a spreadsheet. */
  row?: number;
  /** The column's header as written in the file, when the problem is in one column. */
  column?: string;
  /** The dropped record itself, as given. */
  record: CheckReport['dropped'][number];
}

/** Where a spreadsheet's records came from, to point a JSON path back at a row and a column. */
export interface SheetOrigins {
  origins: RowOrigin[];
  columns: { field: string; header: string }[];
}

/** The longest record path that `path` lies in: `campaigns[3]` for `campaigns[3].document.url`. */
function originOf(path: string, origins: RowOrigin[]): RowOrigin | undefined {
  let best: RowOrigin | undefined;
  for (const origin of origins) {
    const inside =
      origin.path === '' ||
      path === origin.path ||
      path.startsWith(`${origin.path}.`) ||
      path.startsWith(`${origin.path}[`);
    if (inside && (!best || origin.path.length > best.path.length)) best = origin;
  }
  return best;
}

/** The column holding a field path inside a record: `document.url`, or `photo` → the `photo.src` column. */
function columnOf(field: string, columns: SheetOrigins['columns']): string | undefined {
  if (!field) return undefined;
  const exact = columns.find((column) => column.field === field);
  if (exact) return exact.header;
  // A list entry (`targets[1]`) is in its list's column; a whole object (`award`) in its first column.
  const list = field.replace(/\[\d+\].*$/, '');
  return (
    columns.find((column) => column.field === list)?.header ??
    columns.find((column) => column.field.startsWith(`${field}.`))?.header ??
    columnOf(field.slice(0, Math.max(0, field.lastIndexOf('.'))), columns)
  );
}

/**
 * The report's items in reading order: each dropped record with its row and column when the
 * data came from a spreadsheet, else with its JSON path.
 */
export function reportItems(report: CheckReport, sheet?: SheetOrigins): ReportItem[] {
  const items = report.dropped.map((record): ReportItem => {
    const item: ReportItem = { path: record.path, reason: record.reason, record };
    const origin = sheet && originOf(record.path, sheet.origins);
    if (!origin || !sheet) return item;
    const field = record.path.slice(origin.path.length).replace(/^\./, '');
    return { ...item, row: origin.row, column: columnOf(field, sheet.columns) };
  });
  return sheet ? items.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) : items;
}
