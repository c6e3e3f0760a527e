import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/visit-counter.js';
import type { SenVisitCounter } from '../../src/visit-counter.js';
import {
  fault,
  fastRetries,
  requestsSeen,
  restoreSettings,
  shadowText,
  uid,
  waitForState,
} from '../support/helpers.js';

const STATS = { total: 11529, today: 342, online: 17, yesterday: 401, month: 9120, updatedAt: '2026-11-26T06:00:00Z' };

const rows = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part="figure"]')].map((row) => [
    row.querySelector('dt')!.textContent!.trim(),
    row.querySelector('dd')!.textContent!.trim(),
  ]);

async function counter(template: ReturnType<typeof html>): Promise<SenVisitCounter> {
  const el = await fixture<SenVisitCounter>(template);
  await waitForState(el, 'ready');
  return el;
}

describe('<sen-visit-counter>', () => {
  beforeEach(fastRetries);
  afterEach(restoreSettings);

  it('shows the five figures in contract order with Vietnamese labels and grouping', async () => {
    const el = await counter(html`<sen-visit-counter .data=${STATS}></sen-visit-counter>`);
    expect(rows(el)).to.deep.equal([
      ['Lượt truy cập', '11.529'],
      ['Hôm nay', '342'],
      ['Hôm qua', '401'],
      ['Tháng này', '9.120'],
      ['Đang online', '17'],
    ]);
    expect(el.shadowRoot!.querySelector('[role="heading"]')!.textContent).to.equal('Thống kê truy cập');
    await expect(el).to.be.accessible();
  });

  it('speaks English with lang="en": labels and grouping', async () => {
    const el = await counter(html`<sen-visit-counter lang="en" .data=${STATS}></sen-visit-counter>`);
    expect(rows(el)).to.deep.equal([
      ['Total visits', '11,529'],
      ['Today', '342'],
      ['Yesterday', '401'],
      ['This month', '9,120'],
      ['Online now', '17'],
    ]);
    expect(el.shadowRoot!.querySelector('[role="heading"]')!.textContent).to.equal('Visit statistics');
    await expect(el).to.be.accessible();
  });

  it('takes the nearest ancestor lang (read on each render) and falls back to Vietnamese', async () => {
    const box = await fixture(
      html`<div lang="en-US">
        <p><sen-visit-counter .data=${STATS}></sen-visit-counter></p>
      </div>`,
    );
    const el = box.querySelector('sen-visit-counter')!;
    await waitForState(el, 'ready');
    expect(rows(el)[0]).to.deep.equal(['Total visits', '11,529']);
    box.setAttribute('lang', 'fr');
    el.requestUpdate(); // an ancestor's change shows on the widget's next render
    await el.updateComplete;
    expect(rows(el)[0]).to.deep.equal(['Lượt truy cập', '11.529']);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(rows(el)[0]).to.deep.equal(['Total visits', '11,529']);
  });

  it('leaves out a missing figure', async () => {
    const el = await counter(html`<sen-visit-counter .data=${{ total: 11529, online: 17 }}></sen-visit-counter>`);
    expect(rows(el).map(([label]) => label)).to.deep.equal(['Lượt truy cập', 'Đang online']);
  });

  it('replaces the heading with heading="…", shows none with heading="", and sets its level', async () => {
    const custom = await counter(
      html`<sen-visit-counter heading="Truy cập" heading-level="3" .data=${STATS}></sen-visit-counter>`,
    );
    const heading = custom.shadowRoot!.querySelector('[role="heading"]')!;
    expect(heading.textContent).to.equal('Truy cập');
    expect(heading.getAttribute('aria-level')).to.equal('3');
    const none = await counter(html`<sen-visit-counter heading="" .data=${STATS}></sen-visit-counter>`);
    expect(none.shadowRoot!.querySelector('[role="heading"]')).to.equal(null);
  });

  it('refreshes every 60 seconds unless told otherwise', async () => {
    const el = await counter(html`<sen-visit-counter .data=${STATS}></sen-visit-counter>`);
    expect(el.refresh).to.equal(60);
    const once = await counter(html`<sen-visit-counter refresh="0" .data=${STATS}></sen-visit-counter>`);
    expect(once.refresh).to.equal(0);
  });

  it('announces updated figures politely and moves nothing by default', async () => {
    const el = await counter(html`<sen-visit-counter .data=${STATS}></sen-visit-counter>`);
    expect(el.shadowRoot!.querySelector('[part="figures"]')!.getAttribute('aria-live')).to.equal('polite');
    el.data = { ...STATS, online: 18 };
    await oneEvent(el, 'sen-load');
    expect(el.shadowRoot!.getAnimations()).to.have.length(0);
    expect(rows(el)[4]).to.deep.equal(['Đang online', '18']);
  });

  it('fits a footer line with layout="inline" and stays accessible in the dark theme', async () => {
    const el = await counter(html`<sen-visit-counter layout="inline" theme="dark" .data=${STATS}></sen-visit-counter>`);
    const figures = el.shadowRoot!.querySelector('[part="figures"]')!;
    expect(getComputedStyle(figures).display).to.equal('flex');
    const [first, second] = el.shadowRoot!.querySelectorAll('[part="figure"]');
    expect(first.getBoundingClientRect().top).to.equal(second.getBoundingClientRect().top); // one line
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 25, 29)');
    await expect(el).to.be.accessible();
  });

  it('fits a narrow sidebar: labels and numbers stay inside 200 px', async () => {
    const box = await fixture(
      html`<div style="width: 200px"><sen-visit-counter .data=${STATS}></sen-visit-counter></div>`,
    );
    const el = box.querySelector('sen-visit-counter')!;
    await waitForState(el, 'ready');
    for (const value of el.shadowRoot!.querySelectorAll('dd')) {
      expect(value.getBoundingClientRect().right).to.be.at.most(box.getBoundingClientRect().right);
    }
  });

  it('is accessible while loading', async () => {
    const el = await fixture<SenVisitCounter>(
      html`<sen-visit-counter src=${fault({ id: uid(), delay: 1500, body: 'visit-stats' })}></sen-visit-counter>`,
    );
    expect(el.getAttribute('state')).to.equal('loading');
    expect(shadowText(el)).to.contain('Đang tải…');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('counts the visit with one POST per browser session and shows its answer', async () => {
    const hitId = uid();
    const srcId = uid();
    const hit = fault({ id: hitId, body: 'visit-stats' });
    const src = fault({ id: srcId, body: 'visit-stats-later' });
    const first = await counter(html`<sen-visit-counter hit=${hit} src=${src}></sen-visit-counter>`);
    expect(rows(first)[0][1]).to.equal('11.529'); // the POST's answer
    const again = await counter(html`<sen-visit-counter hit=${hit} src=${src}></sen-visit-counter>`);
    expect(rows(again)[0][1]).to.equal('11.600'); // later pages read src
    expect(await requestsSeen(hitId)).to.deep.equal({ count: 1, methods: ['POST'] });
    expect((await requestsSeen(srcId)).methods).to.deep.equal(['GET']);
  });

  it("with hit and no src, keeps showing the session's answer on later pages", async () => {
    const hitId = uid();
    const hit = fault({ id: hitId, body: 'visit-stats' });
    await counter(html`<sen-visit-counter hit=${hit}></sen-visit-counter>`);
    const later = await counter(html`<sen-visit-counter hit=${hit}></sen-visit-counter>`);
    expect(rows(later)[0][1]).to.equal('11.529');
    expect((await requestsSeen(hitId)).count).to.equal(1);
  });
});

describe('<sen-visit-counter> lang property', () => {
  it('switches language when the lang property is set from script', async () => {
    const el = await fixture<SenVisitCounter>(html`<sen-visit-counter .data=${STATS}></sen-visit-counter>`);
    await waitForState(el, 'ready');
    el.lang = 'en';
    await el.updateComplete;
    await el.updateComplete;
    expect(rows(el)[0]).to.deep.equal(['Total visits', '11,529']);
    expect(el.getAttribute('lang')).to.equal('en');
  });
});
