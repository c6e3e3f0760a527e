/**
 * Generated records for the four data shapes: every field drawn from values a CMS feed really
 * emits (good ones, null, missing, empty and blank text, impossible dates and times, wrong types,
 * negative and fractional ids, repeated ids), so that the widget's validator and the shipped JSON
 * Schemas can be compared record by record.
 */
import type { Random } from './random.js';

/** A field value, or ABSENT for a field left out of the record. */
export const ABSENT = Symbol('absent');
type Draw = (random: Random) => unknown;

const one =
  (...values: unknown[]): Draw =>
  (random) =>
    random.pick(values);

// The share of bad values in the record being drawn: none in about half the records (see record()).
let badShare = 0;

/** A good value, or (at the record's bad share) a bad one. */
const mostly =
  (good: Draw, bad: Draw): Draw =>
  (random) =>
    random.chance(badShare) ? bad(random) : good(random);

const BLANKS = ['', ' ', '   ', '\t\n', '\u00a0', '\u3000', '\ufeff', ' \u2003 '];
const WRONG_TYPES = [42, -1, true, false, ['a'], { a: 1 }];
const ABSENT_OR_NULL = [ABSENT, null];

const text: Draw = mostly(
  one('Sở Nội vụ', 'Giờ hành chính, thứ Hai – thứ Sáu', 'x', 'https://snv.angiang.gov.vn/'),
  one(...BLANKS, ...WRONG_TYPES, ...ABSENT_OR_NULL),
);
const nonBlank: Draw = mostly(
  one('Phong trào thi đua', 'Ông Trương Long Hồ', 'a', ' lề trái'),
  one(...BLANKS, ...WRONG_TYPES, ...ABSENT_OR_NULL),
);

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** Real dates, alone or with a real time, as feeds write them. */
const realDate: Draw = (random) => {
  const day = new Date(Date.UTC(random.int(1990, 2030), 0, random.int(1, 366))).toISOString().slice(0, 10);
  if (random.chance(0.5)) return day;
  const time = `${pad(random.int(0, 23))}:${pad(random.int(0, 59))}${random.pick(['', ':00', ':59.5'])}`;
  return `${day}${random.pick(['T', ' '])}${time}${random.pick(['', 'Z', '+07:00', '+0700', '-05:30'])}`;
};

/** ISO 8601 dates and times across and beyond the calendar and the clock, and other date forms. */
const wildDate: Draw = (random) => {
  const form = random.int(0, 9);
  if (form === 0) return random.pick(['10/01/2023', '2023/01/10', '2023-1-5', '', 'hôm qua', 20230110, null, ABSENT]);
  const year = random.pick([1900, 1999, 2000, 2023, 2024, 2100, random.int(1890, 2400)]);
  const day = `${pad(year, 4)}-${pad(random.int(0, 13))}-${pad(random.int(0, 32))}`;
  if (form < 5) return day;
  const time = `${pad(random.int(0, 25))}:${pad(random.int(0, 61))}`;
  const seconds = random.pick(['', `:${pad(random.int(0, 61))}`, ':00.250']);
  const offset = random.pick(['', 'Z', '+07:00', '+0700', '-05:30', `+${pad(random.int(0, 25))}:00`]);
  return `${day}${random.pick(['T', ' '])}${time}${seconds}${offset}`;
};

const date: Draw = mostly(realDate, wildDate);

/** Ids: mostly new strings, sometimes numbers of every kind, a repeat of an earlier one, or bad. */
function idSource(): Draw {
  const used: unknown[] = [];
  let count = 0;
  return (random) => {
    const roll = random.next();
    let id: unknown;
    if (roll < 0.08 && used.length) id = random.pick(used);
    else if (roll < 0.12) id = random.pick([...BLANKS, true, {}, [], null, ABSENT]);
    else if (roll < 0.3) id = random.pick([count, -count, count + 0.5, -count / 4, count * 1e20]);
    else id = `ban-ghi-${count}`;
    count++;
    if (id !== ABSENT && id !== null) used.push(id);
    return id;
  };
}

const wholeNumber = (min: number, good: Draw): Draw =>
  mostly(good, one(min - 1, min + 0.5, -7, String(min), 1e21, ...ABSENT_OR_NULL, ...WRONG_TYPES));

const list = (good: Draw, bad: Draw): Draw =>
  mostly(
    (random) => Array.from({ length: random.int(0, 3) }, () => good(random)),
    (random) => random.pick([[good(random), bad(random)], [bad(random)], bad(random), null, ABSENT]),
  );

/**
 * A record built from a field table; fields drawn as ABSENT are left out. About half the records
 * are drawn clean; in the others each field is bad one time in five. A record inside a clean record
 * is clean too.
 */
function record(fields: Record<string, Draw>, random: Random): Record<string, unknown> {
  const outer = badShare;
  const top = outer === 0 && !nested;
  if (top || outer > 0) badShare = random.chance(0.5) ? 0 : 0.2;
  nested++;
  const out: Record<string, unknown> = {};
  for (const [key, draw] of Object.entries(fields)) {
    const value = draw(random);
    if (value !== ABSENT) out[key] = value;
  }
  nested--;
  badShare = outer;
  return out;
}
let nested = 0;

export function visitStats(random: Random): Record<string, unknown> {
  const count = wholeNumber(0, (r) => r.int(0, 20000));
  const figure: Draw = (r) => (r.chance(0.3) ? ABSENT : count(r));
  return record(
    { total: figure, today: figure, yesterday: figure, month: figure, online: figure, updatedAt: date },
    random,
  );
}

export function campaigns(random: Random, size: number): Record<string, unknown>[] {
  const id = idSource();
  const level = mostly(one('national', 'provincial', 'local'), one('city', '', 'National', 1, ...ABSENT_OR_NULL));
  const status = mostly(
    one('upcoming', 'ongoing', 'ended', 'cancelled'),
    one('done', '', 'Ongoing', 0, ...ABSENT_OR_NULL),
  );
  const targets = list(one('collective', 'individual'), one('everyone', '', null, 1));
  const fields = list(one('Nông nghiệp', 'Văn hóa', ''), one(null, 5, true));
  const documentObject: Draw = (r) => record({ type: text, number: text, date, url: text, title: text }, r);
  const document = mostly(
    (r) =>
      r.chance(0.5) ? documentObject(r) : r.pick(['Kế hoạch số 16/KH-UBND ngày 10/1/2023', 'Quyết định 123/QĐ-UBND']),
    one(...BLANKS, 5, [], ...ABSENT_OR_NULL),
  );
  return Array.from({ length: size }, () =>
    record(
      {
        id,
        title: nonBlank,
        summary: text,
        launchedBy: text,
        level,
        startDate: date,
        endDate: date,
        status,
        targets,
        fields,
        document,
        url: text,
      },
      random,
    ),
  );
}

export function exemplars(random: Random, size: number): Record<string, unknown>[] {
  const id = idSource();
  const kind = mostly(one('individual', 'collective'), one('group', '', 3, ...ABSENT_OR_NULL));
  const photoObject: Draw = (r) =>
    record(
      {
        src: nonBlank,
        alt: text,
        width: wholeNumber(1, (q) => q.int(1, 800)),
        height: wholeNumber(1, (q) => q.int(1, 800)),
        srcset: text,
      },
      r,
    );
  const photo = mostly(one('photos/a.svg', 'https://snv.angiang.gov.vn/anh.jpg'), (r) =>
    r.chance(0.5) ? photoObject(r) : r.pick([...BLANKS, 42, [], ...ABSENT_OR_NULL]),
  );
  const award = mostly(
    (r) => record({ title: text, decision: text, date }, r),
    one('Bằng khen', 5, [], ...ABSENT_OR_NULL),
  );
  return Array.from({ length: size }, () =>
    record(
      {
        id,
        name: nonBlank,
        kind,
        position: text,
        unit: text,
        photo,
        achievement: text,
        award,
        year: wholeNumber(1900, (r) => r.int(1900, 2030)),
        url: text,
      },
      random,
    ),
  );
}

export function contacts(random: Random, size: number): Record<string, unknown>[] {
  const phone = one('0983.570.009', '02963.957.049 - 0378.247.247', '113', 'N/A', '');
  const phones = mostly(
    (r) => (r.chance(0.5) ? phone(r) : Array.from({ length: r.int(0, 3) }, () => phone(r))),
    one(5, [null], ['0983 570 009', 7], {}, ...ABSENT_OR_NULL),
  );
  return Array.from({ length: size }, () =>
    record({ name: nonBlank, position: text, unit: text, hours: text, phones, email: text, zalo: text }, random),
  );
}
