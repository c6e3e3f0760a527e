import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/campaign-list.js';
import type { SenCampaignList } from '../../src/campaign-list.js';
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

const SEED = '/test/fixtures/campaigns-seed.json';

const titles = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part="item-link"]')].map((link) => link.textContent!.trim());
const count = (el: Element) => el.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim();
const item = (el: Element, title: string) =>
  [...el.shadowRoot!.querySelectorAll('[part="item"]')].find(
    (li) => li.querySelector('[part="item-link"]')!.textContent!.trim() === title,
  )!;

async function list(template: ReturnType<typeof html>): Promise<SenCampaignList> {
  const el = await fixture<SenCampaignList>(template);
  await waitForState(el, 'ready');
  return el;
}

async function search(el: SenCampaignList, text: string): Promise<void> {
  const input = el.shadowRoot!.querySelector('input[type="search"]') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

async function choose(el: SenCampaignList, label: string, value: string): Promise<void> {
  const field = [...el.shadowRoot!.querySelectorAll('[part="filter"]')].find((f) => f.textContent!.includes(label))!;
  const select = field.querySelector('select')!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

function generated(total: number) {
  return Array.from({ length: total }, (_, i) => ({
    id: i + 1,
    title: `Phong trào thi đua số ${i + 1}: xây dựng nông thôn mới`,
    startDate: `20${String(10 + (i % 16)).padStart(2, '0')}-01-01`,
    status: 'ongoing',
  }));
}

describe('<sen-campaign-list>', () => {
  beforeEach(fastRetries);
  afterEach(restoreSettings);

  it('shows each campaign with status, period, authority, level, targets, fields and document', async () => {
    const el = await list(html`<sen-campaign-list src=${SEED}></sen-campaign-list>`);
    const plan = item(el, 'Phong trào thi đua năm 2023 của tỉnh An Giang');
    const text = plan.textContent!.replace(/\s+/g, ' ');
    expect(plan.querySelector('[part="badge"]')!.textContent).to.equal('Đã kết thúc'); // derived from the dates
    expect(text).to.contain('10/01/2023 – 31/12/2023');
    expect(text).to.contain('UBND tỉnh An Giang');
    expect(text).to.contain('Cấp tỉnh');
    expect(text).to.contain('Tập thể, Cá nhân');
    expect(text).to.contain('Kế hoạch số 16/KH-UBND ngày 10/01/2023'); // the citation string, read
    const other = item(el, 'Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở');
    expect(other.textContent).to.contain('theo hướng dẫn của Ban Thi đua - Khen thưởng'); // unreadable: as written
    expect(item(el, 'Dân vận khéo ở xã Mỹ Hòa Hưng').querySelector('[part="badge"]')!.textContent).to.equal('Đã hủy');
    expect(item(el, 'Cả nước chung sức xây dựng nông thôn mới').textContent).to.contain(
      'Quyết định số 1620/QĐ-TTg ngày 20/09/2011',
    );
    expect(count(el)).to.equal('6 phong trào');
    await expect(el).to.be.accessible();
  });

  it('links an item to its URL, resolving relative URLs against the JSON document', async () => {
    const el = await list(html`<sen-campaign-list src=${SEED}></sen-campaign-list>`);
    const local = item(el, 'Phong trào thi đua năm 2023 của tỉnh An Giang').querySelector('a')!;
    expect(local.href).to.equal(new URL('/test/fixtures/ke-hoach/16-kh-ubnd.html', location.href).href);
    expect(local.hasAttribute('rel')).to.equal(false);
    const away = item(el, 'Cả nước chung sức xây dựng nông thôn mới').querySelector('[part="item-link"]')!;
    expect(away.getAttribute('rel')).to.equal('noopener noreferrer');
    const document = item(el, 'Cả nước chung sức xây dựng nông thôn mới').querySelector('[part="document-link"]')!;
    expect(document.getAttribute('href')).to.equal('https://vanban.example.test/1620');
  });

  it('accepts a bare array', async () => {
    const el = await list(
      html`<sen-campaign-list .data=${[{ id: 1, title: 'Thi đua yêu nước' }]}></sen-campaign-list>`,
    );
    expect(titles(el)).to.deep.equal(['Thi đua yêu nước']);
  });

  it('drops bad and repeated records, reports their paths, and keeps the rest', async () => {
    const el = document.createElement('sen-campaign-list');
    el.data = {
      campaigns: [
        { id: 'a', title: 'Giữ lại' },
        { id: 'b', title: 42 },
        { id: 'a', title: 'Trùng id' },
        { id: 'c', title: 'Cấp lạ', level: 'city' },
        { title: 'Không id' },
        { id: 'd', title: 'Cũng giữ lại', targets: ['collective'] },
      ],
    };
    const loaded = oneEvent(el, 'sen-load');
    const warnings = await collectWarnings(async () => {
      document.body.append(el);
      await waitForState(el, 'ready');
    });
    const { detail } = await loaded;
    expect(titles(el)).to.have.members(['Giữ lại', 'Cũng giữ lại']);
    expect(detail.dropped.map((d: { path: string }) => d.path)).to.deep.equal([
      'campaigns[1].title',
      'campaigns[2]',
      'campaigns[3].level',
      'campaigns[4].id',
    ]);
    expect(warnings).to.include('sen-campaign-list: campaigns[1].title: expected a string, got number');
    expect(warnings).to.include('sen-campaign-list: campaigns[2]: repeats id "a" of campaigns[0]');
    el.remove();
  });

  it('reports a document that is not a campaign list as kind schema', async () => {
    const { el, detail } = await firstEventOf(
      html`<sen-campaign-list src=${fault({ id: uid(), raw: '{"items": 3}' })}></sen-campaign-list>`,
      'sen-error',
    );
    expect(detail.error.kind).to.equal('schema');
    await waitForState(el, 'error');
    await expect(el).to.be.accessible();
  });

  describe('search, the way Vietnamese people type', () => {
    it('matches without diacritics, and d finds đ', async () => {
      const el = await list(html`<sen-campaign-list src=${SEED}></sen-campaign-list>`);
      await search(el, 'nong thon');
      expect(titles(el)).to.deep.equal(['Cả nước chung sức xây dựng nông thôn mới']);
      await search(el, 'dan van kheo');
      expect(titles(el)).to.deep.equal(['Dân vận khéo ở xã Mỹ Hòa Hưng']);
      await search(el, 'huong dan'); // "hướng dẫn" in a document citation
      expect(titles(el)).to.deep.equal(['Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở']);
      await search(el, 'doanh nghiep');
      expect(titles(el)).to.deep.equal(['Doanh nghiệp hội nhập và phát triển']);
    });

    it('respects diacritics typed, but never case, Unicode form or tone placement', async () => {
      const el = await list(html`<sen-campaign-list src=${SEED}></sen-campaign-list>`);
      await search(el, 'nông thôn');
      expect(titles(el)).to.have.length(1);
      await search(el, 'nồng');
      expect(titles(el)).to.have.length(0);
      await search(el, 'MỸ HOÀ'.normalize('NFD')); // old tone placement, decomposed, upper case
      expect(titles(el)).to.deep.equal(['Dân vận khéo ở xã Mỹ Hòa Hưng']);
    });

    it('needs every term, searches authority, document number and fields, and announces the count', async () => {
      const el = await list(html`<sen-campaign-list src=${SEED}></sen-campaign-list>`);
      await search(el, 'thu tuong ngheo');
      expect(titles(el)).to.deep.equal(['Vì người nghèo - không để ai bị bỏ lại phía sau']);
      await search(el, '16/KH-UBND');
      expect(titles(el)).to.deep.equal(['Phong trào thi đua năm 2023 của tỉnh An Giang']);
      await search(el, 'giam ngheo');
      expect(titles(el)).to.have.length(1);
      const status = el.shadowRoot!.querySelector('[part="count"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(count(el)).to.equal('1 phong trào');
      await search(el, 'khong co gi nhu the nay');
      expect(count(el)).to.equal('Không có phong trào nào khớp với tìm kiếm.');
      expect(el.getAttribute('state')).to.equal('ready');
      await expect(el).to.be.accessible();
    });

    it('answers real typing in the search box', async () => {
      const el = await list(html`<sen-campaign-list src=${SEED}></sen-campaign-list>`);
      el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!.focus();
      await sendKeys({ type: 'van hoa cong' });
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở']);
    });
  });

  describe('filters and order', () => {
    it('builds status, level and year filters from the data', async () => {
      const el = await list(html`<sen-campaign-list src=${SEED}></sen-campaign-list>`);
      const options = (label: string) =>
        [
          ...[...el.shadowRoot!.querySelectorAll('[part="filter"]')]
            .find((f) => f.textContent!.includes(label))!
            .querySelectorAll('option'),
        ].map((o) => o.textContent!.trim());
      expect(options('Tình trạng')).to.deep.equal(['Tất cả', 'Sắp diễn ra', 'Đang diễn ra', 'Đã kết thúc', 'Đã hủy']);
      expect(options('Cấp phát động')).to.deep.equal(['Tất cả', 'Toàn quốc', 'Cấp tỉnh', 'Cơ sở']);
      expect(options('Năm')).to.include.members(['2099', '2023', '2011']);
    });

    it('filters by status, level and year (a campaign counts in every year it runs)', async () => {
      const el = await list(html`<sen-campaign-list src=${SEED}></sen-campaign-list>`);
      await choose(el, 'Tình trạng', 'ongoing');
      expect(titles(el)).to.have.members([
        'Cả nước chung sức xây dựng nông thôn mới',
        'Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở',
      ]);
      await choose(el, 'Tình trạng', '');
      await choose(el, 'Cấp phát động', 'local');
      expect(titles(el)).to.deep.equal(['Dân vận khéo ở xã Mỹ Hòa Hưng']);
      await choose(el, 'Cấp phát động', '');
      await choose(el, 'Năm', '2023');
      expect(titles(el)).to.have.members([
        'Phong trào thi đua năm 2023 của tỉnh An Giang',
        'Cả nước chung sức xây dựng nông thôn mới',
        'Vì người nghèo - không để ai bị bỏ lại phía sau',
        'Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở',
      ]);
    });

    it('applies preset filters and sort from attributes', async () => {
      const el = await list(
        html`<sen-campaign-list src=${SEED} level="national" status="ongoing" sort="title"></sen-campaign-list>`,
      );
      expect(titles(el)).to.deep.equal([
        'Cả nước chung sức xây dựng nông thôn mới',
        'Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở',
      ]);
      const year = await list(html`<sen-campaign-list src=${SEED} year="2022" sort="title"></sen-campaign-list>`);
      expect(titles(year)).to.deep.equal([
        'Cả nước chung sức xây dựng nông thôn mới',
        'Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở',
        'Dân vận khéo ở xã Mỹ Hòa Hưng',
        'Vì người nghèo - không để ai bị bỏ lại phía sau',
      ]);
    });

    it('sorts newest first by default', async () => {
      const el = await list(html`<sen-campaign-list src=${SEED}></sen-campaign-list>`);
      expect(titles(el)[0]).to.equal('Doanh nghiệp hội nhập và phát triển'); // starts 2099
      expect(titles(el).at(-1)).to.equal('Cả nước chung sức xây dựng nông thôn mới'); // starts 2011
    });
  });

  describe('pages', () => {
    it('keeps only the current page in the DOM, even with 10,000 campaigns', async () => {
      const el = await list(html`<sen-campaign-list .data=${{ campaigns: generated(10_000) }}></sen-campaign-list>`);
      expect(el.shadowRoot!.querySelectorAll('[part="item"]')).to.have.length(10);
      expect(count(el)).to.equal('10.000 phong trào'); // Vietnamese grouping
      await search(el, 'so 9999');
      expect(titles(el)).to.deep.equal(['Phong trào thi đua số 9999: xây dựng nông thôn mới']);
    });

    it('moves between pages with keyboard-usable buttons and says which page it shows', async () => {
      const el = await list(html`<sen-campaign-list page-size="2" sort="title" src=${SEED}></sen-campaign-list>`);
      expect(titles(el)).to.have.length(2);
      const pager = () => el.shadowRoot!.querySelector('nav[part="pager"]')!;
      expect(pager().getAttribute('aria-label')).to.equal('Phân trang');
      const announced = () => pager().querySelector('[role="status"]')!.textContent!.trim();
      const current = () => pager().querySelector('[aria-current="page"]')!.textContent!.trim();
      expect(announced()).to.equal('Trang 1 trên 3');
      expect(current()).to.equal('1');
      const previous = [...pager().querySelectorAll('button')].find((b) => b.textContent!.trim() === '‹ Trước')!;
      expect(previous.disabled).to.equal(true);
      const next = [...pager().querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Sau ›')!;
      next.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(announced()).to.equal('Trang 2 trên 3');
      expect(current()).to.equal('2');
      expect(titles(el)[0]).to.equal('Dân vận khéo ở xã Mỹ Hòa Hưng');
      // Focus moves to the top of the new page for keyboard and screen-reader users.
      expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[part="list"]'));
      await expect(el).to.be.accessible();
      await search(el, 'thu tuong'); // four results: still two pages
      expect(announced()).to.equal('Trang 1 trên 2'); // a new search starts from the first page
    });

    it('numbers the pages: first, last, the current one with its neighbours, and … between', async () => {
      const el = await list(html`<sen-campaign-list page-size="1" .data=${generated(20)}></sen-campaign-list>`);
      const pager = () => el.shadowRoot!.querySelector('nav[part="pager"]')!;
      const numbers = () => [...pager().querySelectorAll('.pager-pages li')].map((li) => li.textContent!.trim());
      expect(numbers()).to.deep.equal(['1', '2', '…', '20']);
      const page = (n: string) =>
        [...pager().querySelectorAll<HTMLButtonElement>('[part="page"]')].find((b) => b.textContent!.trim() === n)!;
      expect(page('20').getAttribute('aria-label')).to.equal('Trang 20');
      page('20').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(numbers()).to.deep.equal(['1', '…', '19', '20']);
      expect(page('20').getAttribute('aria-current')).to.equal('page');
      page('19').click();
      await el.updateComplete;
      page('18').click();
      await el.updateComplete;
      expect(numbers()).to.deep.equal(['1', '…', '17', '18', '19', '20']);
      page('1').click();
      await el.updateComplete;
      expect(page('1').getAttribute('aria-current')).to.equal('page');
      expect(pager().querySelectorAll('[aria-current="page"]')).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });

  describe('sort control', () => {
    const sortSelect = (el: Element) =>
      [...el.shadowRoot!.querySelectorAll('[part="filter"]')]
        .find((field) => field.textContent!.includes('Sắp xếp'))!
        .querySelector('select')!;

    it('offers newest, ending soon and title, and reorders the list and the attribute when changed', async () => {
      const el = await list(html`<sen-campaign-list src=${SEED}></sen-campaign-list>`);
      const options = [...sortSelect(el).options].map((option) => [option.value, option.textContent!.trim()]);
      expect(options).to.deep.equal([
        ['newest', 'Mới nhất'],
        ['ending-soon', 'Sắp kết thúc'],
        ['title', 'Theo tên (A–Z)'],
      ]);
      expect(sortSelect(el).value).to.equal('newest');
      await choose(el, 'Sắp xếp', 'title');
      expect(el.getAttribute('sort')).to.equal('title');
      expect(titles(el)[0]).to.equal('Cả nước chung sức xây dựng nông thôn mới');
      await expect(el).to.be.accessible();
    });

    it('follows the sort attribute when the page changes it', async () => {
      const el = await list(html`<sen-campaign-list sort="title" page-size="2" src=${SEED}></sen-campaign-list>`);
      expect(sortSelect(el).value).to.equal('title');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="page"]:not([aria-current="page"])')!.click();
      await el.updateComplete;
      el.setAttribute('sort', 'newest');
      await el.updateComplete;
      expect(sortSelect(el).value).to.equal('newest');
      expect(titles(el)[0]).to.equal('Doanh nghiệp hội nhập và phát triển'); // and back on the first page
    });
  });

  describe('sen-select', () => {
    it('fires with the item and, unless cancelled, lets the link navigate', async () => {
      const el = await list(
        html`<sen-campaign-list .data=${[{ id: 7, title: 'Đi tới mục', url: '#campaign-7' }]}></sen-campaign-list>`,
      );
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="item-link"]')!;
      const selected = oneEvent(el, 'sen-select');
      const navigated = oneEvent(window, 'hashchange');
      link.click();
      const { detail, composed, cancelable } = await selected;
      expect(detail.item).to.deep.equal({ id: '7', title: 'Đi tới mục', url: '#campaign-7' });
      expect({ composed, cancelable }).to.deep.equal({ composed: true, cancelable: true });
      await navigated;
      expect(location.hash).to.equal('#campaign-7');
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('stops the navigation when a listener cancels it', async () => {
      const el = await list(
        html`<sen-campaign-list .data=${[{ id: 8, title: 'Ở lại', url: '#campaign-8' }]}></sen-campaign-list>`,
      );
      el.addEventListener('sen-select', (event) => event.preventDefault());
      const click = oneEvent(document, 'click');
      el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="item-link"]')!.click();
      expect((await click).defaultPrevented).to.equal(true);
      await new Promise((resolve) => setTimeout(resolve, 100)); // a navigation would have happened by now
      expect(location.hash).to.equal('');
    });

    it('fires from a button when the item has no URL, by keyboard too', async () => {
      const el = await list(
        html`<sen-campaign-list .data=${[{ id: 9, title: 'Không có liên kết' }]}></sen-campaign-list>`,
      );
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="item-link"]')!;
      button.focus();
      const selected = oneEvent(el, 'sen-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail.item.id).to.equal('9');
    });
  });

  describe('safety', () => {
    it('renders every field as text and links only safe URLs', async () => {
      const el = await list(
        html`<sen-campaign-list
          .data=${[
            {
              id: 1,
              title: '<img src=x onerror=alert(1)>Tiêu đề',
              summary: '<b>đậm</b>',
              url: 'javascript:alert(1)',
              document: { number: '1/KH', url: 'data:text/html,<script>alert(1)</script>' },
            },
          ]}
        ></sen-campaign-list>`,
      );
      expect(el.shadowRoot!.querySelector('img, b, script')).to.equal(null);
      expect(shadowText(el)).to.contain('<img src=x onerror=alert(1)>Tiêu đề');
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      expect(el.shadowRoot!.querySelector('button[part="item-link"]')).not.to.equal(null);
    });
  });

  describe('states, languages, layouts', () => {
    it('is empty, with a message, when there are no campaigns', async () => {
      const el = await fixture(html`<sen-campaign-list .data=${{ campaigns: [] }}></sen-campaign-list>`);
      await waitForState(el, 'empty');
      expect(shadowText(el)).to.contain('Chưa có phong trào thi đua nào.');
      await expect(el).to.be.accessible();
    });

    it('is accessible while loading', async () => {
      const el = await fixture(
        html`<sen-campaign-list src=${fault({ id: uid(), delay: 1500, body: 'campaigns-seed' })}></sen-campaign-list>`,
      );
      expect(el.getAttribute('state')).to.equal('loading');
      await expect(el).to.be.accessible();
    });

    it('speaks English with lang="en"', async () => {
      const el = await list(html`<sen-campaign-list lang="en" src=${SEED}></sen-campaign-list>`);
      expect(el.shadowRoot!.querySelector('[role="heading"]')!.textContent).to.equal('Emulation campaigns');
      expect(count(el)).to.equal('6 campaigns');
      const plan = item(el, 'Phong trào thi đua năm 2023 của tỉnh An Giang');
      expect(plan.querySelector('[part="badge"]')!.textContent).to.equal('Ended');
      expect(plan.textContent).to.contain('Kế hoạch No. 16/KH-UBND of 10/01/2023');
      await expect(el).to.be.accessible();
    });

    it('fits a sidebar with layout="compact": search, titles, badges and periods only', async () => {
      const el = await list(html`<sen-campaign-list layout="compact" src=${SEED}></sen-campaign-list>`);
      expect(el.shadowRoot!.querySelector('[part="filter"]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="meta"]')).to.equal(null);
      expect(item(el, 'Phong trào thi đua năm 2023 của tỉnh An Giang').textContent).to.contain(
        '10/01/2023 – 31/12/2023',
      );
      await expect(el).to.be.accessible();
    });

    it('draws the dark palette with theme="dark", and stays accessible', async () => {
      const el = await list(html`<sen-campaign-list theme="dark" src=${SEED}></sen-campaign-list>`);
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 25, 29)');
      expect(getComputedStyle(el).color).to.equal('rgb(236, 239, 241)');
      const link = el.shadowRoot!.querySelector('[part="item-link"]')!;
      expect(getComputedStyle(link).color).to.equal('rgb(158, 200, 245)');
      await expect(el).to.be.accessible();
    });

    it('shows a kept copy, marked stale, when a refresh fails', async () => {
      const el = await list(
        html`<sen-campaign-list
          refresh="1"
          src=${fault({ id: uid(), status: '200,500', body: 'campaigns-seed' })}
        ></sen-campaign-list>`,
      );
      await oneEvent(el, 'sen-error');
      await el.updateComplete;
      expect(el.hasAttribute('stale')).to.equal(true);
      expect(titles(el)).to.have.length(6);
      await expect(el).to.be.accessible();
    });
  });
});
