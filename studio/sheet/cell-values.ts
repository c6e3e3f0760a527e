import { headerKey, type Column } from '../columns/widget-columns.js';

/** A spreadsheet cell as the readers give it: text from a CSV; text, number, boolean or Date from an xlsx. */
export type Cell = string | number | boolean | Date | null | undefined;

const pad = (n: number) => String(n).padStart(2, '0');

/** `2023-01-10` for a calendar day; undefined when there is no such day (31/02/2023). */
function isoDay(year: number, month: number, day: number): string | undefined {
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day)
    return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

// `10/01/2023`, `10-1-2023`, `10.01.2023`, optionally followed by `13:00` or `13:00:05`.
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * An Excel date cell holds a wall-clock reading with no time zone; the reader returns it as that
 * reading in UTC. Staff in Vietnam mean Vietnam time (UTC+7), which is what a timestamp gets.
 */
function dateCell(value: Date, withTime: boolean): string {
  const day = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (!withTime) return day;
  return `${day}T${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}:${pad(value.getUTCSeconds())}+07:00`;
}

/** A written date, day first as in Vietnam; anything else is returned as written for the widget to judge. */
function writtenDate(text: string, withTime: boolean): string {
  const match = DAY_FIRST.exec(text);
  if (!match) return text;
  const day = isoDay(Number(match[3]), Number(match[2]), Number(match[1]));
  if (!day) return text;
  if (!withTime) return day;
  const [hours, minutes, seconds] = [match[4] ?? '0', match[5] ?? '0', match[6] ?? '0'].map(Number);
  return `${day}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}+07:00`;
}

// `11529`, `11.529`, `11 529`: a whole number, grouped the Vietnamese way or not at all.
const WHOLE = /^\d{1,3}(?:[.\s]\d{3})+$|^\d+$/;

/** Splits a cell holding several values: `Tập thể, Cá nhân` or one per line. */
function listItems(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** A word standing for a fixed value (`Đang diễn ra` → `ongoing`), or the word as written. */
function fixedValue(column: Column, text: string): string {
  if (!column.values) return text;
  const key = headerKey(text);
  const hit = Object.entries(column.values).find(([word]) => headerKey(word) === key);
  return hit ? hit[1] : text;
}

/**
 * The JSON value of one cell for its column, or undefined for an empty cell. A value that cannot
 * be read as the column's kind is passed on as written, so the widget's rules name the problem.
 */
export function cellValue(column: Column, cell: Cell): unknown {
  if (cell === null || cell === undefined) return undefined;
  if (cell instanceof Date) {
    return column.kind === 'date' || column.kind === 'datetime'
      ? dateCell(cell, column.kind === 'datetime')
      : cell.toISOString();
  }
  if (typeof cell === 'number' || typeof cell === 'boolean') {
    // A number stays a number where the data wants one; elsewhere it is text (a phone, a decision number).
    return column.kind === 'number' || column.kind === 'id' ? cell : String(cell);
  }
  const text = cell.replace(/\r\n?/g, '\n').trim();
  if (!text) return undefined;
  switch (column.kind) {
    case 'id':
      return /^\d+$/.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : text;
    case 'number':
      return WHOLE.test(text) ? Number(text.replace(/[.\s]/g, '')) : text;
    case 'date':
    case 'datetime':
      return writtenDate(text, column.kind === 'datetime');
    case 'list':
      return listItems(text).map((item) => fixedValue(column, item));
    case 'phones': {
      // One number per line reads as a list; one line may still hold several, split by the widget.
      const lines = text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      return lines.length > 1 ? lines : text;
    }
    default:
      return fixedValue(column, text);
  }
}
