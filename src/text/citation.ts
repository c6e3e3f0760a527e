/**
 * Reads a Vietnamese document citation as written on official pages, e.g.
 * `Kế hoạch số 16/KH-UBND ngày 10/1/2023` or `Quyết định số 123/QĐ-UBND ngày 05 tháng 5 năm 2023`.
 */

/** What could be read from a citation; a part that could not be read is absent. */
export interface Citation {
  /** The document type as usually spelled, e.g. `Kế hoạch`, whatever the case it was written in. */
  type?: string;
  /** The number and symbol, e.g. `16/KH-UBND`, `34-CT/TW`, `12/2019/TT-BNV`, without stray spaces. */
  number?: string;
  /** The issue date, ISO `yyyy-mm-dd`; absent when missing or not a real date (31/2/2023). */
  date?: string;
}

// Longer names first, so `Thông tư liên tịch` wins over `Thông tư`.
const TYPES = [
  'Nghị quyết liên tịch',
  'Thông tư liên tịch',
  'Chương trình',
  'Nghị quyết',
  'Quyết định',
  'Hướng dẫn',
  'Công điện',
  'Pháp lệnh',
  'Nghị định',
  'Thông báo',
  'Kết luận',
  'Kế hoạch',
  'Thông tư',
  'Công văn',
  'Quy định',
  'Tờ trình',
  'Báo cáo',
  'Chỉ thị',
  'Quy chế',
  'Bộ luật',
  'Đề án',
  'Luật',
];

// A number and symbol: digits, then groups joined by / or -. A space may stand on one side of a
// joiner (`16 /KH-UBND` is seen on real pages), never on both: `123/QĐ-UBND - V/v …` stops at the dash.
const NUMBER = String.raw`(\d[\p{L}\d]*(?:(?:\s*[/-]|[/-]\s*)[\p{L}\d]+)*)`;
const TYPE = `(${TYPES.join('|').replace(/ /g, '\\s+')})(?![\\p{L}\\d])`;
const SO = String.raw`(?:số\s*:?\s*)`;

/** A known type followed by its number: the best reading, wherever it stands. */
const TYPE_AND_NUMBER = new RegExp(`(?:^|[^\\p{L}\\d])${TYPE}\\s*${SO}?${NUMBER}`, 'iu');
/** Without that: a type at the start, and a number at the start or after `số`. */
const TYPE_FIRST = new RegExp(`^${TYPE}`, 'iu');
const NUMBER_ALONE = new RegExp(`(?:^|(?:^|[^\\p{L}\\d])${SO})${NUMBER}`, 'iu');
/** `ngày 10/1/2023`, `ngày 01-02-2023`, `ngày 10.1.2023`, `ngày 05 tháng 5 năm 2023`. */
const DATE = new RegExp(
  String.raw`(?:^|[^\p{L}\d])ngày\s*(\d{1,2})\s*(?:[/.-]\s*(\d{1,2})\s*[/.-]|tháng\s*(\d{1,2})\s*,?\s*năm)\s*(\d{4})(?!\d)`,
  'iu',
);

/**
 * Reads the type, number and date of a citation such as `Kế hoạch số 16/KH-UBND ngày 10/1/2023`.
 * Case, NFC/NFD and extra spaces do not matter. Returns `null` when none of the three can be read;
 * the caller then shows the text as written.
 */
export function readCitation(text: string): Citation | null {
  const source = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const both = TYPE_AND_NUMBER.exec(source);
  const alone = both ? null : NUMBER_ALONE.exec(source);
  const typeName = both ? both[1] : TYPE_FIRST.exec(source)?.[1];
  const number = both ? both[2] : alone?.[1];
  const numbered = both ?? alone;
  const date = readDate(numbered ? source.slice(numbered.index + numbered[0].length) : source);

  const citation: Citation = {};
  if (typeName) citation.type = knownType(typeName);
  if (number) citation.number = number.replace(/\s/g, '');
  if (date) citation.date = date;
  return citation.type || citation.number || citation.date ? citation : null;
}

/** The usual spelling of a type name written in any case. */
function knownType(written: string): string | undefined {
  const key = written.replace(/\s+/g, ' ').toLowerCase();
  return TYPES.find((name) => name.toLowerCase() === key);
}

/** The first `ngày …` date in the text, when it is a real day. */
function readDate(text: string): string | undefined {
  const date = DATE.exec(text);
  return date ? isoDate(Number(date[4]), Number(date[2] ?? date[3]), Number(date[1])) : undefined;
}

/** `yyyy-mm-dd`, or undefined when there is no such day. */
function isoDate(year: number, month: number, day: number): string | undefined {
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (
    year < 1000 ||
    probe.getUTCFullYear() !== year ||
    probe.getUTCMonth() !== month - 1 ||
    probe.getUTCDate() !== day
  ) {
    return undefined;
  }
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
