import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SenExemplarGallery } from '../../src/exemplar-gallery.js';
import { keepCopy } from '../../src/data/kept-copy.js';
import {
  collectWarnings,
  fault,
  fastRetries,
  restoreSettings,
  shadowText,
  uid,
  waitForState,
  firstEventOf,
} from '../support/helpers.js';
import {
  SAMPLE,
  SAMPLE_NAMES,
  cards,
  choose,
  filter,
  gallery,
  names,
  openDialog,
  options,
  part,
  search,
} from './support.js';

const origin = location.origin;

describe('<sen-exemplar-gallery>', () => {
  beforeEach(fastRetries);
  afterEach(restoreSettings);

  describe('cards', () => {
    it('shows a card per exemplar: photo, name, position, unit, one line of achievement, award', async () => {
      const el = await gallery(html`<sen-exemplar-gallery src=${SAMPLE}></sen-exemplar-gallery>`);
      expect(names(el)).to.deep.equal(SAMPLE_NAMES);
      const [first] = cards(el);
      const line = (name: string) => first.querySelector(`[part="${name}"]`)!.textContent!.trim();
      expect(first.querySelector('img')!.getAttribute('alt')).to.equal('Ông Nguyễn Văn An tại trụ sở xã');
      expect(line('position')).to.equal('Chủ tịch UBND xã');
      expect(line('unit')).to.equal('Xã Mỹ Hòa Hưng');
      expect(line('achievement')).to.equal('Vận động nhân dân hiến 12.000 m² đất làm đường giao thông nông thôn.');
      expect(line('award')).to.equal('Bằng khen của Chủ tịch UBND tỉnh · 2023');
      expect(el.shadowRoot!.querySelector('[role="heading"]')!.textContent).to.equal('Gương điển hình tiên tiến');
      expect(part(el, 'count')!.textContent).to.equal('12 gương điển hình');
      await expect(el).to.be.accessible();
    });

    it('clamps the achievement to one line, however long', async () => {
      const achievement = 'Thành tích rất dài '.repeat(40);
      const el = await gallery(
        html`<div style="width: 320px">
          <sen-exemplar-gallery
            .data=${[{ id: 1, name: 'Nguyễn Văn An', achievement, unit: 'Đơn vị '.repeat(30) }]}
          ></sen-exemplar-gallery>
        </div>`,
        'sen-exemplar-gallery',
      );
      const line = part(el, 'achievement')!;
      expect(line.getBoundingClientRect().height).to.be.below(parseFloat(getComputedStyle(line).fontSize) * 2); // one line
      expect(line.scrollWidth).to.be.above(line.clientWidth); // the rest is cut off, with an ellipsis
      expect(getComputedStyle(line).textOverflow).to.equal('ellipsis');
      expect(part(el, 'unit')!.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right); // long text wraps
    });

    it('makes each card name a button with the heading level below the widget heading', async () => {
      const el = await gallery(html`<sen-exemplar-gallery heading-level="3" src=${SAMPLE}></sen-exemplar-gallery>`);
      const heading = cards(el)[0].querySelector('[role="heading"]')!;
      expect(heading.getAttribute('aria-level')).to.equal('4');
      expect(heading.querySelector('button')!.getAttribute('aria-haspopup')).to.equal('dialog');
    });

    it('gives the whole card as the target: a click on the photo opens the record', async () => {
      const el = await gallery(html`<sen-exemplar-gallery src=${SAMPLE}></sen-exemplar-gallery>`);
      const frame = cards(el)[1].querySelector('[part="photo"]')!.getBoundingClientRect();
      const hit = el.shadowRoot!.elementFromPoint(frame.left + frame.width / 2, frame.top + frame.height / 2);
      expect(hit).to.equal(cards(el)[1].querySelector('[part="open"]'));
      expect(cards(el)[1].getBoundingClientRect().height).to.be.at.least(44);
    });
  });

  describe('data shapes', () => {
    it('accepts { exemplars: [...] } from src', async () => {
      const el = await gallery(
        html`<sen-exemplar-gallery src=${fault({ id: uid(), body: 'exemplars-sample' })}></sen-exemplar-gallery>`,
      );
      expect(names(el)).to.have.length(12);
    });

    it('accepts a bare array, a photo given as a plain URL and number ids, from inline JSON', async () => {
      const el = await gallery(
        html`<sen-exemplar-gallery>
          <script type="application/json">
            [
              { "id": 1, "name": "Trần Thị Bích", "photo": "/test/fixtures/photos/b.svg" },
              { "id": "2", "name": "Lê Hoàng Phúc" }
            ]
          </script>
        </sen-exemplar-gallery>`,
      );
      expect(names(el)).to.deep.equal(['Trần Thị Bích', 'Lê Hoàng Phúc']);
      const img = cards(el)[0].querySelector('img')!;
      expect(img.src).to.equal(`${origin}/test/fixtures/photos/b.svg`);
      expect(img.alt).to.equal('Trần Thị Bích'); // no alt in the data: the name
    });

    it('resolves relative photo URLs against the JSON document, and .data ones against the page', async () => {
      const fetched = await gallery(html`<sen-exemplar-gallery src=${SAMPLE}></sen-exemplar-gallery>`);
      expect(cards(fetched)[0].querySelector('img')!.src).to.equal(`${origin}/test/fixtures/photos/a.svg`);
      const local = await gallery(
        html`<sen-exemplar-gallery .data=${[{ id: 1, name: 'An', photo: 'photos/a.svg' }]}></sen-exemplar-gallery>`,
      );
      expect(cards(local)[0].querySelector('img')!.src).to.equal(new URL('photos/a.svg', document.baseURI).href);
    });

    it('drops bad and repeated records, lists them with their paths and warns in the console', async () => {
      const el = document.createElement('sen-exemplar-gallery');
      el.src = fault({ id: uid(), body: 'exemplars-bad' });
      const loaded = oneEvent(el, 'sen-load');
      const warnings = await collectWarnings(async () => {
        document.body.append(el);
        await waitForState(el, 'ready');
      });
      const expected = [
        { index: 1, path: 'exemplars[1].name', reason: 'expected a string, got nothing' },
        { index: 2, path: 'exemplars[2]', reason: 'repeats id "ok-1" of exemplars[0]' },
        { index: 3, path: 'exemplars[3].kind', reason: 'expected one of individual, collective, got "group"' },
        { index: 4, path: 'exemplars[4].photo', reason: 'expected a string or an object, got number' },
        { index: 5, path: 'exemplars[5].photo.src', reason: 'expected a string, got nothing' },
        { index: 6, path: 'exemplars[6].year', reason: 'expected a whole number ≥ 1900, got string' },
        { index: 7, path: 'exemplars[7].id', reason: 'expected a string or a finite number, got boolean' },
        { index: 8, path: 'exemplars[8].award.date', reason: 'expected an ISO 8601 date, got "01/05/2023"' },
      ];
      const { detail } = await loaded;
      expect(detail.dropped).to.deep.equal(expected);
      for (const { path, reason } of expected) expect(warnings).to.include(`sen-exemplar-gallery: ${path}: ${reason}`);
      expect(names(el)).to.deep.equal(['Nguyễn Văn An', 'Lý H']);
      el.remove();
    });

    it('reports a document that is not exemplars as kind schema, accessibly', async () => {
      const { el, detail } = await firstEventOf<SenExemplarGallery>(
        html`<sen-exemplar-gallery src=${fault({ id: uid(), raw: '{"people": []}' })}></sen-exemplar-gallery>`,
        'sen-error',
      );
      expect(detail.error.kind).to.equal('schema');
      await waitForState(el, 'error');
      expect(shadowText(el)).to.contain('Dữ liệu nhận được không đúng định dạng.');
      await expect(el).to.be.accessible();
    });
  });

  describe('privacy', () => {
    const PRIVATE = [
      '089075001234',
      '1975-03-14',
      'Hẻm Bí Mật',
      '0912 345 678',
      'bimat.binh',
      'GHI-CHU-NOI-BO',
      'TOA-DO-GPS',
      '0987 654 321',
      '089080009999',
      '1980-11-02',
      'Khóm Đông Thịnh',
      '0909 111 222',
      'awards-db',
      'citizenId',
      'birthDate',
    ];

    it('never shows or sends a field the contract does not name: DOM, attributes, dialog, events', async () => {
      const el = document.createElement('sen-exemplar-gallery');
      el.src = fault({ id: uid(), body: 'exemplars-private' });
      const loaded = oneEvent(el, 'sen-load');
      document.body.append(el);
      const { detail } = await loaded;
      await waitForState(el, 'ready');
      const seen = [JSON.stringify(detail), el.outerHTML, el.shadowRoot!.innerHTML];
      for (const name of ['Nguyễn Văn Bình', 'Trần Văn Cường']) {
        const selected = oneEvent(el, 'sen-select');
        await openDialog(el, name);
        seen.push(JSON.stringify((await selected).detail), el.shadowRoot!.innerHTML);
        el.shadowRoot!.querySelector('dialog')!.close();
        await oneEvent(el.shadowRoot!.querySelector('dialog')!, 'close');
      }
      const everything = seen.join('\n');
      // The allowed fields are all there (so this test can see a leak)…
      for (const shown of [
        'Trưởng ấp',
        'Ấp Hòa Long',
        'Vận động làm cầu nông thôn.',
        '45/QĐ-UBND',
        '01/02/2023',
        'Giấy khen',
      ]) {
        expect(everything).to.contain(shown);
      }
      // …and nothing else.
      for (const secret of PRIVATE) expect(everything, secret).not.to.contain(secret);
      expect(Object.keys(detail.data[0]).sort()).to.deep.equal([
        'achievement',
        'award',
        'id',
        'kind',
        'name',
        'photo',
        'position',
        'unit',
        'year',
      ]);
      expect(Object.keys(detail.data[0].photo).sort()).to.deep.equal(['height', 'src', 'width']);
      expect(Object.keys(detail.data[0].award).sort()).to.deep.equal(['date', 'decision', 'title']);
      el.remove();
    });
  });

  describe('states', () => {
    it('is accessible while loading', async () => {
      const el = await fixture<SenExemplarGallery>(
        html`<sen-exemplar-gallery
          src=${fault({ id: uid(), delay: 2000, body: 'exemplars-sample' })}
        ></sen-exemplar-gallery>`,
      );
      expect(el.getAttribute('state')).to.equal('loading');
      expect(shadowText(el)).to.contain('Đang tải…');
      await expect(el).to.be.accessible();
    });

    it('is empty, with a localized message, when there are no exemplars', async () => {
      const el = await fixture<SenExemplarGallery>(
        html`<sen-exemplar-gallery src=${fault({ id: uid(), body: 'exemplars-empty' })}></sen-exemplar-gallery>`,
      );
      await waitForState(el, 'empty');
      expect(part(el, 'empty')!.textContent).to.equal('Chưa có gương điển hình nào.');
      expect(part(el, 'grid')).to.equal(null);
      expect(part(el, 'search')).to.equal(null);
      await expect(el).to.be.accessible();
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(part(el, 'empty')!.textContent).to.equal('No exemplars yet.');
    });

    it('shows an error with a retry button when the endpoint fails, accessibly', async () => {
      const el = await fixture<SenExemplarGallery>(
        html`<sen-exemplar-gallery
          src=${fault({ id: uid(), status: '404,200', body: 'exemplars-sample' })}
        ></sen-exemplar-gallery>`,
      );
      await waitForState(el, 'error');
      expect(shadowText(el)).to.contain('Nguồn dữ liệu báo lỗi.');
      await expect(el).to.be.accessible();
      part<HTMLButtonElement>(el, 'retry')!.click();
      await waitForState(el, 'ready');
      expect(names(el)).to.have.length(12);
    });

    it('shows a kept copy, marked stale, when the endpoint is down, accessibly', async () => {
      const src = new URL(fault({ id: uid(), status: 404 }), location.href).href;
      const sample = new URL(SAMPLE, location.href).href;
      keepCopy(src, await (await fetch(SAMPLE)).text(), sample, Date.parse('2026-11-26T05:00:00Z'));
      const { el, detail } = await firstEventOf<SenExemplarGallery>(
        html`<sen-exemplar-gallery src=${src}></sen-exemplar-gallery>`,
        'sen-error',
      );
      expect(detail.error).to.deep.include({ kind: 'http', status: 404 });
      await waitForState(el, 'ready');
      expect(el.hasAttribute('stale')).to.equal(true);
      expect(part(el, 'stale-note')!.textContent).to.contain('12:00 26/11/2026');
      expect(names(el)).to.deep.equal(SAMPLE_NAMES);
      expect(cards(el)[0].querySelector('img')!.src).to.equal(`${origin}/test/fixtures/photos/a.svg`); // still resolves
      await expect(el).to.be.accessible();
    });
  });

  describe('filters and search', () => {
    it('builds kind and year filters from the data and combines them', async () => {
      const el = await gallery(html`<sen-exemplar-gallery src=${SAMPLE}></sen-exemplar-gallery>`);
      expect(options(filter(el, 'Đối tượng')!)).to.deep.equal(['Tất cả', 'Cá nhân', 'Tập thể']);
      expect(options(filter(el, 'Năm')!)).to.deep.equal(['Tất cả các năm', '2024', '2023', '2022']);
      await choose(el, 'Đối tượng', 'collective');
      expect(names(el)).to.deep.equal(['Hội Nông dân xã Mỹ Khánh', 'Đoàn Thanh niên xã Vĩnh Thạnh', 'Tổ dân phố số 3']);
      await choose(el, 'Năm', '2023');
      expect(names(el)).to.deep.equal(['Hội Nông dân xã Mỹ Khánh']);
      expect(part(el, 'count')!.textContent).to.equal('1 gương điển hình');
      expect(part(el, 'count')!.getAttribute('role')).to.equal('status');
      await choose(el, 'Đối tượng', '');
      expect(names(el)).to.deep.equal(['Nguyễn Văn An', 'Hội Nông dân xã Mỹ Khánh', 'Võ Minh Đức', 'Huỳnh Thị Mai']);
      await expect(el).to.be.accessible();
    });

    it('offers no filter that has a single choice', async () => {
      const el = await gallery(
        html`<sen-exemplar-gallery
          .data=${[
            { id: 1, name: 'Nguyễn Văn An', kind: 'individual', year: 2023 },
            { id: 2, name: 'Trần Thị Bích', kind: 'individual', year: 2023 },
          ]}
        ></sen-exemplar-gallery>`,
      );
      expect(el.shadowRoot!.querySelectorAll('[part="filter"]')).to.have.length(0);
      expect(part(el, 'search')).not.to.equal(null);
    });

    it('searches name, position, unit, achievement and award title with the Vietnamese rules', async () => {
      const el = await gallery(html`<sen-exemplar-gallery src=${SAMPLE}></sen-exemplar-gallery>`);
      const found = async (query: string) => {
        await search(el, query);
        return names(el);
      };
      // Without diacritics it finds every spelling (Lý Quốc Bảo: "tình nguyện"); with them, only those.
      expect(await found('nguyen')).to.deep.equal(['Nguyễn Văn An', 'Nguyễn Thị Hòa', 'Lý Quốc Bảo']);
      expect(await found('Nguyễn')).to.deep.equal(['Nguyễn Văn An', 'Nguyễn Thị Hòa']);
      expect(await found('nguyện')).to.deep.equal(['Lý Quốc Bảo']);
      expect(await found('NGUYỄN'.normalize('NFD'))).to.deep.equal(['Nguyễn Văn An', 'Nguyễn Thị Hòa']);
      expect(await found('nguyến')).to.deep.equal([]);
      expect(await found('bac si')).to.deep.equal(['Phạm Thị Thủy']); // position
      expect(await found('thoai son')).to.deep.equal(['Phạm Thị Thủy']); // unit
      expect(await found('lop hoc tinh thuong')).to.deep.equal(['Trần Thị Bích']); // achievement
      expect(await found('trung uong doan')).to.deep.equal(['Đoàn Thanh niên xã Vĩnh Thạnh']); // award title
      expect(await found('thuỷ')).to.deep.equal(['Phạm Thị Thủy']); // the other tone-mark placement
      expect(await found('duc')).to.deep.equal(['Trần Thị Bích', 'Võ Minh Đức']); // d finds đ (Bình Đức, Minh Đức)
      expect(await found('đức vo')).to.deep.equal(['Võ Minh Đức']); // every term must match
      expect(await found('vo minh duc 2023')).to.deep.equal([]); // the year is a filter, not text
    });

    it('says so when nothing matches, and stays ready', async () => {
      const el = await gallery(html`<sen-exemplar-gallery src=${SAMPLE}></sen-exemplar-gallery>`);
      await search(el, 'nguyến');
      expect(part(el, 'no-results')!.textContent).to.equal('Không có gương điển hình nào phù hợp.');
      expect(part(el, 'count')!.textContent).to.equal('0 gương điển hình');
      expect(el.getAttribute('state')).to.equal('ready');
      expect(part(el, 'grid')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('searches as a person types, combined with the filters', async () => {
      const el = await gallery(html`<sen-exemplar-gallery src=${SAMPLE}></sen-exemplar-gallery>`);
      await choose(el, 'Đối tượng', 'collective');
      part(el, 'search')!.querySelector('input')!.focus();
      await sendKeys({ type: 'xa' });
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Hội Nông dân xã Mỹ Khánh', 'Đoàn Thanh niên xã Vĩnh Thạnh']);
      expect(part(el, 'count')!.textContent).to.equal('2 gương điển hình');
    });
  });

  describe('photos', () => {
    it('loads lazily and asynchronously, sized by the data and by a fixed frame', async () => {
      const el = await gallery(html`<sen-exemplar-gallery src=${SAMPLE}></sen-exemplar-gallery>`);
      const [withSize, plain] = cards(el).map((card) => card.querySelector('img'));
      expect(withSize!.getAttribute('loading')).to.equal('lazy');
      expect(withSize!.getAttribute('decoding')).to.equal('async');
      expect([withSize!.getAttribute('width'), withSize!.getAttribute('height')]).to.deep.equal(['300', '400']);
      expect(plain!.hasAttribute('width')).to.equal(false);
      for (const frame of el.shadowRoot!.querySelectorAll('[part="photo"]')) {
        const { width, height } = frame.getBoundingClientRect();
        expect(height / width).to.be.closeTo(4 / 3, 0.02);
      }
    });

    it('passes a srcset on, keeping only safe sources', async () => {
      const photo = {
        src: 'photos/a.svg',
        srcset:
          'photos/a.svg 300w, javascript:alert(1) 450w, data:image/png;base64,AAAA 500w, https://cdn.example.test/w_600,h_800/a.svg 600w',
      };
      const el = await gallery(
        html`<sen-exemplar-gallery .data=${[{ id: 1, name: 'An', photo }]}></sen-exemplar-gallery>`,
      );
      const img = el.shadowRoot!.querySelector('img')!;
      expect(img.getAttribute('srcset')).to.equal(
        `${new URL('photos/a.svg', document.baseURI).href} 300w, https://cdn.example.test/w_600,h_800/a.svg 600w`,
      );
      expect(img.getAttribute('sizes')).to.be.a('string').and.not.equal('');
    });

    it('shows the initials instead of a missing or unsafe photo', async () => {
      const el = await gallery(
        html`<sen-exemplar-gallery
          .data=${[
            { id: 1, name: 'Hội Nông dân xã Mỹ Khánh' },
            { id: 2, name: 'Nguyễn Văn An', photo: 'javascript:alert(1)' },
            {
              id: 3,
              name: 'Lê Thị Hồng Nhung',
              photo: { src: 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg"/>', alt: 'x' },
            },
            { id: 4, name: 'Ông Trương Long Hồ', photo: 'vbscript:msgbox' },
          ]}
        ></sen-exemplar-gallery>`,
      );
      expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(0);
      expect(cards(el).map((card) => card.querySelector('[part="placeholder"]')!.textContent)).to.deep.equal([
        'MK',
        'VA',
        'HN',
        'LH',
      ]);
      expect(el.shadowRoot!.innerHTML).not.to.match(/javascript:|data:image|vbscript:/);
      await expect(el).to.be.accessible();
    });

    it('replaces a broken photo (404) with the initials, leaving no broken image', async () => {
      const el = await gallery(
        html`<sen-exemplar-gallery
          .data=${[
            { id: 1, name: 'Trần Thị Bích', photo: `/test/fixtures/photos/missing-${uid()}.svg` },
            { id: 2, name: 'Lê Hoàng Phúc', photo: '/test/fixtures/photos/c.svg' },
          ]}
        ></sen-exemplar-gallery>`,
      );
      const [broken, fine] = cards(el);
      await waitUntil(
        () => broken.querySelector('[part="placeholder"]'),
        'the broken photo never became a placeholder',
      );
      expect(broken.querySelector('img')).to.equal(null);
      expect(broken.querySelector('[part="placeholder"]')!.textContent).to.equal('TB');
      const img = fine.querySelector('img')!;
      await waitUntil(() => img.complete, 'the good photo never loaded');
      expect(img.naturalWidth).to.be.above(0);
      for (const left of el.shadowRoot!.querySelectorAll('img'))
        expect(left.complete && left.naturalWidth === 0).to.equal(false);
    });

    it('gives a card the photo state of the record it shows now, after a search reorders the cards', async () => {
      const el = await gallery(
        html`<sen-exemplar-gallery
          .data=${[
            { id: 1, name: 'Trần Thị Bích', photo: `/test/fixtures/photos/missing-${uid()}.svg` },
            { id: 2, name: 'Lê Hoàng Phúc', photo: '/test/fixtures/photos/c.svg' },
          ]}
        ></sen-exemplar-gallery>`,
      );
      await waitUntil(
        () => cards(el)[0].querySelector('[part="placeholder"]'),
        'the broken photo never became a placeholder',
      );
      await search(el, 'phuc'); // Lê Hoàng Phúc now takes the first card
      const [only] = cards(el);
      expect(only.querySelector('[part="placeholder"]')).to.equal(null);
      const img = only.querySelector('img')!;
      expect(img.getAttribute('alt')).to.equal('Lê Hoàng Phúc');
      await waitUntil(() => img.complete && img.naturalWidth > 0, 'the good photo never showed');
      await search(el, '');
      expect(cards(el)[0].querySelector('[part="placeholder"]')!.textContent).to.equal('TB'); // still known broken
    });

    it('moves nothing when photos arrive late', async () => {
      const svg =
        '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="400"><rect width="300" height="400" fill="#2f6f8f"/></svg>';
      const slowPhoto = () => fault({ id: uid(), delay: 700, type: 'image/svg+xml', raw: svg });
      const data = [
        { id: 1, name: 'Nguyễn Văn An', photo: slowPhoto(), achievement: 'Vận động hiến đất.' },
        { id: 2, name: 'Trần Thị Bích', photo: { src: slowPhoto(), width: 300, height: 400 } },
        { id: 3, name: 'Lê Hoàng Phúc', photo: slowPhoto(), unit: 'Xã Bình Hòa' },
      ];
      const shifts: number[] = [];
      const observing = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
      const observer = new PerformanceObserver((list) =>
        list.getEntries().forEach((entry) => shifts.push((entry as PerformanceEntry & { value: number }).value)),
      );
      const el = await gallery(
        html`<div style="width: 600px"><sen-exemplar-gallery .data=${data}></sen-exemplar-gallery></div>`,
        'sen-exemplar-gallery',
      );
      const imgs = [...el.shadowRoot!.querySelectorAll('img')];
      expect(imgs.map((img) => img.complete)).to.deep.equal([false, false, false]); // the photos are still on their way
      const boxes = () =>
        cards(el).map((card) => [
          card.querySelector('[part="open"]')!.getBoundingClientRect().top,
          card.getBoundingClientRect().height,
        ]);
      const before = boxes();
      if (observing) observer.observe({ type: 'layout-shift' });
      await Promise.all(imgs.map((img) => oneEvent(img, 'load')));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      observer.disconnect();
      expect(imgs.every((img) => img.naturalWidth === 300)).to.equal(true);
      expect(boxes()).to.deep.equal(before);
      expect(shifts.filter((value) => value > 0)).to.deep.equal([]);
    });
  });

  describe('language, theme, size', () => {
    it('speaks English with lang="en"', async () => {
      const el = await gallery(html`<sen-exemplar-gallery lang="en" src=${SAMPLE}></sen-exemplar-gallery>`);
      expect(el.shadowRoot!.querySelector('[role="heading"]')!.textContent).to.equal(
        'Exemplary people and collectives',
      );
      expect(part(el, 'search')!.textContent).to.contain('Search');
      expect(options(filter(el, 'Type')!)).to.deep.equal(['All', 'Individual', 'Collective']);
      expect(options(filter(el, 'Year')!)[0]).to.equal('All years');
      expect(part(el, 'count')!.textContent).to.equal('12 exemplars');
      await search(el, 'vo minh');
      expect(part(el, 'count')!.textContent).to.equal('1 exemplar');
      await search(el, 'nguyến');
      expect(part(el, 'no-results')!.textContent).to.equal('No exemplars match.');
      await expect(el).to.be.accessible();
    });

    it('is readable in the dark theme', async () => {
      const el = await gallery(html`<sen-exemplar-gallery theme="dark" src=${SAMPLE}></sen-exemplar-gallery>`);
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 25, 29)');
      expect(getComputedStyle(part(el, 'award')!).color).to.equal('rgb(255, 163, 153)');
      await expect(el).to.be.accessible();
    });

    it('fits a narrow column: one card per row, nothing sticks out', async () => {
      const box = await fixture(
        html`<div style="width: 200px"><sen-exemplar-gallery src=${SAMPLE}></sen-exemplar-gallery></div>`,
      );
      const el = box.querySelector('sen-exemplar-gallery')!;
      await waitForState(el, 'ready');
      const [first, second] = cards(el);
      expect(second.getBoundingClientRect().top).to.be.above(first.getBoundingClientRect().bottom - 1);
      for (const card of cards(el))
        expect(card.getBoundingClientRect().right).to.be.at.most(box.getBoundingClientRect().right);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    });

    it('puts several cards in a row when there is room', async () => {
      const box = await fixture(
        html`<div style="width: 900px"><sen-exemplar-gallery src=${SAMPLE}></sen-exemplar-gallery></div>`,
      );
      const el = box.querySelector('sen-exemplar-gallery')!;
      await waitForState(el, 'ready');
      const tops = cards(el).map((card) => card.getBoundingClientRect().top);
      expect(tops.filter((top) => top === tops[0]).length).to.be.at.least(4);
    });
  });
});
