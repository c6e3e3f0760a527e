import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/campaign-list.js';
import '../../src/exemplar-gallery.js';
import { formatDate, formatDateTime, formatNumber } from '../../src/i18n/format.js';
import { normalizeLang, resolveLang } from '../../src/i18n/lang.js';
import { waitForState } from '../support/helpers.js';

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

describe('the page’s language switch', () => {
  it('re-renders an open gallery dialog and an announced count in the new language', async () => {
    const box = await fixture<HTMLElement>(html`
      <div lang="vi">
        <sen-exemplar-gallery src="/test/fixtures/exemplars-sample.json"></sen-exemplar-gallery>
        <sen-campaign-list src="/test/fixtures/campaigns-seed.json"></sen-campaign-list>
      </div>
    `);
    const [gallery, campaigns] = [...box.children] as HTMLElement[];
    await waitForState(gallery, 'ready');
    await waitForState(campaigns, 'ready');
    gallery.shadowRoot!.querySelector<HTMLButtonElement>('[part="open"]')!.click();
    const dialog = gallery.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'the dialog did not open');
    const close = () => dialog.querySelector('[part="close"]')!.getAttribute('aria-label');
    const count = () => campaigns.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim();
    expect([close(), count()]).to.deep.equal(['Đóng', '6 phong trào']);

    box.setAttribute('lang', 'en'); // what a bilingual portal's switch does, and nothing more
    await waitUntil(() => close() === 'Close' && count() === '6 campaigns', 'the widgets kept Vietnamese');
    expect(dialog.open).to.equal(true);
    dialog.close();
  });
});
