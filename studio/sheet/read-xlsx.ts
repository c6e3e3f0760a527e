import type { Cell } from './cell-values.js';

/**
 * Reads the first sheet of an .xlsx file into rows (row i is the spreadsheet's row i + 1).
 * read-excel-file (with fflate) is loaded only when a workbook is dropped.
 */
export async function readXlsx(file: Blob): Promise<Cell[][]> {
  const { readSheet } = await import('read-excel-file/browser');
  return (await readSheet(file)) as Cell[][];
}
