// Run by browsers started with "prefers reduced motion" on (see web-test-runner.config.mjs), the
// way a visitor's system setting reaches the page.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/visit-counter.js';
import type { SenVisitCounter } from '../../src/visit-counter.js';
import { waitForState } from '../support/helpers.js';

const STATS = { total: 11529, today: 342, online: 17 };

describe('<sen-visit-counter animate> for a visitor who prefers reduced motion', () => {
  it('draws a changed figure at once: nothing moves', async () => {
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    const el = await fixture<SenVisitCounter>(html`<sen-visit-counter animate .data=${STATS}></sen-visit-counter>`);
    await waitForState(el, 'ready');
    // The opt-in code is there: what keeps the figure still is the visitor's setting.
    await waitUntil(() => (el as unknown as { countUp?: object }).countUp, 'the count-up code never arrived');
    el.data = { ...STATS, total: 12529 };
    await el.updateComplete;
    const frames = new Set<string>();
    const until = performance.now() + 400;
    while (performance.now() < until) {
      frames.add(el.shadowRoot!.querySelector('[data-figure="total"] dd')!.textContent!.trim());
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    expect([...frames]).to.deep.equal(['12.529']);
  });
});
