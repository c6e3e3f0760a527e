/**
 * Vietnamese phone numbers as department websites write them: split a field that holds several,
 * read the label written around a number (`ĐT:`, `(Zalo)`, `Fax:`), and turn each number into a
 * `tel:` URI (or a Zalo link) without changing how it is shown.
 *
 * Hand-written rather than libphonenumber-js: these few rules cost about 1 KB gzip, the library's
 * metadata alone is many times that. The library checks them instead, as a test oracle on a
 * generated corpus (test/node/phones-agree.test.ts), where the deliberate differences are listed.
 */
import { foldDiacritics } from './search.js';

/** One number as written, with the URI that dials it. */
export interface Phone {
  /** The text exactly as written, trimmed: what the page shows, label and all. */
  display: string;
  /** The number itself as written, without a label: what is linked and copied. */
  number: string;
  /** A label written before the number, with what parts them (`ĐT: `), or ''. */
  before: string;
  /** A label written after the number, with what parts them (` (Zalo)`), or ''. */
  after: string;
  /** `tel:` URI to call (`tel:+84983570009`, `tel:113`, `tel:+842963957006;ext=12`); null for no number, or a fax. */
  tel: string | null;
  /** The `tel:` URI of a number labelled as a fax: shown and copied, never offered as a call. */
  fax: string | null;
}

// Mobiles: 03, 05, 07, 08, 09 and 8 more digits (ranges not yet allocated included: a new
// allocation must not wait for a release).
const MOBILE = /^0[35789]\d{8}$/;
// Landlines, always 11 digits, by the numbering plan: 024 (Hà Nội) + a subscriber number starting
// 2–8, 028 (TP.HCM) + one starting 2–9, or one of the 61 other area codes since the 2017
// renumbering + 7 digits: 0203–0216, 0218–0222, 0225–0229, 0232–0239, 0251, 0252, 0254–0263,
// 0269, 0270–0277, 0290–0294, 0296, 0297, 0299.
const LANDLINE = /^02(?:4[2-8]|8[2-9]|0[3-9]|1[0-689]|2[0-25-9]|3[2-9]|5[124-9]|6[0-39]|7[0-7]|9[0-4679])\d{7}$/;
// Toll-free 1800 and premium 1900 numbers: 4 to 6 digits after the prefix.
const SERVICE = /^1[89]00\d{4,6}$/;
// 11x (113 police, 114 fire, 115 ambulance…) and 10xx (1022 public services…): never international.
const SHORT = /^(?:11\d|10\d\d)$/;
// `… máy lẻ 12`, `… (nhánh 12)`, `… ext. 12`, `…;ext=12`, `… x12`, `… #12` at the end (lower case, NFC).
const EXTENSION = /^(.*?)[\s,;(]*(?:số\s*)?(?:máy\s*lẻ|nhánh|extension|ext\.?|x|#)\s*[:.=]?\s*(\d{1,6})\)?$/;
// Characters a number itself may be written with (besides a leading +).
const NUMBER_CHARS = /^[\d\s.()\-\u2010-\u2015]+$/;
// Between numbers: ; , / | a line break, "hoặc" (with or without marks, either Unicode form),
// "hay", "và", "or"; or a dash, which may also sit inside one number (`0296-395-7006`).
const SEPARATOR = /(\s*[;,/|\n]\s*|\s+(?:ho\p{L}\p{M}*c|hay|va\p{M}?|và|or)\s+|\s*[-\u2010-\u2015]\s*)/iu;
const DASH = /[-\u2010-\u2015]/;
const TIGHT_DASH = /^[-\u2010-\u2015]$/;
const HAS_DIGIT = /\d/;
// No number is longer than this, labels and extension included; longer text is read as text at
// once, so a giant field costs time in proportion to its length.
const LONGEST = 100;
const EDGE_SEPARATORS = /^[\s;,/|\-\u2010-\u2015]+|[\s;,/|\-\u2010-\u2015]+$/g;
const EXTENSION_FIRST = /^(?:số\s*)?(?:máy\s*lẻ|nhánh|ext|x\s*\d|#\s*\d)/iu;

// A label before the number (`ĐT: `, `Di động - `) or after it (` (Zalo)`, ` - Fax`): words, and
// what parts them from the number. Whether the words are a label is decided by LABEL.
const LABEL_BEFORE = /^(\p{L}[\p{L}\p{M}\s./&,\-\u2013]*?)[\s:.\-\u2013]*(?=\+|\(|\d)/u;
const LABEL_AFTER = /\s*(?:[-\u2013]\s*)?[([]?\s*(\p{L}[\p{L}\p{M}\s./&,\-\u2013]*)[)\]]?\s*$/u;
// Labels, folded (lower case, no marks, đ as d, no dots: `Đ.T` is `dt`): ĐT, SĐT, Số ĐT, Điện
// thoại, Số điện thoại, ĐT bàn, DĐ, Di động, Số di động, ĐTDĐ, Zalo, Fax, Hotline, Đường dây nóng,
// Tel, Phone, Mobile. Several may be joined, as in `ĐT/Zalo` or `Điện thoại và Fax`.
const LABEL =
  /^(?:(?:so )?(?:dt|dien thoai|di dong)|sdt|dt ban|dd|dtdd|zalo|fax|hotline|duong day nong|tel|phone|mobile)$/;
const LABEL_JOINS = /\s*(?:[/&,\-\u2013]|\sva\s|\shoac\s)\s*/;

/**
 * Splits a field holding several numbers, keeping each as written:
 * `02963.957.049 - 0378.247.247` → two numbers, `0296-395-7006` and `1900-1234-05` → one.
 * A dash parts two numbers unless what follows continues the number before it (see
 * startsNewNumber). Words without digits stay with the number before them (`0983 570 009 - Zalo`),
 * unless they label the next one (`… hoặc ĐT/Zalo: 0907 …`).
 */
export function splitPhones(text: string): string[] {
  const parts = text.split(SEPARATOR); // piece, separator, piece, …
  const numbers: string[] = [];
  let current = parts[0];
  for (let i = 2; i < parts.length; i += 2) {
    if (startsNewNumber(current, parts, i)) {
      numbers.push(current);
      current = parts[i];
    } else current += parts[i - 1] + parts[i];
  }
  numbers.push(current);
  return numbers.map((number) => number.replace(EDGE_SEPARATORS, '')).filter(Boolean);
}

/** Reads one number as written: `ĐT: 0983.570.009` → linked `0983.570.009`, label `ĐT: `. */
export function parsePhone(written: string): Phone {
  const display = written.trim();
  const { before, number, after, uri, fax } = display.length > LONGEST ? read('') : read(display);
  // Without a number, label words are just text: the whole is shown as written.
  if (!uri) return { display, number: display, before: '', after: '', tel: null, fax: null };
  return { display, number, before, after, tel: fax ? null : uri, fax: fax ? uri : null };
}

/** `splitPhones` then `parsePhone` for each: what a contact's `phones` string becomes. */
export function parsePhones(text: string): Phone[] {
  return splitPhones(text).map(parsePhone);
}

/**
 * The Zalo link for a mobile number or an existing `https://zalo.me/…` link (kept as given):
 * `0983.570.009` and `+84983570009` → `https://zalo.me/0983570009`. Anything else → null
 * (Zalo accounts hang on mobile numbers, so a landline gives no link).
 */
export function zaloLink(value: string): string | null {
  const text = value.trim();
  if (/^https:\/\/zalo\.me\/[^\s"'<>]+$/i.test(text)) return text;
  const tel = parsePhone(text).tel;
  return tel && /^tel:\+84[35789]\d{8}$/.test(tel) ? 'https://zalo.me/0' + tel.slice(7) : null;
}

/** The labels around a number, the number between them, and its URI. */
function read(text: string) {
  let before = '';
  let number = text;
  let after = '';
  const lead = LABEL_BEFORE.exec(number);
  const leadKind = lead ? labelKind(lead[1]) : undefined;
  if (lead && leadKind) {
    before = lead[0];
    number = number.slice(before.length);
  }
  const tail = LABEL_AFTER.exec(number);
  // A label after the number follows its last digit (or the bracket of an extension).
  const tailKind = tail && /[\d)]$/.test(number.slice(0, tail.index)) ? labelKind(tail[1]) : undefined;
  if (tail && tailKind) {
    after = tail[0];
    number = number.slice(0, tail.index);
  }
  return { before, number, after, uri: telUri(number), fax: leadKind === 'fax' || tailKind === 'fax' };
}

/** `phone`, `fax` or undefined (not a label) for the words around a number. */
function labelKind(words: string): 'phone' | 'fax' | undefined {
  const labels = foldDiacritics(words.toLowerCase()).replace(/\./g, '').trim().split(LABEL_JOINS);
  if (!labels.every((label) => LABEL.test(label.replace(/\s+/g, ' ')))) return undefined;
  return labels.every((label) => label === 'fax') ? 'fax' : 'phone';
}

function telUri(written: string): string | null {
  const text = written.normalize().toLowerCase();
  const match = EXTENSION.exec(text);
  const main = match ? match[1] : text;
  const extension = match?.[2];
  const plus = /^[\s(]*\+/.test(main);
  const rest = plus ? main.replace(/^[\s(]*\+/, '') : main;
  if (!NUMBER_CHARS.test(rest)) return null;
  const digits = rest.replace(/\D/g, '');
  // International forms: +84…, (+84)…, 0084…, or 84 followed by a whole national number.
  const international = plus
    ? digits
    : digits.startsWith('00')
      ? digits.slice(2)
      : /^84\d{8,10}$/.test(digits)
        ? digits
        : null;
  const ext = extension ? ';ext=' + extension : '';
  if (international !== null) {
    if (!international.startsWith('84')) return null;
    // `+84 (0) 983 …`: the trunk 0 written inside the international form is not dialled.
    const significant = international.slice(2).replace(/^0/, '');
    const national = '0' + significant;
    const known = MOBILE.test(national) || LANDLINE.test(national) || SERVICE.test(significant);
    return known ? 'tel:+84' + significant + ext : null;
  }
  if (MOBILE.test(digits) || LANDLINE.test(digits)) return 'tel:+84' + digits.slice(1) + ext;
  // Service and short numbers are dialled as written, without the country code.
  return SERVICE.test(digits) || SHORT.test(digits) ? 'tel:' + digits + ext : null;
}

/** Whether the text (labels and all) holds one whole number. */
const isNumber = (text: string) => text.length <= LONGEST && read(text.trim()).uri !== null;

/** Whether `parts[i]` (after the separator `parts[i - 1]`) begins a number apart from `current`. */
function startsNewNumber(current: string, parts: string[], i: number): boolean {
  const separator = parts[i - 1];
  // Text longer than any number is no number: whatever has digits next starts afresh.
  if (current.length > LONGEST) return HAS_DIGIT.test(parts[i]);
  if (!HAS_DIGIT.test(current)) return false;
  if (!HAS_DIGIT.test(parts[i])) return labelsNextNumber(parts, i);
  if (EXTENSION_FIRST.test(parts[i].normalize())) return false;
  if (!DASH.test(separator)) return true;
  // A dash inside a number joins (`0296-395-7006`, `1900-1234-05`, `0248-605-104-0`). One between
  // two numbers parts them (`113 - 115`), and so does a spaced one before a number, or one between
  // 7 digits or more on each side, a typo among them (`0983 570 00 - 0907 312 277`). A stray group
  // of a few digits after a number does not (`1900-027-0900-9` is no number, not `1900-027-0900`
  // and a 9, which would call someone else).
  if (dashRun(parts, i, DASH).some((rest) => isNumber(current + separator + rest))) return false;
  // What follows, up to the next spaced dash: `0907-312-277` of `… - 0907-312-277 - 113`.
  const next = dashRun(parts, i, TIGHT_DASH);
  const spaced = !TIGHT_DASH.test(separator);
  return (
    ((spaced || isNumber(current)) && next.some(isNumber)) ||
    (digitCount(current) >= 7 && digitCount(next[next.length - 1]) >= 7)
  );
}

/**
 * `parts[i]`, then it with each following piece joined by such a dash: `['0907', '0907-312', …]`,
 * up to 17 digits (a number and an extension).
 */
function dashRun(parts: string[], i: number, dash: RegExp): string[] {
  const run = [parts[i]];
  for (let j = i + 2; j < parts.length && dash.test(parts[j - 1]) && digitCount(run[run.length - 1]) <= 17; j += 2) {
    run.push(run[run.length - 1] + parts[j - 1] + parts[j]);
  }
  return run;
}

const digitCount = (text: string) => text.replace(/\D/g, '').length;

/** Whether the words at `parts[i]`, with what follows up to the next digits, label a number. */
function labelsNextNumber(parts: string[], i: number): boolean {
  let text = parts[i];
  for (let j = i + 2; j < parts.length && text.length <= LONGEST; j += 2) {
    text += parts[j - 1] + parts[j];
    if (HAS_DIGIT.test(parts[j])) return read(text.trim()).before !== '';
  }
  return false;
}
