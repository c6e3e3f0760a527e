import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { SenExemplarGallery } from '../../src/exemplar-gallery.js';
import {
  SAMPLE,
  SAMPLE_NAMES,
  cardButton,
  choose,
  counter,
  counterText,
  dialog,
  dialogName,
  gallery,
  openDialog,
  part,
} from './support.js';

const pageUrl = () => location.pathname + location.search;
const clearHash = () => history.replaceState(history.state, '', pageUrl());

/** Waits for the dialog's `close` event (native closing is asynchronous). */
const closed = (el: SenExemplarGallery) => oneEvent(dialog(el), 'close');

const focused = (el: SenExemplarGallery) => el.shadowRoot!.activeElement;

function touchSwipe(target: Element, from: [number, number], to: [number, number], pointerType = 'touch'): void {
  const init = { bubbles: true, composed: true, pointerId: 7, pointerType, isPrimary: true };
  target.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: from[0], clientY: from[1] }));
  target.dispatchEvent(
    new PointerEvent('pointermove', { ...init, clientX: (from[0] + to[0]) / 2, clientY: (from[1] + to[1]) / 2 }),
  );
  target.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: to[0], clientY: to[1] }));
}

describe('<sen-exemplar-gallery> detail dialog', () => {
  afterEach(async () => {
    clearHash();
    await resetMouse();
  });

  it('opens a modal dialog, labelled by the name, with the full record', async () => {
    const el = await gallery(html`<sen-exemplar-gallery src=${SAMPLE}></sen-exemplar-gallery>`);
    await openDialog(el, 'Nguyễn Văn An');
    const box = dialog(el);
    expect(box.open).to.equal(true);
    expect(box.matches(':modal')).to.equal(true);
    const label = el.shadowRoot!.getElementById(box.getAttribute('aria-labelledby')!)!;
    expect(label.textContent).to.equal('Nguyễn Văn An');
    const facts = [...box.querySelectorAll('[part="facts"] > div')].map((row) => [
      row.querySelector('dt')!.textContent!.trim(),
      (row.querySelector('dd') as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
    ]);
    expect(facts).to.deep.equal([
      ['Chức vụ', 'Chủ tịch UBND xã'],
      ['Đơn vị', 'Xã Mỹ Hòa Hưng'],
      ['Thành tích', 'Vận động nhân dân hiến 12.000 m² đất làm đường giao thông nông thôn.'],
      ['Khen thưởng', 'Bằng khen của Chủ tịch UBND tỉnh Quyết định số 123/QĐ-UBND ngày 01/05/2023'],
      ['Năm', '2023'],
    ]);
    expect(box.querySelector('.kind')!.textContent).to.equal('Cá nhân');
    const link = box.querySelector<HTMLAnchorElement>('[part="link"]')!;
    expect(link.href).to.equal('https://example.gov.vn/guong-dien-hinh/nguyen-van-an');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.textContent).to.equal('Xem thêm');
    expect(box.querySelector('img')!.getAttribute('alt')).to.equal('Ông Nguyễn Văn An tại trụ sở xã');
    const photo = box.querySelector('[part="photo"]')!.getBoundingClientRect();
    expect(photo.width).to.be.within(120, 16 * 16 + 1); // shown, at most 16rem wide
    expect(photo.height / photo.width).to.be.closeTo(4 / 3, 0.02);
    expect(counter(el)).to.equal('1 / 12');
    expect(focused(el)).to.equal(part(el, 'close'));
    await expect(el).to.be.accessible();
  });

  it('links a same-origin page without rel, and shows no link for an unsafe url', async () => {
    const el = await gallery(
      html`<sen-exemplar-gallery
        .data=${[
          { id: 1, name: 'Nguyễn Văn An', url: '/guong/an' },
          { id: 2, name: 'Trần Thị Bích', url: 'javascript:alert(1)' },
        ]}
      ></sen-exemplar-gallery>`,
    );
    await openDialog(el, 'Nguyễn Văn An');
    const link = dialog(el).querySelector<HTMLAnchorElement>('[part="link"]')!;
    expect(link.href).to.equal(`${location.origin}/guong/an`);
    expect(link.hasAttribute('rel')).to.equal(false);
    part(el, 'next')!.click();
    await el.updateComplete;
    expect(dialogName(el)).to.equal('Trần Thị Bích');
    expect(dialog(el).querySelector('[part="link"]')).to.equal(null);
    expect(el.shadowRoot!.innerHTML).not.to.contain('javascript:');
  });

  it('works from the keyboard: Enter opens, arrows step, Escape closes and focus returns to the card', async () => {
    const el = await gallery(html`<sen-exemplar-gallery src=${SAMPLE}></sen-exemplar-gallery>`);
    const third = cardButton(el, SAMPLE_NAMES[2]);
    third.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(el).open, 'Enter did not open the dialog');
    expect(counter(el)).to.equal('3 / 12');
    expect(dialogName(el)).to.equal(SAMPLE_NAMES[2]);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(counter(el)).to.equal('4 / 12');
    expect(dialogName(el)).to.equal(SAMPLE_NAMES[3]);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(counter(el)).to.equal('2 / 12');
    expect(dialogName(el)).to.equal(SAMPLE_NAMES[1]);
    const closing = closed(el);
    await sendKeys({ press: 'Escape' });
    await closing;
    expect(dialog(el).open).to.equal(false);
    expect(focused(el)).to.equal(third);
  });

  it('opens with Space too', async () => {
    const el = await gallery(html`<sen-exemplar-gallery src=${SAMPLE}></sen-exemplar-gallery>`);
    cardButton(el, SAMPLE_NAMES[4]).focus();
    await sendKeys({ press: ' ' });
    await waitUntil(() => dialog(el).open, 'Space did not open the dialog');
    expect(counter(el)).to.equal('5 / 12');
  });

  it('announces the place in the list politely: "3 / 12" and the name', async () => {
    const el = await gallery(html`<sen-exemplar-gallery src=${SAMPLE}></sen-exemplar-gallery>`);
    await openDialog(el, SAMPLE_NAMES[2]);
    const live = part(el, 'counter')!;
    expect(live.getAttribute('role')).to.equal('status');
    expect(counterText(el)).to.equal(`3 / 12 ${SAMPLE_NAMES[2]}`);
  });

  it('steps with the previous and next buttons, wrapping around the ends', async () => {
    const el = await gallery(html`<sen-exemplar-gallery lang="en" src=${SAMPLE}></sen-exemplar-gallery>`);
    await openDialog(el, SAMPLE_NAMES[11]);
    expect(counter(el)).to.equal('12 / 12');
    const next = part<HTMLButtonElement>(el, 'next')!;
    expect(next.textContent!.trim()).to.contain('Next');
    next.click();
    await el.updateComplete;
    expect(counter(el)).to.equal('1 / 12');
    expect(dialogName(el)).to.equal(SAMPLE_NAMES[0]);
    part<HTMLButtonElement>(el, 'previous')!.click();
    await el.updateComplete;
    expect(counter(el)).to.equal('12 / 12');
  });

  it('steps through the filtered cards only', async () => {
    const el = await gallery(html`<sen-exemplar-gallery src=${SAMPLE}></sen-exemplar-gallery>`);
    await choose(el, 'Đối tượng', 'collective');
    await openDialog(el, 'Đoàn Thanh niên xã Vĩnh Thạnh');
    expect(counter(el)).to.equal('2 / 3');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(dialogName(el)).to.equal('Tổ dân phố số 3');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect([counter(el), dialogName(el)]).to.deep.equal(['1 / 3', 'Hội Nông dân xã Mỹ Khánh']);
  });

  it('steps by a sideways swipe, not by a vertical one or a mouse drag', async () => {
    const el = await gallery(html`<sen-exemplar-gallery src=${SAMPLE}></sen-exemplar-gallery>`);
    await openDialog(el, SAMPLE_NAMES[5]);
    const sheet = dialog(el).querySelector('[part="detail-name"]')!;
    touchSwipe(sheet, [300, 200], [120, 210]);
    await el.updateComplete;
    expect(counter(el)).to.equal('7 / 12');
    touchSwipe(sheet, [120, 200], [300, 190]);
    touchSwipe(sheet, [120, 200], [300, 190]);
    await el.updateComplete;
    expect(counter(el)).to.equal('5 / 12');
    touchSwipe(sheet, [200, 100], [230, 400]); // scrolling, not swiping
    touchSwipe(sheet, [200, 200], [220, 200]); // too short
    touchSwipe(sheet, [300, 200], [100, 200], 'mouse'); // selecting text
    await el.updateComplete;
    expect(counter(el)).to.equal('5 / 12');
  });

  it('closes with the close button, and by a click on the backdrop, returning focus each time', async () => {
    const el = await gallery(html`<sen-exemplar-gallery src=${SAMPLE}></sen-exemplar-gallery>`);
    const card = await openDialog(el, SAMPLE_NAMES[1]);
    expect(part(el, 'close')!.getAttribute('aria-label')).to.equal('Đóng');
    let closing = closed(el);
    part<HTMLButtonElement>(el, 'close')!.click();
    await closing;
    expect(focused(el)).to.equal(card);
    await openDialog(el, SAMPLE_NAMES[1]);
    const box = dialog(el).getBoundingClientRect();
    expect(box.left).to.be.above(4); // room for a backdrop click
    closing = closed(el);
    await sendMouse({ type: 'click', position: [2, 2] });
    await closing;
    expect(focused(el)).to.equal(card);
    expect(el.shadowRoot!.querySelector('dialog')!.textContent!.trim()).to.equal(''); // nothing left inside
  });

  it('returns focus to the card that opened it, after stepping to others', async () => {
    const el = await gallery(html`<sen-exemplar-gallery src=${SAMPLE}></sen-exemplar-gallery>`);
    const opener = await openDialog(el, SAMPLE_NAMES[0]);
    part<HTMLButtonElement>(el, 'next')!.click();
    part<HTMLButtonElement>(el, 'next')!.click();
    await el.updateComplete;
    const closing = closed(el);
    dialog(el).close();
    await closing;
    expect(focused(el)).to.equal(opener);
  });

  it('fires a cancelable sen-select with the item; cancelling keeps the dialog closed', async () => {
    const el = await gallery(html`<sen-exemplar-gallery src=${SAMPLE}></sen-exemplar-gallery>`);
    const seen: CustomEvent[] = [];
    const onSelect = (event: Event) => {
      seen.push(event as CustomEvent);
      event.preventDefault();
    };
    document.addEventListener('sen-select', onSelect);
    try {
      await openDialog(el, 'Trần Thị Bích');
    } finally {
      document.removeEventListener('sen-select', onSelect);
    }
    expect(seen).to.have.length(1);
    expect(seen[0].detail.item).to.deep.include({ id: '2', name: 'Trần Thị Bích', photo: { src: 'photos/b.svg' } });
    expect([seen[0].bubbles, seen[0].composed, seen[0].cancelable]).to.deep.equal([true, true, true]);
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    // Not cancelled: the dialog opens.
    const selected = oneEvent(el, 'sen-select');
    await openDialog(el, 'Trần Thị Bích');
    expect((await selected).detail.item.name).to.equal('Trần Thị Bích');
    expect(dialog(el).open).to.equal(true);
  });

  it('with one record, shows "1 / 1" and no previous or next', async () => {
    const el = await gallery(
      html`<sen-exemplar-gallery .data=${{ exemplars: [{ id: 'x', name: 'Lý Quốc Bảo' }] }}></sen-exemplar-gallery>`,
    );
    await openDialog(el, 'Lý Quốc Bảo');
    expect(counter(el)).to.equal('1 / 1');
    expect(part(el, 'next')).to.equal(null);
    expect(part(el, 'previous')).to.equal(null);
    await sendKeys({ press: 'ArrowRight' });
    expect(dialogName(el)).to.equal('Lý Quốc Bảo');
    await expect(el).to.be.accessible();
  });

  it('closes, and returns focus, when new data no longer has the open record', async () => {
    const first = [
      { id: 1, name: 'Nguyễn Văn An' },
      { id: 2, name: 'Trần Thị Bích' },
    ];
    const el = await gallery(html`<sen-exemplar-gallery .data=${first}></sen-exemplar-gallery>`);
    await openDialog(el, 'Trần Thị Bích');
    const closing = closed(el);
    el.data = [first[0], { id: 3, name: 'Lê Hoàng Phúc' }];
    await closing;
    expect(dialog(el).open).to.equal(false);
    expect(focused(el)).to.equal(null); // the card is gone too; nothing inside keeps focus
    el.data = first; // the record coming back does not reopen it
    await oneEvent(el, 'sen-load');
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
  });

  it('shows the placeholder in the dialog for a broken photo', async () => {
    const el = await gallery(
      html`<sen-exemplar-gallery
        .data=${[{ id: 1, name: 'Phạm Thị Thủy', photo: '/test/fixtures/photos/nowhere.svg' }]}
      ></sen-exemplar-gallery>`,
    );
    await openDialog(el, 'Phạm Thị Thủy');
    await waitUntil(() => dialog(el).querySelector('[part="placeholder"]'), 'no placeholder in the dialog');
    expect(dialog(el).querySelector('[part="placeholder"]')!.textContent).to.equal('TT');
    expect(dialog(el).querySelector('img')).to.equal(null);
  });

  it('speaks English in the dialog', async () => {
    const el = await gallery(html`<sen-exemplar-gallery lang="en" src=${SAMPLE}></sen-exemplar-gallery>`);
    await openDialog(el, 'Nguyễn Văn An');
    const text = dialog(el).textContent!.replace(/\s+/g, ' ');
    for (const words of [
      'Individual',
      'Position',
      'Unit',
      'Achievement',
      'Award',
      'Decision No. 123/QĐ-UBND of 01/05/2023',
      'Year',
      'Read more',
      'Previous',
      'Next',
    ]) {
      expect(text).to.contain(words);
    }
    expect(part(el, 'close')!.getAttribute('aria-label')).to.equal('Close');
    await expect(el).to.be.accessible();
  });

  it('is accessible open in the dark theme', async () => {
    const el = await gallery(html`<sen-exemplar-gallery theme="dark" src=${SAMPLE}></sen-exemplar-gallery>`);
    await openDialog(el, SAMPLE_NAMES[2]);
    expect(getComputedStyle(dialog(el)).backgroundColor).to.equal('rgb(22, 25, 29)');
    await expect(el).to.be.accessible();
  });
});

describe('<sen-exemplar-gallery deep-link>', () => {
  afterEach(clearHash);

  it('puts #exemplar-<id> in the URL while a record is open, without a history entry or a scroll', async () => {
    const page = await fixture(
      html`<div>
        <sen-exemplar-gallery deep-link src=${SAMPLE}></sen-exemplar-gallery>
        <div id="exemplar-le-hoang-phuc" style="margin-top: 4000px">an anchor of the host page</div>
      </div>`,
    );
    const el = page.querySelector('sen-exemplar-gallery')!;
    await waitUntil(() => el.getAttribute('state') === 'ready');
    const entries = history.length;
    const scrolled = scrollY;
    await openDialog(el, 'Lê Hoàng Phúc');
    expect(location.hash).to.equal('#exemplar-le-hoang-phuc');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(location.hash).to.equal('#exemplar-pham-thi-thuy');
    expect(history.length).to.equal(entries);
    expect(scrollY).to.equal(scrolled);
    const closing = closed(el);
    await sendKeys({ press: 'Escape' });
    await closing;
    expect(location.hash).to.equal('');
    expect(location.href.endsWith(pageUrl())).to.equal(true); // no stray "#"
  });

  it('opens the record a page loads with, once the data is ready', async () => {
    history.replaceState(history.state, '', `${pageUrl()}#exemplar-2`);
    const el = await gallery(html`<sen-exemplar-gallery deep-link src=${SAMPLE}></sen-exemplar-gallery>`);
    await waitUntil(() => dialog(el).open, 'the hash did not open the record');
    expect([counter(el), dialogName(el)]).to.deep.equal(['2 / 12', 'Trần Thị Bích']);
    const closing = closed(el);
    dialog(el).close();
    await closing;
    expect(location.hash).to.equal('');
    expect(focused(el)).to.equal(cardButton(el, 'Trần Thị Bích')); // no opener: its own card
  });

  it('opens a record when a link on the page changes the hash, clearing a search that hid it', async () => {
    const el = await gallery(html`<sen-exemplar-gallery deep-link src=${SAMPLE}></sen-exemplar-gallery>`);
    await choose(el, 'Đối tượng', 'collective');
    const changed = new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
    location.hash = '#exemplar-vo-minh-duc';
    await changed;
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    expect([counter(el), dialogName(el)]).to.deep.equal(['7 / 12', 'Võ Minh Đức']);
  });

  it('ignores a hash that names no record', async () => {
    history.replaceState(history.state, '', `${pageUrl()}#exemplar-nobody`);
    const el = await gallery(html`<sen-exemplar-gallery deep-link src=${SAMPLE}></sen-exemplar-gallery>`);
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    expect(location.hash).to.equal('#exemplar-nobody');
  });

  it('gives the page its own hash back on closing', async () => {
    history.replaceState(history.state, '', `${pageUrl()}#noi-dung`);
    const el = await gallery(html`<sen-exemplar-gallery deep-link src=${SAMPLE}></sen-exemplar-gallery>`);
    await openDialog(el, 'Huỳnh Thị Mai');
    expect(location.hash).to.equal('#exemplar-huynh-thi-mai');
    const closing = closed(el);
    part<HTMLButtonElement>(el, 'close')!.click();
    await closing;
    expect(location.hash).to.equal('#noi-dung');
  });

  it('leaves the URL alone without deep-link', async () => {
    history.replaceState(history.state, '', `${pageUrl()}#exemplar-2`);
    const el = await gallery(html`<sen-exemplar-gallery src=${SAMPLE}></sen-exemplar-gallery>`);
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    await openDialog(el, 'Nguyễn Văn An');
    expect(location.hash).to.equal('#exemplar-2');
  });
});
