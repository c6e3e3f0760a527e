/**
 * Vietnamese phone numbers as department websites write them: split a field that holds several,
 * and turn each into a `tel:` URI (or a Zalo link) without changing how it is shown.
 *
 * Hand-written rather than libphonenumber-js: these few rules cost well under 1 KB gzip, the
 * library's metadata alone is many times that.
 */

/** One number as written, with the URI that dials it. */
export interface Phone {
  /** The text exactly as written, trimmed: this is what the page shows. */
  display: string;
  /** `tel:` URI (`tel:+84983570009`, `tel:113`, `tel:+842963957006;ext=12`); null when it is no phone number. */
  tel: string | null;
}

// Mobiles: 03, 05, 07, 08, 09 and 8 more digits.
const MOBILE = /^0[35789]\d{8}$/;
// Landlines, always 11 digits: 024 (Hà Nội) or 028 (TP.HCM) + 8 digits, or a 4-digit area code + 7.
// Area codes since the 2017 renumbering (one per province, 63 in all):
// 0203–0216, 0218–0222, 0225–0229, 0232–0239, 0251, 0252, 0254–0263, 0269, 0270–0277,
// 0290–0294, 0296, 0297, 0299.
const LANDLINE = /^02(?:[48]\d|0[3-9]|1[0-689]|2[0-25-9]|3[2-9]|5[124-9]|6[0-39]|7[0-7]|9[0-4679])\d{7}$/;
// Dialled as written, no country code: 1800/1900 + 4 or 6 digits; 11x (113 police, 114 fire,
// 115 ambulance…) and 10xx (1022 public services…).
const DIALLED_AS_WRITTEN = /^(?:1[89]00(?:\d{4}|\d{6})|11\d|10\d\d)$/;
// `… máy lẻ 12`, `… (nhánh 12)`, `… ext. 12`, `… x12` at the end of the text (lower case, NFC).
const EXTENSION = /^(.*?)[\s,;(]*(?:số\s*)?(?:máy\s*lẻ|nhánh|extension|ext\.?|x)\s*[:.]?\s*(\d{1,6})\)?$/;
// Characters a number itself may be written with (besides a leading +).
const NUMBER_CHARS = /^[\d\s.()\-\u2010-\u2015]+$/;
// Between numbers: ; , / | a line break, "hoặc" (with or without marks, either Unicode form),
// "hay", "và", "or"; or a dash, which may also sit inside one number (`0296-395-7006`).
const SEPARATOR = /(\s*[;,/|\n]\s*|\s+(?:ho\p{L}\p{M}*c|hay|va\p{M}?|và|or)\s+|\s*[-\u2010-\u2015]\s*)/iu;
const DASH = /[-\u2010-\u2015]/;
const EDGE_SEPARATORS = /^[\s;,/|\-\u2010-\u2015]+|[\s;,/|\-\u2010-\u2015]+$/g;
const EXTENSION_FIRST = /^(?:số\s*)?(?:máy\s*lẻ|nhánh|ext|x\s*\d)/iu;

/**
 * Splits a field holding several numbers, keeping each as written:
 * `02963.957.049 - 0378.247.247` → two numbers, `0296-395-7006` and `1800-1234` → one.
 * A dash parts two numbers only when the text before it is a whole number and the text after it
 * does not continue that number; words without digits stay with the number before them.
 */
export function splitPhones(text: string): string[] {
  const parts = text.split(SEPARATOR); // piece, separator, piece, …
  const numbers: string[] = [];
  let current = parts[0];
  for (let i = 2; i < parts.length; i += 2) {
    if (startsNewNumber(current, parts[i - 1], parts[i])) {
      numbers.push(current);
      current = parts[i];
    } else current += parts[i - 1] + parts[i];
  }
  numbers.push(current);
  return numbers.map((number) => number.replace(EDGE_SEPARATORS, '')).filter(Boolean);
}

/** Reads one number as written: `{ display: '0983.570.009', tel: 'tel:+84983570009' }`. */
export function parsePhone(written: string): Phone {
  const display = written.trim();
  return { display, tel: telUri(display) };
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
  const tel = telUri(text);
  return tel && /^tel:\+84[35789]\d{8}$/.test(tel) ? 'https://zalo.me/0' + tel.slice(7) : null;
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
      : /^84\d{9,10}$/.test(digits)
        ? digits
        : null;
  const ext = extension ? ';ext=' + extension : '';
  if (international !== null) {
    if (!international.startsWith('84')) return null;
    // `+84 (0) 983 …`: the trunk 0 written inside the international form is not dialled.
    const national = '0' + international.slice(2).replace(/^0/, '');
    return MOBILE.test(national) || LANDLINE.test(national) ? 'tel:+84' + national.slice(1) + ext : null;
  }
  if (MOBILE.test(digits) || LANDLINE.test(digits)) return 'tel:+84' + digits.slice(1) + ext;
  return DIALLED_AS_WRITTEN.test(digits) ? 'tel:' + digits + ext : null;
}

function startsNewNumber(current: string, separator: string, next: string): boolean {
  if (!/\d/.test(current) || !/\d/.test(next) || EXTENSION_FIRST.test(next.normalize())) return false;
  if (!DASH.test(separator)) return true;
  // `1900-1234-56` is one number although `1900-1234` is already whole; `113 - 115` is two.
  return telUri(current) !== null && (/^[\s(]*[+0]/.test(next) || telUri(current + separator + next) === null);
}
