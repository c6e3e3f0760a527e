import type { Cell } from './cell-values.js';

/** Text that is not UTF-8: Excel's plain "CSV" (Windows-1258) rather than "CSV UTF-8". */
export class NotUtf8Error extends Error {
  constructor() {
    super('not UTF-8');
    this.name = 'NotUtf8Error';
  }
}

/** Decodes a CSV file as UTF-8 (a byte-order mark is dropped); refuses any other encoding. */
export function decodeUtf8(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new NotUtf8Error();
  }
}

/**
 * Reads CSV text into rows, as Excel's "CSV UTF-8" writes it: a byte-order mark, `,` or `;`
 * between cells (Excel uses the system's list separator, `;` on many Vietnamese set-ups), an
 * optional `sep=;` first line, quoted cells with line breaks. Row i of the result is the
 * spreadsheet's row i + 1, empty rows included, so row numbers match what Excel shows.
 * Papa Parse is loaded on first use: the studio's first load does not carry it.
 */
export async function readCsv(text: string): Promise<Cell[][]> {
  const { default: Papa } = await import('papaparse');
  let body = text.replace(/^\uFEFF/, '');
  const declared = /^sep=(.)\r?\n/.exec(body);
  if (declared) body = body.slice(declared[0].length);
  // Papa Parse guesses the separator from the first rows; empty rows (Excel's last line break) are
  // left out of the guess, or a two-column file with a final newline reads as one column.
  const delimiter =
    declared?.[1] ??
    Papa.parse<string[]>(body, { preview: 10, skipEmptyLines: true, delimitersToGuess: [',', ';', '\t'] }).meta
      .delimiter;
  const result = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  // A last line break leaves one empty row behind; Excel shows no such row.
  const rows = result.data;
  if (rows.length && rows[rows.length - 1].every((cell) => cell === '')) rows.pop();
  return rows; // Excel hides a `sep=` line: the header is still row 1
}
