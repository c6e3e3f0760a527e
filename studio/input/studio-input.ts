import { fetchDocument } from '../../src/data/fetch-document.js';
import { LoadError } from '../../src/data/load-error.js';
import { settings } from '../../src/data/settings.js';
import type { Cell } from '../sheet/cell-values.js';
import { decodeUtf8, NotUtf8Error, readCsv } from '../sheet/read-csv.js';
import { readXlsx } from '../sheet/read-xlsx.js';

/** Why a given input could not be read at all; each has a message in the studio's words. */
export type InputProblem = 'too-big' | 'not-utf8' | 'bad-xlsx' | 'unsupported' | 'fetch' | 'empty-paste' | 'empty-url';

/** Data as given to the studio, before any widget's rules are applied. */
export type StudioInput =
  /** JSON text: a file, a paste, or an endpoint's answer (`url`: relative links resolve against it). */
  | { kind: 'json'; label: string; text: string; url?: string }
  /** A spreadsheet's rows (row i is spreadsheet row i + 1), read again for whichever widget is picked. */
  | { kind: 'table'; label: string; rows: Cell[][] }
  | { kind: 'problem'; label: string; problem: InputProblem; detail?: string };

const extension = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1].toLowerCase() ?? '';

/** A dropped or chosen file: `.json`, `.csv` (UTF-8, Excel's "CSV UTF-8") or `.xlsx`. */
export async function readDataFile(file: File): Promise<StudioInput> {
  const label = file.name;
  // The widgets refuse bodies over 5 MB; a file that large would not work as an endpoint either.
  if (file.size > settings.maxBytes) return { kind: 'problem', label, problem: 'too-big' };
  switch (extension(file.name)) {
    case 'json':
      return { kind: 'json', label, text: await file.text() };
    case 'csv':
    case 'txt':
      try {
        return { kind: 'table', label, rows: await readCsv(decodeUtf8(await file.arrayBuffer())) };
      } catch (error) {
        if (error instanceof NotUtf8Error) return { kind: 'problem', label, problem: 'not-utf8' };
        throw error;
      }
    case 'xlsx':
      try {
        return { kind: 'table', label, rows: await readXlsx(file) };
      } catch {
        return { kind: 'problem', label, problem: 'bad-xlsx' };
      }
    default:
      return { kind: 'problem', label, problem: 'unsupported' };
  }
}

/** Pasted JSON text. */
export function pastedJson(text: string, label: string): StudioInput {
  return text.trim() ? { kind: 'json', label, text } : { kind: 'problem', label, problem: 'empty-paste' };
}

/**
 * An endpoint, fetched as a widget fetches it (same retries, 10 s limit, 5 MB cap, BOM ignored).
 * The address is resolved against the studio's page, as a widget resolves `src`.
 */
export async function fetchedJson(address: string): Promise<StudioInput> {
  const label = address.trim();
  if (!label) return { kind: 'problem', label, problem: 'empty-url' };
  try {
    const url = new URL(label, location.href).href;
    const { text, url: finalUrl } = await fetchDocument(url);
    return { kind: 'json', label, text, url: finalUrl };
  } catch (error) {
    const detail = error instanceof LoadError || error instanceof TypeError ? error.message : String(error);
    return { kind: 'problem', label, problem: 'fetch', detail };
  }
}
