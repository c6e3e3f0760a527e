/**
 * Vietnamese phone fields the ways government sites write them, generated: mobiles on every
 * prefix (allocated or not), landlines of every area code (and codes that do not exist), 1800/1900
 * service numbers, short codes, international forms, labels before and after (`ĐT:`, `(Zalo)`,
 * `Fax:` in any case, with or without marks, NFC or NFD), extensions in Vietnamese and English, and
 * fields holding several numbers. What each one should dial is left to the oracle.
 */
import type { Random } from './random.js';

/** One number as generated, with what was written around it. */
export interface PhonePart {
  text: string;
  /** The number's digits, nationally (`0983570009`, `19001234`, `113`). */
  digits: string;
  kind: Kind;
  /** The extension's digits, when one was written. */
  extension?: string;
  /** The extension was written in Vietnamese words (`máy lẻ`, `nhánh`). */
  vietnameseExtension: boolean;
  /** Written in an international form (`+84 …`, `0084 …`, `84…`). */
  international: boolean;
  /** Labelled as a fax (`Fax:`, `(Fax)`, in any case). */
  fax: boolean;
  /** How it was made, for failure messages. */
  made: string;
}

/** A generated field: one or more numbers joined as sites join them. */
export interface PhoneField {
  text: string;
  parts: PhonePart[];
}

// Area codes since the 2017 renumbering (4 digits; 024 and 028 are apart), and some that do not exist.
const AREA_CODES = [
  ...range(203, 216),
  ...range(218, 222),
  ...range(225, 229),
  ...range(232, 239),
  251,
  252,
  ...range(254, 263),
  269,
  ...range(270, 277),
  ...range(290, 294),
  296,
  297,
  299,
].map((code) => `0${code}`);
const NO_SUCH_AREA = ['0201', '0202', '0217', '0223', '0224', '0230', '0231', '0250', '0253', '0264', '0295', '0298'];
// The mobile ranges in use (Viettel 032–039, 086, 096–098; VinaPhone 081–085, 088, 091, 094;
// MobiFone 070, 076–079, 089, 090, 093; Vietnamobile 056, 058, 092; Gmobile 059, 099).
const MOBILE_PREFIXES = [
  ...range(32, 39),
  56,
  58,
  59,
  70,
  ...range(76, 79),
  ...range(81, 86),
  88,
  89,
  ...range(90, 94),
  ...range(96, 99),
].map((prefix) => `0${prefix}`);
const SHORT_CODES = ['111', '112', '113', '114', '115', '116', '1022'];

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

export type Kind = 'mobile' | 'landline-4' | 'landline-2' | 'service' | 'short' | 'bad';

/** A national number (with its trunk 0, except service and short numbers) and its kind. */
function nationalNumber(random: Random): { digits: string; kind: Kind } {
  const roll = random.next();
  if (roll < 0.3) {
    // Mostly the ranges operators use; one in six anywhere in 03–09, allocated or not.
    const prefix = random.chance(0.85)
      ? random.pick(MOBILE_PREFIXES)
      : `0${random.pick(['3', '5', '7', '8', '9'])}${random.int(0, 9)}`;
    return { digits: prefix + random.digits(7), kind: 'mobile' };
  }
  if (roll < 0.55) return { digits: random.pick(AREA_CODES) + random.digits(7), kind: 'landline-4' };
  // Hà Nội and TP.HCM: any first subscriber digit, so those the plan does not use come up too.
  if (roll < 0.7) return { digits: random.pick(['024', '028']) + random.digits(8), kind: 'landline-2' };
  if (roll < 0.82)
    return { digits: random.pick(['1800', '1900']) + random.digits(random.pick([4, 4, 6, 6, 5])), kind: 'service' };
  if (roll < 0.88) return { digits: random.pick(SHORT_CODES), kind: 'short' };
  const bad = [
    () => random.pick(NO_SUCH_AREA) + random.digits(7), // no such area code
    () => `0${random.pick(['3', '9'])}${random.digits(random.pick([7, 9]))}`, // a digit short or over
    () => {
      const prefix = random.pick(['012', '016', '0186', '0188', '0199']); // 11-digit mobiles before 2018
      return prefix + random.digits(11 - prefix.length);
    },
    () => `0${random.pick(['24', '28'])}${random.digits(7)}`, // a Hà Nội number a digit short
    () => `1900${random.digits(random.pick([3, 7]))}`,
  ];
  return { digits: random.pick(bad)(), kind: 'bad' };
}

/** Digits grouped by sizes and joined: `groups('0983570009', [4, 3, 3], '.')` → `0983.570.009`. */
function groups(digits: string, sizes: number[], joint: string): string {
  const out: string[] = [];
  let at = 0;
  for (const size of sizes) {
    if (at >= digits.length) break;
    out.push(digits.slice(at, at + size));
    at += size;
  }
  if (at < digits.length) out.push(digits.slice(at));
  return out.join(joint);
}

/** The number written one of the ways sites write its kind; `international` when it starts +84, 0084 or 84. */
function written(random: Random, digits: string, kind: Kind): { text: string; international: boolean } {
  const text = writtenText(random, digits, kind);
  return { text, international: /^[(]?(?:\+|00|84)/.test(text) };
}

function writtenText(random: Random, digits: string, kind: Kind): string {
  const joint = random.pick([' ', '.', '-', '', ' ', '.']);
  if (kind === 'short') return digits;
  if (kind === 'service') {
    return random.pick([
      () => groups(digits, [4, 4], joint),
      () => groups(digits, [4, 3, 3], joint),
      () => groups(digits, [4, 2, 2, 2], joint),
      () => '+84 ' + groups(digits, [4, 4], ' '),
    ])();
  }
  const area = kind === 'landline-2' ? 3 : kind === 'landline-4' ? 4 : digits.length === 11 ? 4 : 3;
  const rest = digits.slice(area);
  const national = random.pick([
    () => groups(digits, area === 3 ? [3, 4, 4] : [4, 4, 3], joint),
    () => groups(digits, area === 3 ? [4, 3, 3] : [5, 3, 3], joint),
    () => groups(digits, [3, 3, 4], joint),
    () => `(${digits.slice(0, area)}) ${groups(rest, [4, 4], joint)}`,
    () => `(${digits.slice(0, area)})${rest}`,
    () => digits,
  ])();
  if (!digits.startsWith('0') || random.chance(0.75)) return national;
  const significant = digits.slice(1);
  return random.pick([
    () => `+84 ${groups(significant, [area - 1, 3, 3, 3], ' ')}`,
    () => `+84${significant}`,
    () => `(+84) ${groups(significant, [3, 3, 3, 3], ' ')}`,
    () => `+84 (0) ${groups(significant, [3, 3, 4], ' ')}`,
    () => `0084 ${groups(significant, [3, 3, 4], ' ')}`,
    () => `84${significant}`,
    () => `+84-${groups(significant, [3, 3, 4], '-')}`,
  ])();
}

const LABELS_BEFORE = [
  'ĐT',
  'Điện thoại',
  'DĐ',
  'Di động',
  'Zalo',
  'Fax',
  'Hotline',
  'SĐT',
  'Đường dây nóng',
  'Tel',
  'ĐT/Zalo',
];
const LABELS_AFTER = [' (Zalo)', ' (Fax)', ' - Zalo', ' (ĐT/Zalo)', ' (Hotline)', ' - Fax'];
const EXTENSIONS = [
  ' máy lẻ 12',
  ' ext. 12',
  ' x12',
  ';ext=195',
  ' #1',
  ' (nhánh 3)',
  ' ext 105',
  ' Máy lẻ: 7',
  ' - máy lẻ 21',
];
const JOINTS = [' - ', '; ', ' / ', ', ', ' hoặc ', '\n', ' – '];

/** A label in one of the ways it is typed: as is, upper or lower case, without marks, NFD. */
function typed(random: Random, label: string): string {
  return random.pick([
    () => label,
    () => label.toUpperCase(),
    () => label.toLowerCase(),
    () =>
      label
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/Đ/g, 'D')
        .replace(/đ/g, 'd'),
    () => label.normalize('NFD'),
  ])();
}

/** One number with what may be written around it. */
function decorated(random: Random): PhonePart {
  const { digits, kind } = nationalNumber(random);
  const { text: number, international } = written(random, digits, kind);
  let text = number;
  const made: string[] = [kind];
  let extension: string | undefined;
  let vietnameseExtension = false;
  if (kind !== 'short' && random.chance(0.15)) {
    const written = random.pick(EXTENSIONS);
    text += written;
    extension = /\d+/.exec(written)![0];
    vietnameseExtension = /máy|nhánh/i.test(written);
    made.push('extension');
  }
  const roll = random.next();
  let label = '';
  if (roll < 0.2) {
    label = random.pick(LABELS_BEFORE);
    text = typed(random, label) + random.pick([': ', ':', ' ', ' - ']) + text;
    made.push('label before');
  } else if (roll < 0.3) {
    label = random.pick(LABELS_AFTER);
    text += typed(random, label);
    made.push('label after');
  }
  const fax = /^\W*fax\W*$/i.test(label);
  return { text, digits, kind, extension, vietnameseExtension, international, fax, made: made.join(', ') };
}

/** `count` phone fields: mostly one number, some with two or three. */
export function phoneFields(random: Random, count: number): PhoneField[] {
  return Array.from({ length: count }, () => {
    const parts = Array.from({ length: random.chance(0.2) ? random.int(2, 3) : 1 }, () => decorated(random));
    return { text: parts.map((part) => part.text).join(random.pick(JOINTS)), parts };
  });
}
