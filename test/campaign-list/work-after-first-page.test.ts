// The list shows its first page before it has a search index or a sorted list (both are made in
// idle time afterwards). Whatever a visitor does before that work is done must give the results
// it gives after.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/campaign-list.js';
import type { SenCampaignList } from '../../src/campaign-list.js';

const titles = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part="item-link"]')].map((link) => link.textContent!.trim());
const count = (el: Element) => el.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim();
const title = (n: number) => `Phong trào thi đua số ${n}: xây dựng nông thôn mới`;

function generated(total: number) {
  return Array.from({ length: total }, (_, i) => ({
    id: i + 1,
    title: title(i + 1),
    startDate: `20${String(10 + (i % 16)).padStart(2, '0')}-01-01`,
    status: 'ongoing',
  }));
}

/** A list given its data, with its first page rendered and nothing run in idle time yet. */
async function justShown(data: unknown, attributes: Record<string, string> = {}): Promise<SenCampaignList> {
  const box = await fixture(html`<div></div>`);
  const el = document.createElement('sen-campaign-list');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = data;
  box.append(el);
  await el.updateComplete;
  expect(el.getAttribute('state')).to.equal('ready');
  return el;
}

async function search(el: SenCampaignList, text: string): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

async function chooseSort(el: SenCampaignList, value: string): Promise<void> {
  const select = [...el.shadowRoot!.querySelectorAll('[part="filter"]')]
    .find((field) => field.textContent!.includes('Sắp xếp'))!
    .querySelector('select')!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function goToPage(el: SenCampaignList, n: number): Promise<void> {
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="page"]')]
    .find((button) => button.textContent!.trim() === String(n))!
    .click();
  await el.updateComplete;
}

/** Lets the idle-time work run to its end. */
const idleWorkDone = () => new Promise((resolve) => setTimeout(resolve, 1500));

describe('<sen-campaign-list> before its idle-time work is done', () => {
  it('answers a search typed at once with the same results as later', async () => {
    const el = await justShown({ campaigns: generated(10_000) });
    await search(el, 'so 9999');
    expect(titles(el)).to.deep.equal([title(9999)]);
    await search(el, 'số 99');
    expect(count(el)).to.equal('111 phong trào'); // 99, 990–999, 9900–9999
    const early = titles(el);
    await idleWorkDone();
    await search(el, '');
    await search(el, 'số 99');
    expect(titles(el)).to.deep.equal(early);
    expect(count(el)).to.equal('111 phong trào');
  });

  it('keeps the order when the sort changes at once, on every page', async () => {
    const el = await justShown(generated(30), { 'page-size': '10' });
    await chooseSort(el, 'title');
    // Vietnamese order compares "số 1:" before "số 10": punctuation before digits.
    const firstPage = [1, 10, 11, 12, 13, 14, 15, 16, 17, 18].map(title);
    const secondPage = [19, 2, 20, 21, 22, 23, 24, 25, 26, 27].map(title);
    expect(titles(el)).to.deep.equal(firstPage);
    await goToPage(el, 2);
    expect(titles(el)).to.deep.equal(secondPage);
    await idleWorkDone();
    await goToPage(el, 1);
    expect(titles(el)).to.deep.equal(firstPage);
    await goToPage(el, 2);
    expect(titles(el)).to.deep.equal(secondPage);
  });

  it('sorts the results of a search typed at once, with a sort chosen at once', async () => {
    const el = await justShown(generated(10_000), { 'page-size': '4' });
    await chooseSort(el, 'title');
    await search(el, 'so 99');
    expect(titles(el)).to.deep.equal([99, 990, 9900, 9901].map(title));
    await chooseSort(el, 'newest');
    // Newest first, ties by title.
    const newest = titles(el);
    await idleWorkDone();
    await search(el, '');
    await search(el, 'so 99');
    expect(titles(el)).to.deep.equal(newest);
  });
});
