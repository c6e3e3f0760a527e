import { expect } from '@open-wc/testing';
import { REAL_DATE } from '../../src/data/iso-date.js';

/** The calendar as the browser's Date knows it: a day is real when it survives a round trip. */
function onCalendar(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

describe('REAL_DATE', () => {
  it('agrees with the calendar on every day 00–39 of months 00–19 of years around leap rules', () => {
    const years = [1600, 1700, 1800, 1899, 1900, 1904, 1996, 2000, 2001, 2023, 2024, 2096, 2100, 2200, 2400, 2401];
    let checked = 0;
    for (const year of years) {
      for (let month = 0; month < 20; month++) {
        for (let day = 0; day < 40; day++) {
          const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
          const real = month >= 1 && month <= 12 && day >= 1 && onCalendar(year, month, day);
          expect(REAL_DATE.test(text), text).to.equal(real);
          checked++;
        }
      }
    }
    expect(checked).to.equal(years.length * 20 * 40);
  });

  it('agrees with the clock on every hour and minute 00–99, with seconds and an offset', () => {
    for (let hour = 0; hour < 100; hour++) {
      for (let minute = 0; minute < 100; minute++) {
        const time = `${pad(hour)}:${pad(minute)}`;
        const real = hour < 24 && minute < 60;
        expect(REAL_DATE.test(`2023-01-10T${time}`), time).to.equal(real);
        expect(REAL_DATE.test(`2023-01-10T12:00:00+${time}`), `offset ${time}`).to.equal(real);
      }
    }
    expect(REAL_DATE.test('2023-01-10T12:00:59.5Z')).to.equal(true);
    expect(REAL_DATE.test('2023-01-10T12:00:60Z')).to.equal(false);
  });
});
