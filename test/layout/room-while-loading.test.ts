// While a widget loads, it keeps room for what its data will show (from its attributes), so the
// text of the page below it does not jump when the data arrives.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { fault, uid, waitForState } from '../support/helpers.js';

const slow = (body: string) => fault({ id: uid(), delay: 800, body });

/** The widget and a paragraph below it in a column, measured while loading and once ready. */
async function whileLoadingAndReady(widget: TemplateResult, width: number) {
  const page = await fixture(
    html`<div style="width: ${width}px">
      ${widget}
      <p>Đoạn văn của trang.</p>
    </div>`,
  );
  const el = page.firstElementChild!;
  const below = page.querySelector('p')!;
  await waitForState(el, 'loading');
  const loading = { height: el.getBoundingClientRect().height, below: below.getBoundingClientRect().top };
  await waitForState(el, 'ready');
  const ready = { height: el.getBoundingClientRect().height, below: below.getBoundingClientRect().top };
  return { loading, ready };
}

describe('room kept while loading', () => {
  // Each where it is made for: the lists and the gallery in a page's content, the compact list and
  // the counter in a sidebar.
  const cases: [string, number, TemplateResult][] = [
    [
      'a campaign list of 5 a page',
      720,
      html`<sen-campaign-list page-size="5" src=${slow('campaigns-seed')}></sen-campaign-list>`,
    ],
    [
      'a compact campaign list of 3 a page',
      300,
      html`<sen-campaign-list layout="compact" page-size="3" src=${slow('campaigns-seed')}></sen-campaign-list>`,
    ],
    ['a gallery of 12 cards', 720, html`<sen-exemplar-gallery src=${slow('exemplars-sample')}></sen-exemplar-gallery>`],
    ['a visit counter', 300, html`<sen-visit-counter src=${slow('visit-stats')}></sen-visit-counter>`],
  ];

  for (const [what, width, widget] of cases) {
    it(`${what}, ${width} px wide: the page below moves by less than a fifth of its height when the data arrives`, async () => {
      const { loading, ready } = await whileLoadingAndReady(widget, width);
      expect(Math.abs(ready.below - loading.below), JSON.stringify({ loading, ready })).to.be.below(ready.height / 5);
    });
  }

  it('keeps room for as many items as page-size says, hidden from assistive technology', async () => {
    const small = await fixture(
      html`<sen-campaign-list
        page-size="2"
        src=${fault({ id: uid(), delay: 2000, body: 'campaigns-seed' })}
      ></sen-campaign-list>`,
    );
    const large = await fixture(
      html`<sen-campaign-list
        page-size="8"
        src=${fault({ id: uid(), delay: 2000, body: 'campaigns-seed' })}
      ></sen-campaign-list>`,
    );
    expect(large.getBoundingClientRect().height).to.be.above(small.getBoundingClientRect().height * 2);
    expect(large.shadowRoot!.querySelector('[aria-hidden="true"]')!.textContent!.trim()).to.equal('');
    await expect(large).to.be.accessible();
  });
});
