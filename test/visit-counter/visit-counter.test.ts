import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { useFakeTimers } from 'sinon';
import '../../src/visit-counter.js';
import type { SenVisitCounter } from '../../src/visit-counter.js';
import {
  fault,
  fastRetries,
  requestsSeen,
  restoreSettings,
  shadowText,
  sleep,
  uid,
  waitForState,
} from '../support/helpers.js';

const STATS = { total: 11529, today: 342, online: 17, yesterday: 401, month: 9120, updatedAt: '2026-11-26T06:00:00Z' };

const rows = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part="figure"]')].map((row) => [
    row.querySelector('dt')!.textContent!.trim(),
    row.querySelector('dd')!.textContent!.trim(),
  ]);

/** What is drawn for a figure (the count-up's frame while it runs), not what screen readers get. */
const drawn = (el: Element, key: string) => {
  const value = el.shadowRoot!.querySelector(`[data-figure="${key}"] dd`)!;
  return (value.querySelector('[aria-hidden="true"]') ?? value).textContent!.trim();
};
/** What a screen reader reads for a figure: the text not hidden from it. */
const spoken = (el: Element, key: string) => {
  const value = el.shadowRoot!.querySelector(`[data-figure="${key}"] dd`)!.cloneNode(true) as Element;
  value.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return value.textContent!.trim();
};

async function counter(template: ReturnType<typeof html>): Promise<SenVisitCounter> {
  const el = await fixture<SenVisitCounter>(template);
  await waitForState(el, 'ready');
  return el;
}

/** Every frame's drawn value of a figure for `ms` milliseconds. */
async function framesOf(el: Element, key: string, ms: number): Promise<string[]> {
  const seen: string[] = [];
  const until = performance.now() + ms;
  while (performance.now() < until) {
    seen.push(drawn(el, key));
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return seen;
}

const two = (n: number) => String(n).padStart(2, '0');

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

  it('says when the figures were updated, in the visitor’s time zone, in each language', async () => {
    const el = await counter(html`<sen-visit-counter .data=${STATS}></sen-visit-counter>`);
    // The visitor's clock, read without Intl: whatever zone this browser runs in.
    const at = new Date(STATS.updatedAt);
    const date = (day: number, month: number) => `${two(day)}/${two(month)}/${at.getFullYear()}`;
    const updated = () => el.shadowRoot!.querySelector('[part="updated"]')!.textContent!.trim();
    expect(updated()).to.equal(
      `Cập nhật lúc ${two(at.getHours())}:${two(at.getMinutes())}, ${date(at.getDate(), at.getMonth() + 1)}`,
    );
    expect(el.shadowRoot!.querySelector('[part="updated"] time')!.getAttribute('datetime')).to.equal(STATS.updatedAt);
    el.lang = 'en';
    await el.updateComplete;
    const hour12 = at.getHours() % 12 || 12;
    const meridiem = at.getHours() < 12 ? 'AM' : 'PM';
    expect(updated().replace(/\s/g, ' ')).to.equal(
      `Updated ${hour12}:${two(at.getMinutes())} ${meridiem}, ${date(at.getMonth() + 1, at.getDate())}`,
    );
    const without = await counter(html`<sen-visit-counter .data=${{ total: 5 }}></sen-visit-counter>`);
    expect(without.shadowRoot!.querySelector('[part="updated"]')).to.equal(null);
  });

  it('follows the page’s language switch: a lang change on an ancestor or on <html> re-renders it', async () => {
    const box = await fixture(
      html`<div lang="en-US">
        <p><sen-visit-counter .data=${STATS}></sen-visit-counter></p>
      </div>`,
    );
    const el = box.querySelector('sen-visit-counter')!;
    await waitForState(el, 'ready');
    expect(rows(el)[0]).to.deep.equal(['Total visits', '11,529']);
    box.setAttribute('lang', 'vi'); // a bilingual portal's switch, by script
    await waitUntil(() => rows(el)[0][0] === 'Lượt truy cập', 'the widget kept English');
    expect(rows(el)[0]).to.deep.equal(['Lượt truy cập', '11.529']);

    const page = document.documentElement;
    const pageLang = page.getAttribute('lang');
    const loose = await counter(html`<sen-visit-counter .data=${STATS}></sen-visit-counter>`);
    try {
      page.setAttribute('lang', 'en');
      await waitUntil(() => rows(loose)[0][0] === 'Total visits', 'the widget ignored <html lang>');
      expect(rows(el)[0][0]).to.equal('Lượt truy cập'); // its nearer ancestor still says vi
    } finally {
      if (pageLang === null) page.removeAttribute('lang');
      else page.setAttribute('lang', pageLang);
    }
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

  it('fetches its endpoint again after 60 seconds by default (a controlled clock), not before', async () => {
    const id = uid();
    const clock = useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const el = document.createElement('sen-visit-counter');
      el.src = fault({ id, body: 'visit-stats', after: 'visit-stats-later' });
      const loaded = oneEvent(el, 'sen-load');
      document.body.append(el);
      await loaded;
      expect(rows(el)[0][1]).to.equal('11.529');
      await clock.tickAsync(59_000);
      expect((await requestsSeen(id)).count).to.equal(1);
      const refreshed = oneEvent(el, 'sen-load');
      await clock.tickAsync(1_000);
      await refreshed;
      expect(rows(el)[0][1]).to.equal('11.600');
      expect((await requestsSeen(id)).count).to.equal(2);
      el.remove();
    } finally {
      clock.restore();
    }
  });

  it('announces updated figures politely and, without animate, draws the new number at once', async () => {
    const el = await counter(html`<sen-visit-counter .data=${STATS}></sen-visit-counter>`);
    expect(el.shadowRoot!.querySelector('[part="figures"]')!.getAttribute('aria-live')).to.equal('polite');
    el.data = { ...STATS, total: 12529 };
    await el.updateComplete;
    expect(new Set(await framesOf(el, 'total', 400))).to.deep.equal(new Set(['12.529']));
  });

  it('with animate, counts a changed figure up from the previous one, and screen readers hear the final number', async () => {
    const el = await counter(html`<sen-visit-counter animate .data=${STATS}></sen-visit-counter>`);
    expect(drawn(el, 'total')).to.equal('11.529'); // no count-up on first paint
    // The opt-in code arrives after the first paint (the first figures never count up anyway).
    await waitUntil(() => (el as unknown as { countUp?: object }).countUp, 'the count-up code never arrived');
    el.data = { ...STATS, total: 12529 };
    await el.updateComplete;
    expect(spoken(el, 'total')).to.equal('12.529');
    const frames = (await framesOf(el, 'total', 1200)).map((text) => Number(text.replace(/\./g, '')));
    const between = frames.filter((n) => n > 11529 && n < 12529);
    expect(between.length, `frames: ${frames.join(' ')}`).to.be.greaterThan(2);
    expect(frames).to.deep.equal([...frames].sort((a, b) => a - b)); // only upwards
    expect(frames.at(-1)).to.equal(12529);
    expect(rows(el)[0]).to.deep.equal(['Lượt truy cập', '12.529']);
    await expect(el).to.be.accessible();
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
    for (const value of el.shadowRoot!.querySelectorAll('dd, [part="updated"]')) {
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
});

/** A later page of the same browser session: an iframe shares sessionStorage, not this page's memory. */
async function nextPage(params: Record<string, string>): Promise<{ widget: SenVisitCounter; close: () => void }> {
  const frame = document.createElement('iframe');
  const absolute = (url: string) => new URL(url, location.href).href;
  const query = new URLSearchParams({
    tag: 'sen-visit-counter',
    refresh: '0',
    ...Object.fromEntries(
      Object.entries(params).map(([name, value]) => [name, ['src', 'hit'].includes(name) ? absolute(value) : value]),
    ),
  });
  frame.src = `/test/fixtures/widget-page.html?${query}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  let widget: SenVisitCounter | null = null;
  await waitUntil(() => (widget = frame.contentDocument!.querySelector('sen-visit-counter')), 'no widget in the page');
  await waitUntil(() => ['ready', 'error'].includes(widget!.getAttribute('state') ?? ''), 'the widget never settled');
  return { widget: widget!, close: () => frame.remove() };
}

describe('<sen-visit-counter hit>: one visit counted per browser session', () => {
  beforeEach(fastRetries);
  afterEach(restoreSettings);

  it('POSTs once, shows its answer on that page, and later pages read src', async () => {
    const hitId = uid();
    const srcId = uid();
    const hit = fault({ id: hitId, body: 'visit-stats' });
    const src = fault({ id: srcId, body: 'visit-stats-later' });
    const first = await nextPage({ hit, src });
    expect(rows(first.widget)[0][1]).to.equal('11.529'); // the POST's answer, this visit included
    const second = await nextPage({ hit, src });
    expect(rows(second.widget)[0][1]).to.equal('11.600'); // later pages read src
    expect(await requestsSeen(hitId)).to.deep.equal({ count: 1, methods: ['POST'] });
    expect((await requestsSeen(srcId)).methods).to.deep.equal(['GET']);
    first.close();
    second.close();
  });

  it('counts the visit with inline JSON, with .data, and with loading="lazy" far below the fold', async () => {
    const inlineHit = uid();
    const page = await nextPage({ hit: fault({ id: inlineHit, raw: '{"ok":true}' }), inline: JSON.stringify(STATS) });
    expect(rows(page.widget)[0][1]).to.equal('11.529'); // the inline figures
    expect(await requestsSeen(inlineHit)).to.deep.equal({ count: 1, methods: ['POST'] });
    page.close();

    const dataHit = uid();
    await counter(
      html`<sen-visit-counter hit=${fault({ id: dataHit, raw: 'OK' })} .data=${STATS}></sen-visit-counter>`,
    );
    await waitUntil(async () => (await requestsSeen(dataHit)).count === 1, 'no POST with .data');

    const lazyHit = uid();
    const lazySrc = uid();
    const box = await fixture(
      html`<div>
        <div style="height: 5000px"></div>
        <sen-visit-counter
          loading="lazy"
          hit=${fault({ id: lazyHit, raw: '{"ok":true}' })}
          src=${fault({ id: lazySrc, body: 'visit-stats' })}
        ></sen-visit-counter>
      </div>`,
    );
    await waitUntil(async () => (await requestsSeen(lazyHit)).count === 1, 'no POST while lazy');
    expect((await requestsSeen(lazySrc)).count).to.equal(0); // the figures still wait for the viewport
    box.remove();
  });

  it('takes any 2xx answer that is not statistics as counted, and shows src without an error', async () => {
    for (const raw of ['{"ok":true}', 'OK', '']) {
      const hitId = uid();
      let errors = 0;
      const el = document.createElement('sen-visit-counter');
      el.addEventListener('sen-error', () => errors++);
      el.hit = fault({ id: hitId, raw, type: 'text/plain' });
      el.src = fault({ id: uid(), body: 'visit-stats-later' });
      document.body.append(el);
      await waitForState(el, 'ready');
      expect(rows(el)[0][1], `hit answered ${JSON.stringify(raw)}`).to.equal('11.600');
      expect(el.shadowRoot!.querySelector('[part="retry"]')).to.equal(null);
      expect(errors).to.equal(0);
      el.remove();
    }
  });

  it('tries a failed hit again on the next page, never twice on one page', async () => {
    const hitId = uid();
    const hit = fault({ id: hitId, status: '500,200', body: 'visit-stats' });
    const src = fault({ id: uid(), body: 'visit-stats-later' });
    const first = await nextPage({ hit, src });
    expect(first.widget.getAttribute('state')).to.equal('ready'); // the figures come from src
    expect(rows(first.widget)[0][1]).to.equal('11.600');
    first.widget.reload();
    await sleep(300);
    expect((await requestsSeen(hitId)).count).to.equal(1); // not retried on the same page
    const second = await nextPage({ hit, src });
    expect(rows(second.widget)[0][1]).to.equal('11.529'); // counted now, and its answer shown
    const third = await nextPage({ hit, src });
    expect(rows(third.widget)[0][1]).to.equal('11.600');
    expect((await requestsSeen(hitId)).count).to.equal(2);
    [first, second, third].forEach((page) => page.close());
  });

  it("with hit and no src, keeps showing the session's answer on later pages", async () => {
    const hitId = uid();
    const hit = fault({ id: hitId, body: 'visit-stats' });
    const first = await nextPage({ hit });
    const later = await nextPage({ hit });
    expect(rows(later.widget)[0][1]).to.equal('11.529');
    expect((await requestsSeen(hitId)).count).to.equal(1);
    first.close();
    later.close();
  });

  it('with hit and no src, says to set src when the answer holds no statistics', async () => {
    const el = await fixture<SenVisitCounter>(
      html`<sen-visit-counter hit=${fault({ id: uid(), raw: '{"ok":true}' })}></sen-visit-counter>`,
    );
    await waitForState(el, 'error');
    expect(shadowText(el)).to.contain('Tiện ích chưa được cấu hình');
  });
});

describe('<sen-visit-counter> lang property', () => {
  it('switches language when the lang property is set from script', async () => {
    const el = await fixture<SenVisitCounter>(html`<sen-visit-counter .data=${STATS}></sen-visit-counter>`);
    await waitForState(el, 'ready');
    el.lang = 'en';
    await el.updateComplete;
    expect(rows(el)[0]).to.deep.equal(['Total visits', '11,529']);
    expect(el.getAttribute('lang')).to.equal('en');
  });
});
