import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SenExemplarGallery } from '../../src/exemplar-gallery.js';
import { cardButton, counter, dialog, dialogName, gallery, names, part, search } from './support.js';

/** Exemplars 1…n, named so that the search can pick some out. */
const people = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `p${i + 1}`,
    name: `Người thứ ${i + 1} ${i % 2 ? 'Nguyễn' : 'Trần'}`,
    year: 2020 + (i % 3),
  }));
const name = (n: number) => people(n)[n - 1].name;
const pager = (el: Element) => part(el, 'pager');
const currentPage = (el: Element) => pager(el)!.querySelector('[aria-current="page"]')!.textContent!.trim();
const pageButton = (el: Element, label: string) =>
  [...pager(el)!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === label)!;
const closed = (el: SenExemplarGallery) => oneEvent(dialog(el), 'close');

describe('<sen-exemplar-gallery> pages', () => {
  afterEach(() => history.replaceState(history.state, '', location.pathname + location.search));

  it('shows page-size cards (12 by default) with a pager, and the count of all', async () => {
    const el = await gallery(html`<sen-exemplar-gallery .data=${people(30)}></sen-exemplar-gallery>`);
    expect(names(el)).to.deep.equal(people(12).map((p) => p.name));
    expect(part(el, 'count')!.textContent).to.equal('30 gương điển hình');
    expect(pager(el)!.getAttribute('aria-label')).to.equal('Phân trang');
    expect(pager(el)!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('Trang 1 trên 3');
    await expect(el).to.be.accessible();

    const five = await gallery(html`<sen-exemplar-gallery page-size="5" .data=${people(30)}></sen-exemplar-gallery>`);
    expect(names(five)).to.have.length(5);
    expect(pager(five)!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('Trang 1 trên 6');
  });

  it('turns pages from the keyboard, moving focus to the top of the new page', async () => {
    const el = await gallery(html`<sen-exemplar-gallery .data=${people(30)}></sen-exemplar-gallery>`);
    pageButton(el, 'Sau ›').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(currentPage(el)).to.equal('2');
    expect(names(el)[0]).to.equal(name(13));
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'grid'));
    await expect(el).to.be.accessible();
  });

  it('starts again from the first page when the search changes', async () => {
    const el = await gallery(html`<sen-exemplar-gallery .data=${people(30)}></sen-exemplar-gallery>`);
    pageButton(el, '3').click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal([25, 26, 27, 28, 29, 30].map(name));
    await search(el, 'nguyen');
    expect(part(el, 'count')!.textContent).to.equal('15 gương điển hình');
    expect(currentPage(el)).to.equal('1');
    expect(names(el)[0]).to.equal(name(2));
  });

  it('steps through every result across pages with the arrows; the page follows, focus returns to the card shown', async () => {
    const el = await gallery(html`<sen-exemplar-gallery .data=${people(30)}></sen-exemplar-gallery>`);
    cardButton(el, name(12)).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(el).open, 'Enter did not open the dialog');
    expect(counter(el)).to.equal('12 / 30');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect([counter(el), dialogName(el)]).to.deep.equal(['13 / 30', name(13)]);
    expect(currentPage(el)).to.equal('2');
    expect(names(el)).to.include(name(13));
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect([counter(el), currentPage(el)]).to.deep.equal(['11 / 30', '1']);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect([counter(el), currentPage(el)]).to.deep.equal(['14 / 30', '2']);
    const closing = closed(el);
    await sendKeys({ press: 'Escape' });
    await closing;
    expect(el.shadowRoot!.activeElement).to.equal(cardButton(el, name(14))); // the opener's page is gone
  });

  it('wraps around from the first result to the last, on the last page', async () => {
    const el = await gallery(html`<sen-exemplar-gallery .data=${people(30)}></sen-exemplar-gallery>`);
    cardButton(el, name(1)).click();
    await el.updateComplete;
    part<HTMLButtonElement>(el, 'previous')!.click();
    await el.updateComplete;
    expect([counter(el), dialogName(el), currentPage(el)]).to.deep.equal(['30 / 30', name(30), '3']);
    part<HTMLButtonElement>(el, 'next')!.click();
    await el.updateComplete;
    expect([counter(el), currentPage(el)]).to.deep.equal(['1 / 30', '1']);
  });

  it('opens a deep-linked record on a later page, on its page', async () => {
    history.replaceState(history.state, '', `${location.pathname}${location.search}#exemplar-p27`);
    const el = await gallery(html`<sen-exemplar-gallery deep-link .data=${people(30)}></sen-exemplar-gallery>`);
    await waitUntil(() => dialog(el).open, 'the hash did not open the record');
    expect([counter(el), dialogName(el), currentPage(el)]).to.deep.equal(['27 / 30', name(27), '3']);
  });

  it('answers a search typed at once, before its index is made, with the same results as later', async () => {
    const box = await fixture(html`<div></div>`);
    const el = document.createElement('sen-exemplar-gallery');
    el.data = people(5000);
    box.append(el);
    await el.updateComplete;
    await search(el, 'thu 4999');
    expect(names(el)).to.deep.equal([name(4999)]);
    await search(el, 'nguyen 49');
    const early = [names(el), part(el, 'count')!.textContent];
    expect(early[1]).to.equal('55 gương điển hình'); // the even numbers (the Nguyễns) among 490–499 and 4900–4999
    await new Promise((resolve) => setTimeout(resolve, 1500)); // the index is made in idle time
    await search(el, '');
    await search(el, 'nguyen 49');
    expect([names(el), part(el, 'count')!.textContent]).to.deep.equal(early);
  });
});
