import type { WidgetName } from '../../src/check.js';
import { sheetShapes } from '../columns/widget-columns.js';
import type { Cell } from '../sheet/cell-values.js';
import { templateExamples } from './template-examples.js';

export interface TemplateTable {
  /** Column headers in the template's language, in the mapping's order. */
  headers: string[];
  /** Example rows under the headers, one cell per column. */
  rows: Cell[][];
}

/** A widget's template: every column of the mapping, with the example rows. */
export function templateTable(widget: WidgetName, lang: 'vi' | 'en'): TemplateTable {
  const columns = sheetShapes[widget].columns;
  return {
    headers: columns.map((column) => column[lang]),
    rows: templateExamples[widget].map((example) => columns.map((column) => example[column.field] ?? null)),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as Excel in Vietnam writes it to CSV: dates `dd/mm/yyyy`. */
function csvText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return `${pad(cell.getUTCDate())}/${pad(cell.getUTCMonth() + 1)}/${cell.getUTCFullYear()}`;
  return String(cell);
}

const quoted = (text: string) => (/[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/**
 * The template as Excel's "CSV UTF-8" file: a byte-order mark (so Excel reads Vietnamese
 * correctly), commas, CRLF line ends.
 */
export function templateCsv(table: TemplateTable): string {
  const lines = [table.headers, ...table.rows.map((row) => row.map(csvText))];
  return `\uFEFF${lines.map((line) => line.map(quoted).join(',')).join('\r\n')}\r\n`;
}

/**
 * The template as an .xlsx workbook: bold headers, a frozen header row, dates as date cells
 * (`dd/mm/yyyy`) and text columns kept as text (so `0983…` keeps its leading zero).
 * write-excel-file is loaded only when a workbook template is asked for.
 */
export async function templateXlsx(table: TemplateTable, sheetName: string): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const header = table.headers.map((value) => ({ value, fontWeight: 'bold' as const }));
  const rows = table.rows.map((row) =>
    row.map((cell) => {
      if (cell instanceof Date) return { value: cell, type: Date, format: 'dd/mm/yyyy' };
      if (typeof cell === 'number') return { value: cell, type: Number };
      return cell === null || cell === undefined ? null : { value: String(cell), type: String };
    }),
  );
  return writeXlsxFile([header, ...rows], {
    sheet: sheetName,
    stickyRowsCount: 1,
    columns: table.headers.map((h) => ({ width: Math.max(12, Math.min(40, h.length + 4)) })),
  }).toBlob();
}
