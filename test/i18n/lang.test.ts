import { expect } from '@open-wc/testing';
import { formatDate, formatDateTime, formatNumber } from '../../src/i18n/format.js';
import { normalizeLang, resolveLang } from '../../src/i18n/lang.js';

describe('language', () => {
  it('supports vi and en, and falls back to vi for anything else', () => {
    expect(
      ['vi', 'vi-VN', 'VI', 'en', 'en-US', 'en_GB', 'fr', '', null, undefined, 'zh-Hans'].map(normalizeLang),
    ).to.deep.equal(['vi', 'vi', 'vi', 'en', 'en', 'en', 'vi', 'vi', 'vi', 'vi', 'vi']);
  });

  it('finds the nearest lang across shadow roots', () => {
    const outer = document.createElement('div');
    outer.lang = 'en';
    const host = document.createElement('div');
    outer.append(host);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLang(inner)).to.equal('en');
    inner.lang = 'vi';
    expect(resolveLang(inner)).to.equal('vi');
  });

  it('formats numbers and dates the way each language writes them', () => {
    expect(formatNumber(11529, 'vi-VN')).to.equal('11.529');
    expect(formatNumber(1234567, 'vi-VN')).to.equal('1.234.567');
    expect(formatNumber(11529, 'en-GB')).to.equal('11,529');
    expect(formatDate('2023-01-10', 'vi-VN')).to.equal('10/01/2023');
    // 23:30 UTC on 31 Dec is already New Year's Day in Vietnam.
    expect(formatDateTime('2023-12-31T23:30:00Z', 'vi-VN')).to.equal('06:30 01/01/2024');
  });
});
