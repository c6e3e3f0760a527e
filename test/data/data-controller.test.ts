import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/visit-counter.js';
import type { SenVisitCounter } from '../../src/visit-counter.js';
import { settings } from '../../src/data/settings.js';
import {
  collectWarnings,
  fault,
  fastRetries,
  requestsSeen,
  restoreSettings,
  shadowText,
  sleep,
  uid,
  waitForState,
  firstEventOf,
} from '../support/helpers.js';

const STATS = { total: 11529, today: 342, online: 17, yesterday: 401, month: 9120 };
const figure = (el: Element, key: string) =>
  el.shadowRoot!.querySelector(`[data-figure="${key}"] dd`)?.textContent?.trim();

describe('data sources and their precedence', () => {
  beforeEach(fastRetries);
  afterEach(restoreSettings);

  it('fetches src (a relative URL resolves against the page) and renders', async () => {
    const id = uid();
    const src = fault({ id, body: 'visit-stats' }).slice(1); // "faults/respond?…", relative
    const el = await fixture<SenVisitCounter>(html`<sen-visit-counter src=${src}></sen-visit-counter>`);
    await waitForState(el, 'ready');
    expect(figure(el, 'total')).to.equal('11.529');
    expect((await requestsSeen(id)).count).to.equal(1);
  });

  it('uses .data and fetches nothing, even with a src', async () => {
    const id = uid();
    const el = await fixture<SenVisitCounter>(
      html`<sen-visit-counter .data=${STATS} src=${fault({ id, body: 'visit-stats-later' })}></sen-visit-counter>`,
    );
    await waitForState(el, 'ready');
    expect(figure(el, 'today')).to.equal('342');
    await sleep(200);
    expect((await requestsSeen(id)).count).to.equal(0);
  });

  it('uses inline JSON when there is no .data, and fetches nothing', async () => {
    const id = uid();
    const el = await fixture<SenVisitCounter>(html`
      <sen-visit-counter src=${fault({ id, body: 'visit-stats-later' })}>
        <script type="application/json">
          { "total": 5, "today": 2 }
        </script>
      </sen-visit-counter>
    `);
    await waitForState(el, 'ready');
    expect(figure(el, 'total')).to.equal('5');
    await sleep(200);
    expect((await requestsSeen(id)).count).to.equal(0);
  });

  it('reads a JSON child added after the element upgraded, and follows edits to it', async () => {
    // A page that loads the library with `async`, or a CMS that injects the data late.
    const el = await fixture<SenVisitCounter>(html`<sen-visit-counter></sen-visit-counter>`);
    await waitForState(el, 'error'); // nothing yet: the config error
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{ "total": 7 }';
    el.append(script);
    await waitForState(el, 'ready');
    expect(figure(el, 'total')).to.equal('7');
    script.textContent = '{ "total": 8 }';
    await waitUntil(() => figure(el, 'total') === '8', 'the edited JSON was not read');
  });

  it('prefers .data over inline JSON', async () => {
    const el = await fixture<SenVisitCounter>(html`
      <sen-visit-counter .data=${{ total: 7 }}
        ><script type="application/json">
          { "total": 5 }
        </script></sen-visit-counter
      >
    `);
    await waitForState(el, 'ready');
    expect(figure(el, 'total')).to.equal('7');
  });

  it('reports a config error that tells the webmaster what to set when there is no source', async () => {
    const el = document.createElement('sen-visit-counter');
    const event = oneEvent(el, 'sen-error');
    document.body.append(el);
    const { detail } = await event;
    expect(detail.error.kind).to.equal('config');
    expect(detail.error.message).to.contain('src');
    expect(el.getAttribute('state')).to.equal('error');
    expect(shadowText(el)).to.contain('hãy đặt thuộc tính src');
    expect(el.shadowRoot!.querySelector('button')).to.equal(null); // retrying cannot help
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('reports broken inline JSON as kind parse', async () => {
    const el = document.createElement('sen-visit-counter');
    el.innerHTML = '<script type="application/json">{ "total": </script>';
    const event = oneEvent(el, 'sen-error');
    document.body.append(el);
    expect((await event).detail.error.kind).to.equal('parse');
    el.remove();
  });

  it('never renders an answer to an old src once src changed', async () => {
    const slow = fault({ id: uid(), delay: 700, body: 'visit-stats' });
    const fast = fault({ id: uid(), body: 'visit-stats-later' });
    const el = await fixture<SenVisitCounter>(html`<sen-visit-counter src=${slow}></sen-visit-counter>`);
    el.src = fast;
    await waitForState(el, 'ready');
    expect(figure(el, 'total')).to.equal('11.600');
    await sleep(1000); // the slow answer has arrived by now
    expect(figure(el, 'total')).to.equal('11.600');
  });

  it('never renders an answer to src once .data was set', async () => {
    const el = await fixture<SenVisitCounter>(
      html`<sen-visit-counter src=${fault({ id: uid(), delay: 500, body: 'visit-stats' })}></sen-visit-counter>`,
    );
    el.data = { total: 3 };
    await waitForState(el, 'ready');
    await sleep(800);
    expect(figure(el, 'total')).to.equal('3');
  });
});

describe('one request per src', () => {
  it('shares one request between widgets naming the same src', async () => {
    const id = uid();
    const src = fault({ id, delay: 200, body: 'visit-stats' });
    const box = await fixture(
      html`<div>
        <sen-visit-counter src=${src}></sen-visit-counter>
        <sen-visit-counter src=${src} lang="en"></sen-visit-counter>
        <sen-visit-counter src=${src} layout="inline"></sen-visit-counter>
      </div>`,
    );
    const counters = [...box.querySelectorAll('sen-visit-counter')];
    await Promise.all(counters.map((c) => waitForState(c, 'ready')));
    expect(counters.map((c) => figure(c, 'total'))).to.deep.equal(['11.529', '11,529', '11.529']);
    expect((await requestsSeen(id)).count).to.equal(1);
  });

  it('shares the cached answer with a widget that arrives later', async () => {
    const id = uid();
    const src = fault({ id, body: 'visit-stats' });
    const first = await fixture(html`<sen-visit-counter src=${src}></sen-visit-counter>`);
    await waitForState(first, 'ready');
    const second = await fixture(html`<sen-visit-counter src=${src}></sen-visit-counter>`);
    await waitForState(second, 'ready');
    expect((await requestsSeen(id)).count).to.equal(1);
  });
});

describe('loading="lazy"', () => {
  it('fetches nothing until the element nears the viewport', async () => {
    const id = uid();
    const box = await fixture(
      html`<div style="height: 200px; overflow: auto">
        <div style="height: 5000px"></div>
        <sen-visit-counter loading="lazy" src=${fault({ id, body: 'visit-stats' })}></sen-visit-counter>
      </div>`,
    );
    const el = box.querySelector('sen-visit-counter')!;
    await sleep(400);
    expect((await requestsSeen(id)).count).to.equal(0);
    expect(el.getAttribute('state')).to.equal('loading');
    el.scrollIntoView();
    await waitForState(el, 'ready');
    expect((await requestsSeen(id)).count).to.equal(1);
  });
});

describe('refresh', () => {
  beforeEach(fastRetries);
  afterEach(restoreSettings);

  it('re-fetches every `refresh` seconds and shows the new figures', async () => {
    const id = uid();
    const el = await fixture<SenVisitCounter>(
      html`<sen-visit-counter
        refresh="1"
        src=${fault({ id, body: 'visit-stats', after: 'visit-stats-later' })}
      ></sen-visit-counter>`,
    );
    await waitForState(el, 'ready');
    expect(figure(el, 'total')).to.equal('11.529');
    const next = oneEvent(el, 'sen-load');
    await next;
    expect(figure(el, 'total')).to.equal('11.600');
    expect(el.getAttribute('state')).to.equal('ready');
  });

  it('fetches once with refresh="0"', async () => {
    const id = uid();
    const el = await fixture(
      html`<sen-visit-counter refresh="0" src=${fault({ id, body: 'visit-stats' })}></sen-visit-counter>`,
    );
    await waitForState(el, 'ready');
    await sleep(1500);
    expect((await requestsSeen(id)).count).to.equal(1);
  });

  it('pauses while the page is hidden and catches up when it shows again', async () => {
    const id = uid();
    const el = await fixture(
      html`<sen-visit-counter refresh="1" src=${fault({ id, body: 'visit-stats' })}></sen-visit-counter>`,
    );
    await waitForState(el, 'ready');
    // The host page goes to a background tab.
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
    try {
      await sleep(1600);
      expect((await requestsSeen(id)).count).to.equal(1);
    } finally {
      delete (document as { hidden?: boolean }).hidden;
      document.dispatchEvent(new Event('visibilitychange'));
    }
    await oneEvent(el, 'sen-load');
    expect((await requestsSeen(id)).count).to.equal(2);
  });

  it('stops when the element leaves the page', async () => {
    const id = uid();
    const el = await fixture(
      html`<sen-visit-counter refresh="1" src=${fault({ id, body: 'visit-stats' })}></sen-visit-counter>`,
    );
    await waitForState(el, 'ready');
    el.remove();
    await sleep(1600);
    expect((await requestsSeen(id)).count).to.equal(1);
  });
});

describe('failures, kept copies and events', () => {
  beforeEach(fastRetries);
  afterEach(restoreSettings);

  it('fires sen-load with the data and the dropped records; it bubbles out of the shadow DOM', async () => {
    const box = await fixture(html`<div></div>`);
    const el = document.createElement('sen-visit-counter');
    el.data = { total: 10, today: -1, online: 'many' };
    const event = oneEvent(box, 'sen-load');
    const warnings = await collectWarnings(async () => {
      box.append(el);
      await waitForState(el, 'ready');
    });
    const { detail, composed, bubbles } = await event;
    expect({ composed, bubbles }).to.deep.equal({ composed: true, bubbles: true });
    expect(detail.data).to.deep.equal({ total: 10 });
    expect(detail.dropped).to.deep.equal([
      { index: null, path: 'today', reason: 'expected a whole number ≥ 0, got -1' },
      { index: null, path: 'online', reason: 'expected a whole number ≥ 0, got string' },
    ]);
    expect(warnings).to.include('sen-visit-counter: today: expected a whole number ≥ 0, got -1');
    expect(figure(el, 'total')).to.equal('10');
    expect(figure(el, 'today')).to.equal(undefined);
  });

  it('reports a document of the wrong shape as kind schema, with a localized message', async () => {
    const { el, detail } = await firstEventOf<SenVisitCounter>(
      html`<sen-visit-counter lang="en" src=${fault({ id: uid(), raw: '{"visits": 3}' })}></sen-visit-counter>`,
      'sen-error',
    );
    expect(detail.error.kind).to.equal('schema');
    await waitForState(el, 'error');
    expect(shadowText(el)).to.contain('not in the expected format');
  });

  it('reports HTTP errors with their status, and offers a retry that works', async () => {
    const id = uid();
    const el = await fixture<SenVisitCounter>(
      html`<sen-visit-counter src=${fault({ id, status: '404,200', body: 'visit-stats' })}></sen-visit-counter>`,
    );
    const { detail } = await oneEvent(el, 'sen-error');
    expect(detail.error).to.deep.include({ kind: 'http', status: 404 });
    await waitForState(el, 'error');
    expect(shadowText(el)).to.contain('Nguồn dữ liệu báo lỗi');
    expect(shadowText(el)).not.to.match(/\bat \w+ \(|Error:/); // no stack trace
    await expect(el).to.be.accessible();
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="retry"]')!;
    expect(retry.textContent).to.equal('Thử lại');
    retry.click();
    await waitForState(el, 'ready');
    expect(figure(el, 'total')).to.equal('11.529');
  });

  it('reports a timeout when the server never finishes', async () => {
    settings.timeout = 700;
    const el = await fixture(html`<sen-visit-counter src=${fault({ id: uid() }, 'endless')}></sen-visit-counter>`);
    const { detail } = await oneEvent(el, 'sen-error');
    expect(detail.error.kind).to.equal('timeout');
    expect(shadowText(el)).to.contain('không trả lời kịp');
  });

  it('keeps showing the data, marked stale, when a refresh fails', async () => {
    const id = uid();
    const el = await fixture<SenVisitCounter>(
      html`<sen-visit-counter
        refresh="1"
        src=${fault({ id, status: '200,500', body: 'visit-stats' })}
      ></sen-visit-counter>`,
    );
    await waitForState(el, 'ready');
    const { detail } = await oneEvent(el, 'sen-error');
    expect(detail.error.kind).to.equal('http');
    await el.updateComplete;
    expect(el.hasAttribute('stale')).to.equal(true);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(figure(el, 'total')).to.equal('11.529');
    expect(el.shadowRoot!.querySelector('[part="stale-note"]')!.textContent).to.contain(
      'Thông tin có thể chưa được cập nhật',
    );
    await expect(el).to.be.accessible();
  });

  it('on a later visit, shows the copy kept from an earlier one when the endpoint fails', async () => {
    // Two real page loads (iframes share localStorage, not memory): the first fetches and keeps a
    // copy, the second finds the endpoint failing.
    const id = uid();
    const src = new URL(fault({ id, status: '200,500', body: 'visit-stats' }), location.href).href;
    const visit = async () => {
      const frame = document.createElement('iframe');
      frame.src = `/test/fixtures/widget-page.html?tag=sen-visit-counter&refresh=0&src=${encodeURIComponent(src)}`;
      document.body.append(frame);
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const widget = () => frame.contentDocument!.querySelector('sen-visit-counter');
      await waitForState(await waitForElement(widget), 'ready');
      return { frame, widget: widget()! };
    };
    const first = await visit();
    expect(first.widget.hasAttribute('stale')).to.equal(false);
    first.frame.remove();
    const second = await visit();
    await waitForAttribute(second.widget, 'stale');
    expect(shadowText(second.widget)).to.contain('11.529');
    expect(shadowText(second.widget)).to.contain('Thông tin có thể chưa được cập nhật');
    expect((await requestsSeen(id)).count).to.equal(1 + 3); // one good answer, then a 500 retried twice
    second.frame.remove();
  });
});

async function waitForElement<T>(find: () => T | null): Promise<NonNullable<T>> {
  for (let i = 0; i < 100; i++) {
    const found = find();
    if (found) return found;
    await sleep(50);
  }
  throw new Error('element never appeared');
}

async function waitForAttribute(el: Element, name: string): Promise<void> {
  for (let i = 0; i < 160 && !el.hasAttribute(name); i++) await sleep(50);
  expect(el.hasAttribute(name), `${name} attribute`).to.equal(true);
}

describe('leaving and rejoining the page', () => {
  it('removed mid-fetch: no error is reported, and back on the page it loads', async () => {
    const id = uid();
    const box = await fixture(html`<div></div>`);
    const el = document.createElement('sen-visit-counter');
    el.src = fault({ id, delay: 400, body: 'visit-stats' });
    let errors = 0;
    el.addEventListener('sen-error', () => errors++);
    box.append(el);
    await el.updateComplete;
    el.remove(); // a CMS moving the widget, or a single-page app changing views
    await sleep(600);
    expect(errors).to.equal(0);
    box.append(el);
    await waitForState(el, 'ready');
    expect(errors).to.equal(0);
    expect(figure(el, 'total')).to.equal('11.529');
  });
});
