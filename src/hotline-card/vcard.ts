/**
 * A contact as a vCard 4.0 (RFC 6350) file, for the per-contact `.vcf` download.
 */
import { foldDiacritics } from '../text/search.js';
import { parsePhones, type Phone } from '../text/phone.js';

/** What a vCard is built from: the contact as the hotline card holds it. */
export interface VCardContact {
  /** As written, honorific and all: `Ông Trương Long Hồ`, or a unit: `Tổ kiểm tra công vụ`. */
  name: string;
  position?: string;
  unit?: string;
  /**
   * Already parsed numbers, or strings as written in the data (each split and parsed like the card
   * does). Numbers without a `tel` are left out of the vCard.
   */
  phones?: string | readonly (string | Phone)[];
  email?: string;
}

// Forms of address written before a name; they are not part of it. Longest first.
const HONORIFIC = /^(?:đồng chí|đ\/c|ông|bà|anh|chị)\.?\s+(?=\S)/iu;
// An address the way a mail client would take it: one @, a dot in the domain, no spaces or brackets.
const EMAIL = /^[^\s@<>()[\]",;:]+@[^\s@<>()[\]",;:]+\.[^\s@<>()[\]",;:.]+$/;
const CRLF = '\r\n';

/** Whether `text` looks like an e-mail address (`tlho@angiang.gov.vn`), so it may become a `mailto:` link. */
export function isEmailAddress(text: string): boolean {
  return EMAIL.test(text.trim());
}

/**
 * The vCard 4.0 text of one contact: CRLF line endings, text values escaped, lines folded at 75 octets.
 * `N` puts the family name first, as Vietnamese names are written: `Trương Long Hồ` → `N:Trương;Hồ;Long;;`.
 * A name that is not a person's (`Tổ kiểm tra công vụ`: not every word capitalised) goes whole into the
 * family-name slot, so address books show it unchanged.
 */
export function buildVCard(contact: VCardContact): string {
  const name = personName(contact.name);
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    'FN:' + escapeText(name),
    'N:' + nameComponents(name).map(escapeText).join(';'),
  ];
  if (contact.position?.trim()) lines.push('TITLE:' + escapeText(contact.position.trim()));
  if (contact.unit?.trim()) lines.push('ORG:' + escapeText(contact.unit.trim()));
  for (const tel of new Set(telUris(contact.phones))) lines.push('TEL;VALUE=uri:' + tel);
  if (contact.email && isEmailAddress(contact.email)) lines.push('EMAIL:' + escapeText(contact.email.trim()));
  lines.push('END:VCARD');
  return lines.map(fold).join(CRLF) + CRLF;
}

/** A safe file name for the contact's vCard: `Ông Trương Long Hồ` → `truong-long-ho.vcf`. */
export function vcardFileName(name: string): string {
  const slug = foldDiacritics(personName(name).toLowerCase())
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return (slug || 'contact') + '.vcf';
}

/** The name without honorific or extra spaces, in NFC. */
function personName(name: string): string {
  return name.normalize().trim().replace(/\s+/g, ' ').replace(HONORIFIC, '');
}

/** family; given; additional; prefix; suffix. */
function nameComponents(name: string): string[] {
  const words = name.split(' ');
  const isPersonal = words.length >= 2 && words.length <= 6 && words.every((word) => /^\p{Lu}/u.test(word));
  if (!isPersonal) return [name, '', '', '', ''];
  return [words[0], words[words.length - 1], words.slice(1, -1).join(' '), '', ''];
}

function telUris(phones: VCardContact['phones']): string[] {
  const list = typeof phones === 'string' ? [phones] : (phones ?? []);
  return list
    .flatMap((phone) => (typeof phone === 'string' ? parsePhones(phone) : [phone]))
    .flatMap((phone) => (phone.tel ? [phone.tel] : []));
}

/** RFC 6350 §3.4: backslash, comma, semicolon and line breaks are escaped in text values. */
function escapeText(value: string): string {
  return value.replace(/[\\,;]/g, '\\$&').replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * RFC 6350 §3.2: lines longer than 75 octets continue on the next line after one space. Counted in
 * UTF-8 bytes and cut only between code points, so no character is split.
 */
function fold(line: string): string {
  let out = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > 75) {
      out += CRLF + ' ';
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out;
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}
