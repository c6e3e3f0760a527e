/**
 * src/text/phone.ts against libphonenumber-js 1.13 with its full metadata (a test oracle, never
 * bundled), on thousands of generated fields written the ways government sites write numbers.
 * Each number of a field is read by the oracle alone; the card reads the whole field (splitting it
 * itself). The agreement figure is printed; every difference must belong to a class named below,
 * and every class must occur.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findPhoneNumbersInText, isValidPhoneNumber } from 'libphonenumber-js/max';
import { parsePhones } from '../../src/text/phone.js';
import { phoneFields, type PhonePart } from './support/phone-corpus.js';
import { grouped, percent, Random } from './support/random.js';

/**
 * Where the card reads a number differently from the oracle, on purpose. Each class turns the
 * oracle's reading of one number into the card's (one after the other: a 1900 number with a
 * Vietnamese extension meets two); a field is explained when the classes applied to its numbers
 * give exactly what the card read.
 */
const DIFFERENCES: {
  name: string;
  why: string;
  /** The card's reading, when this class applies to the number; undefined when it does not. */
  reads: (part: PhonePart, oracle: string | undefined) => string | undefined;
}[] = [
  {
    name: 'digits past a whole number',
    why: 'the oracle reads a number from the first digits of a longer run (`(1900) 8633.750`); linking it would call someone else',
    reads: (part, oracle) => {
      const digits = oracle?.replace(/^tel:\+84/, '').replace(/;.*/, '');
      const national = part.digits.replace(/^0/, '');
      return digits && national.length > digits.length && national.startsWith(digits) ? '' : undefined;
    },
  },
  {
    name: 'service number dialled as written',
    why: 'contract: `1800 1234` → tel:18001234; the oracle gives +84 1800…, which some networks refuse from home',
    reads: (part, oracle) =>
      oracle?.startsWith('tel:+841') && !part.international ? 'tel:' + oracle.slice(7) : undefined,
  },
  {
    name: 'short code dialled as written',
    why: 'contract: `113` → tel:113; the oracle has no short numbers (they are in its separate short-number metadata)',
    reads: (part, oracle) => (part.kind === 'short' && !oracle ? `tel:${part.digits}` : undefined),
  },
  {
    name: 'extension in Vietnamese words',
    why: 'contract: `… máy lẻ 12` → ;ext=12; the oracle reads English extension forms only',
    reads: (part, oracle) =>
      part.vietnameseExtension && oracle && !oracle.includes(';ext=') ? `${oracle};ext=${part.extension}` : undefined,
  },
  {
    name: 'mobile range not yet allocated',
    why: 'any 03/05/07/08/09 + 8 digits is linked, so a newly allocated range needs no release; the oracle knows only allocated ranges',
    reads: (part, oracle) =>
      part.kind === 'mobile' && !oracle && part.digits.length === 10 && !isValidPhoneNumber(part.digits, 'VN')
        ? `tel:+84${part.digits.slice(1)}${part.extension ? `;ext=${part.extension}` : ''}`
        : undefined,
  },
];

/** What the oracle reads in one number as written (labels and all): its `tel:` URI, or nothing. */
function oracleReads(text: string): string | undefined {
  const found = findPhoneNumbersInText(text, 'VN');
  assert.ok(found.length <= 1, `the oracle found ${found.length} numbers in one: ${text}`);
  return found[0]?.number.getURI();
}

const FIELDS = 3000;

describe('phone numbers agree with libphonenumber-js', () => {
  it(`on ${grouped(FIELDS)} generated fields, except the named differences`, (t) => {
    const fields = phoneFields(new Random(84), FIELDS);
    let numbers = 0;
    let agree = 0;
    let explained = 0;
    const byClass = new Map<string, number>();
    const unexplained: string[] = [];
    let faxes = 0;
    for (const field of fields) {
      // The card: the whole field, split by the card. A fax counts by its number (it is not linked).
      const phones = parsePhones(field.text);
      const card = phones.map((phone) => phone.tel ?? phone.fax);
      const cardNumbers = card.filter((uri) => uri !== null);
      const oracle = field.parts.map((part) => oracleReads(part.text));
      numbers += field.parts.length;
      // A number labelled as a fax is read, but never offered as a call.
      if (phones.length === field.parts.length) {
        field.parts.forEach((part, i) => {
          if (!part.fax || !phones[i].fax) return;
          faxes++;
          assert.equal(phones[i].tel, null, `a fax offered as a call: ${field.text}`);
        });
      }
      if (JSON.stringify(cardNumbers) === JSON.stringify(oracle.filter(Boolean))) {
        agree += field.parts.length;
        continue;
      }
      // Apply the named classes, number by number.
      const classes: string[] = [];
      const expected = field.parts.map((part, i) => {
        let reading = oracle[i];
        for (const difference of DIFFERENCES) {
          const changed = difference.reads(part, reading);
          if (changed === undefined) continue;
          classes.push(difference.name);
          reading = changed || undefined; // '': the card reads no number here
        }
        return reading;
      });
      if (JSON.stringify(cardNumbers) === JSON.stringify(expected.filter(Boolean))) {
        explained += field.parts.length;
        for (const name of classes) byClass.set(name, (byClass.get(name) ?? 0) + 1);
      } else {
        unexplained.push(
          `${JSON.stringify(field.text)}: card ${JSON.stringify(cardNumbers)}, oracle ${JSON.stringify(oracle)} ` +
            `[${field.parts.map((part) => part.made).join(' | ')}]`,
        );
      }
    }
    const named = DIFFERENCES.map(({ name }) => `${name} ${grouped(byClass.get(name) ?? 0)}`).join(', ');
    t.diagnostic(
      `phones: ${grouped(fields.length)} fields, ${grouped(numbers)} numbers; ${percent(agree, numbers)} read the same ` +
        `as libphonenumber-js; ${percent(agree + explained, numbers)} with the named differences (${named}); ` +
        `unexplained fields: ${unexplained.length}; ${grouped(faxes)} labelled faxes read, none linked for calling`,
    );
    assert.deepEqual(unexplained.slice(0, 8), [], 'fields the card and the oracle read differently');
    assert.ok(faxes > 20, `only ${faxes} faxes in the corpus`);
    for (const { name } of DIFFERENCES) assert.ok(byClass.get(name), `no number of the class "${name}"`);
  });
});
