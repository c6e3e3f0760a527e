import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SenHotlineCard } from '../../src/hotline-card.js';
import { vi } from '../../src/i18n/vi.js';
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
import { $, $$, card, copyOutcome, pasteClipboard, realClick, text } from './support.js';

/** The seed page's first card, as a bare array of contacts. */
const TTHC = [
  { name: 'Ông Trương Long Hồ', position: 'Phó Giám Đốc Sở', phones: ['0983.570.009'], email: 'tlho@angiang.gov.vn' },
  { name: 'Phòng Tổng hợp - UBND tỉnh', phones: '02963.957.006', email: 'thutuchanhchinh@angiang.gov.vn' },
  { name: 'Tổ kiểm tra công vụ', phones: '02963.957.049 - 0378.247.247', email: 'kiemtracongvu@angiang.gov.vn' },
];

/** What a person sees of each contact, and where its links go. */
function contacts(el: Element) {
  return $$(el, '[part="contact"]').map((contact) => ({
    name: text(contact.querySelector('[part="name"]')),
    phones: [...contact.querySelectorAll('.phone')].map((phone) => {
      const call = phone.querySelector('a');
      return call ? [text(call), call.getAttribute('href')] : [text(phone), null];
    }),
    email: text(contact.querySelector('[part="email"] a') ?? contact.querySelector('[part="email"]')),
    mailto: contact.querySelector('[part="email"] a')?.getAttribute('href') ?? null,
  }));
}

/** Whether `note` is the shared stale note (src/i18n/vi.ts), at whatever time the copy was saved. */
function isStaleNote(note: string): boolean {
  const [before, after] = vi.staleNote('\u0000').split('\u0000');
  return note.startsWith(before) && note.endsWith(after) && /\d\d:\d\d \d\d\/\d\d\/\d{4}/.test(note);
}

const headingText = (el: Element) => text($(el, '[part="heading"]')) || null;

describe('<sen-hotline-card>', () => {
  beforeEach(fastRetries);
  afterEach(restoreSettings);

  describe('data shapes', () => {
    it('fetches { title, groups } and shows each group under its title, the title as heading', async () => {
      const el = await card(
        html`<sen-hotline-card src=${fault({ id: uid(), body: 'hotline-seed' })}></sen-hotline-card>`,
      );
      expect(headingText(el)).to.equal('Đường dây nóng Sở Nội vụ An Giang');
      const groups = $$(el, '[part="group"]');
      expect(groups.map((group) => text(group.querySelector('[part="group-title"]')))).to.deep.equal([
        'Số điện thoại tiếp nhận phản ánh kiến nghị về TTHC',
        'Đường dây nóng ngành Nội vụ An Giang',
      ]);
      expect(groups.map((group) => [...group.querySelectorAll('[part="name"]')].map(text))).to.deep.equal([
        ['Ông Trương Long Hồ', 'Phòng Tổng hợp - UBND tỉnh', 'Tổ kiểm tra công vụ'],
        ['Ông Lê Nguyên Châu', 'Bà Ngô Thị Ngọc Hạnh', 'Thanh tra Sở'],
      ]);
      expect(contacts(el)[0]).to.deep.equal({
        name: 'Ông Trương Long Hồ',
        phones: [['0983.570.009', 'tel:+84983570009']],
        email: 'tlho@angiang.gov.vn',
        mailto: 'mailto:tlho@angiang.gov.vn',
      });
      expect(text($(el, '[part="position"]'))).to.equal('Phó Giám Đốc Sở');
      await expect(el).to.be.accessible();
    });

    it('gives group titles the level below the heading', async () => {
      const el = await card(
        html`<sen-hotline-card heading-level="3" src=${fault({ id: uid(), body: 'hotline-seed' })}></sen-hotline-card>`,
      );
      expect($(el, '[part="heading"]')!.getAttribute('aria-level')).to.equal('3');
      expect(
        $$(el, '[part="group-title"]').map((title) => [title.getAttribute('role'), title.getAttribute('aria-level')]),
      ).to.deep.equal([
        ['heading', '4'],
        ['heading', '4'],
      ]);
    });

    it('accepts { title, contacts } (here as inline JSON): one group without a group title', async () => {
      const el = await card(html`
        <sen-hotline-card>
          <script type="application/json">
            {
              "title": "Đường dây nóng ngành Nội vụ An Giang",
              "contacts": [{ "name": "Thanh tra Sở", "phones": "02963.981.818" }]
            }
          </script>
        </sen-hotline-card>
      `);
      expect(headingText(el)).to.equal('Đường dây nóng ngành Nội vụ An Giang');
      expect($$(el, '[part="group"]').length).to.equal(1);
      expect($(el, '[part="group-title"]') === null, 'no [part="group-title"]').to.equal(true);
      expect(contacts(el)).to.deep.equal([
        { name: 'Thanh tra Sở', phones: [['02963.981.818', 'tel:+842963981818']], email: '', mailto: null },
      ]);
    });

    it('accepts a bare array of contacts, under the default heading', async () => {
      const el = await card(html`<sen-hotline-card .data=${TTHC}></sen-hotline-card>`);
      expect(headingText(el)).to.equal('Đường dây nóng');
      expect(contacts(el).map((contact) => contact.name)).to.deep.equal([
        'Ông Trương Long Hồ',
        'Phòng Tổng hợp - UBND tỉnh',
        'Tổ kiểm tra công vụ',
      ]);
      expect($(el, '[part="group-title"]') === null, 'no [part="group-title"]').to.equal(true);
    });

    it('lets the heading attribute win over the document title, and heading="" show none', async () => {
      const data = { title: 'Đường dây nóng ngành Nội vụ', contacts: TTHC };
      const custom = await card(html`<sen-hotline-card heading="Liên hệ" .data=${data}></sen-hotline-card>`);
      expect(headingText(custom)).to.equal('Liên hệ');
      const none = await card(html`<sen-hotline-card heading="" .data=${data}></sen-hotline-card>`);
      expect($(none, '[part="heading"]') === null, 'no [part="heading"]').to.equal(true);
    });

    it('reports a document that holds no contact list as kind schema', async () => {
      const { el, detail } = await firstEventOf<SenHotlineCard>(
        html`<sen-hotline-card src=${fault({ id: uid(), raw: '{"hotlines": 3}' })}></sen-hotline-card>`,
        'sen-error',
      );
      expect(detail.error.kind).to.equal('schema');
      await waitForState(el, 'error');
      expect(shadowText(el)).to.contain('Dữ liệu nhận được không đúng định dạng.');
    });
  });

  describe('phone numbers', () => {
    it('splits a field holding two numbers and links each as tel: in E.164, shown as written', async () => {
      const el = await card(html`<sen-hotline-card .data=${TTHC}></sen-hotline-card>`);
      expect(contacts(el).map((contact) => contact.phones)).to.deep.equal([
        [['0983.570.009', 'tel:+84983570009']],
        [['02963.957.006', 'tel:+842963957006']],
        [
          ['02963.957.049', 'tel:+842963957049'],
          ['0378.247.247', 'tel:+84378247247'],
        ],
      ]);
    });

    it('dials short, 1800/1900, extension, bracketed and +84 numbers; keeps hyphenated numbers whole; shows non-numbers as text', async () => {
      const data = [
        { name: 'Khẩn cấp', phones: ['113', '114', '115'] },
        { name: 'Tổng đài', phones: '1800 1234 - 1900 5454 41' },
        {
          name: 'Văn phòng',
          phones: [
            '0296 3957 006 máy lẻ 12',
            '0296 3957 006 ext. 12',
            '(0296) 3957 006',
            '0296-395-7006',
            '+84 983 570 009',
          ],
        },
        { name: 'Chưa có số', phones: 'Đang cập nhật' },
      ];
      const el = await card(html`<sen-hotline-card .data=${data}></sen-hotline-card>`);
      expect(contacts(el).map((contact) => contact.phones)).to.deep.equal([
        [
          ['113', 'tel:113'],
          ['114', 'tel:114'],
          ['115', 'tel:115'],
        ],
        [
          ['1800 1234', 'tel:18001234'],
          ['1900 5454 41', 'tel:1900545441'],
        ],
        [
          ['0296 3957 006 máy lẻ 12', 'tel:+842963957006;ext=12'],
          ['0296 3957 006 ext. 12', 'tel:+842963957006;ext=12'],
          ['(0296) 3957 006', 'tel:+842963957006'],
          ['0296-395-7006', 'tel:+842963957006'],
          ['+84 983 570 009', 'tel:+84983570009'],
        ],
        [['Đang cập nhật', null]],
      ]);
      const notANumber = $$(el, '[part="contact"]')[3];
      expect(notANumber.querySelector('button[part="copy"]') === null, 'no copy button').to.equal(true); // nothing to copy or dial
    });

    it('keeps labels such as "ĐT:" and "(Zalo)" as text and links only the number; shows a fax without a call link', async () => {
      const data = [
        {
          name: 'Văn phòng Sở',
          phones: ['ĐT: 02963.957.006', '0983 570 009 (Zalo)', 'Fax: 02963.957.007', 'Di động - 0907.312.277'],
        },
      ];
      const el = await card(html`<sen-hotline-card .data=${data}></sen-hotline-card>`);
      const items = $$(el, '[part="phone"]');
      expect(items.map((item) => text(item.querySelector('.number')))).to.deep.equal(data[0].phones);
      expect(
        items.map((item) => {
          const call = item.querySelector('a');
          return call && [text(call), call.getAttribute('href'), call.getAttribute('aria-label')];
        }),
      ).to.deep.equal([
        ['02963.957.006', 'tel:+842963957006', 'Gọi 02963.957.006'],
        ['0983 570 009', 'tel:+84983570009', 'Gọi 0983 570 009'],
        null,
        ['0907.312.277', 'tel:+84907312277', 'Gọi 0907.312.277'],
      ]);
      const fax = items[2];
      expect(text(fax.querySelector('.fax'))).to.equal('02963.957.007');
      expect(fax.querySelector('button[part="copy"]')!.getAttribute('aria-label')).to.equal(
        'Sao chép số 02963.957.007',
      );
      expect($$(el, 'a').some((link) => link.getAttribute('href')?.includes('2963957007'))).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('copies a labelled number without its label', async () => {
      const el = await card(
        html`<sen-hotline-card .data=${[{ name: 'Tổ công vụ', phones: 'ĐT: 0378.247.247' }]}></sen-hotline-card>`,
      );
      const button = $(el, 'button[part="copy"]')!;
      await realClick(button);
      await copyOutcome(button);
      expect(text($(el, '[role="status"]'))).to.equal('Đã sao chép số 0378.247.247');
      expect(await pasteClipboard()).to.equal('0378.247.247');
    });

    it('says what each action does: "Gọi …", "Sao chép số …", "Lưu danh bạ …"', async () => {
      const el = await card(html`<sen-hotline-card .data=${TTHC.slice(0, 1)}></sen-hotline-card>`);
      const call = $(el, 'a[part="call"]')!;
      const copy = $(el, 'button[part="copy"]')!;
      const save = $(el, 'button[part="vcard"]')!;
      expect([call, copy, save].map((node) => [node.getAttribute('aria-label'), text(node)])).to.deep.equal([
        ['Gọi 0983.570.009', '0983.570.009'],
        ['Sao chép số 0983.570.009', 'Sao chép'],
        ['Lưu danh bạ Ông Trương Long Hồ', 'Lưu danh bạ'],
      ]);
    });
  });

  describe('email, Zalo, hours, position and unit', () => {
    it('links an e-mail address with mailto: and shows anything else as text', async () => {
      const data = [
        { name: 'A', email: 'kiemtracongvu@angiang.gov.vn' },
        { name: 'B', email: 'đang cập nhật' },
        { name: 'C', email: 'tlho@angiang' },
      ];
      const el = await card(html`<sen-hotline-card .data=${data}></sen-hotline-card>`);
      expect(contacts(el).map(({ email, mailto }) => [email, mailto])).to.deep.equal([
        ['kiemtracongvu@angiang.gov.vn', 'mailto:kiemtracongvu@angiang.gov.vn'],
        ['Email: đang cập nhật', null],
        ['Email: tlho@angiang', null],
      ]);
    });

    it('links Zalo to zalo.me with the number as dialled at home, leaving the origin with noopener', async () => {
      const data = [
        { name: 'Ông Trương Long Hồ', zalo: '0983.570.009' },
        { name: 'Zalo OA', zalo: 'https://zalo.me/2949237812345' },
        { name: 'Máy bàn', zalo: '02963.957.006' },
      ];
      const el = await card(html`<sen-hotline-card .data=${data}></sen-hotline-card>`);
      const zalo = $$(el, '[part="zalo"]');
      expect(
        zalo.map((node) => [node.localName, node.getAttribute('href'), node.getAttribute('rel'), text(node)]),
      ).to.deep.equal([
        ['a', 'https://zalo.me/0983570009', 'noopener noreferrer', 'Zalo'],
        ['a', 'https://zalo.me/2949237812345', 'noopener noreferrer', 'Zalo'],
        ['span', null, null, 'Zalo: 02963.957.006'], // a landline has no Zalo account: text
      ]);
      expect(zalo[0].getAttribute('aria-label')).to.equal('Zalo: Ông Trương Long Hồ');
    });

    it('shows hours, position and unit as written', async () => {
      const data = [
        {
          name: 'Bộ phận một cửa',
          position: 'Tiếp nhận hồ sơ',
          unit: 'Trung tâm Phục vụ hành chính công tỉnh',
          hours: 'Giờ hành chính, thứ Hai – thứ Sáu',
          phones: '02963.957.006',
        },
      ];
      const el = await card(html`<sen-hotline-card .data=${data}></sen-hotline-card>`);
      expect(['position', 'unit', 'hours'].map((part) => text($(el, `[part="${part}"]`)))).to.deep.equal([
        'Tiếp nhận hồ sơ',
        'Trung tâm Phục vụ hành chính công tỉnh',
        'Thời gian: Giờ hành chính, thứ Hai – thứ Sáu',
      ]);
    });
  });

  describe('copying a number', () => {
    it('copies the number as written with the Clipboard API, and says so on the button and to screen readers', async () => {
      const el = await card(html`<sen-hotline-card .data=${TTHC}></sen-hotline-card>`);
      const button = $$(el, 'button[part="copy"]')[1];
      await realClick(button);
      await copyOutcome(button);
      expect(text(button)).to.equal('Đã sao chép');
      expect(button.getAttribute('aria-label')).to.equal('Đã sao chép số 02963.957.006');
      expect(text($(el, '[role="status"]'))).to.equal('Đã sao chép số 02963.957.006');
      expect(await pasteClipboard()).to.equal('02963.957.006');
      await expect(el).to.be.accessible();
    });

    it('falls back to execCommand("copy") where the Clipboard API is missing (plain-http pages), focus staying on the button', async () => {
      const el = await card(html`<sen-hotline-card .data=${TTHC}></sen-hotline-card>`);
      const button = $$(el, 'button[part="copy"]')[3];
      // What a plain-http page sees: navigator.clipboard only exists in secure contexts.
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
      try {
        expect(navigator.clipboard).to.equal(undefined);
        await realClick(button);
        await copyOutcome(button);
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
      expect(text(button)).to.equal('Đã sao chép');
      expect(el.shadowRoot!.activeElement === button, 'focus back on the copy button').to.equal(true);
      expect($(el, 'textarea') === null, 'no textarea').to.equal(true); // the helper is gone
      expect(await pasteClipboard()).to.equal('0378.247.247');
    });

    it('speaks English with lang="en"', async () => {
      const el = await card(html`<sen-hotline-card lang="en" .data=${TTHC}></sen-hotline-card>`);
      const button = $(el, 'button[part="copy"]')!;
      expect([text(button), button.getAttribute('aria-label')]).to.deep.equal(['Copy', 'Copy number 0983.570.009']);
      await realClick(button);
      await copyOutcome(button, 'Copy');
      expect([text(button), text($(el, '[role="status"]'))]).to.deep.equal(['Copied', 'Copied number 0983.570.009']);
      expect(await pasteClipboard()).to.equal('0983.570.009');
    });
  });

  describe('saving a contact', () => {
    /** Catches the vCard download the way the browser would receive it, and stops the real download. */
    function nextDownload(el: Element) {
      return new Promise<{ name: string; href: string; type: string | null; text: string }>((resolve) => {
        el.shadowRoot!.addEventListener('click', (event) => {
          const link = event.composedPath()[0];
          if (!(link instanceof HTMLAnchorElement) || !link.hasAttribute('download')) return;
          event.preventDefault();
          // Read at once, in the click, as a browser's download would.
          void fetch(link.href).then(async (response) =>
            resolve({
              name: link.download,
              href: link.href,
              type: response.headers.get('content-type'),
              text: await response.text(),
            }),
          );
        });
      });
    }

    it('downloads a vCard 4.0 file named after the person: CRLF, FN, TITLE, TEL in E.164, EMAIL', async () => {
      const el = await card(html`<sen-hotline-card .data=${TTHC}></sen-hotline-card>`);
      const download = nextDownload(el);
      $(el, 'button[part="vcard"]')!.click();
      const file = await download;
      expect(file.name).to.equal('truong-long-ho.vcf');
      expect(file.href).to.match(/^blob:/);
      expect(file.type).to.equal('text/vcard;charset=utf-8');
      expect(file.text).to.equal(
        'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Trương Long Hồ\r\nN:Trương;Hồ;Long;;\r\nTITLE:Phó Giám Đốc Sở\r\n' +
          'TEL;VALUE=uri:tel:+84983570009\r\nEMAIL:tlho@angiang.gov.vn\r\nEND:VCARD\r\n',
      );
      expect($(el, 'a[download]') === null, 'no a[download]').to.equal(true); // the short-lived link is gone
    });

    it('puts every number of a split field in the vCard', async () => {
      const el = await card(html`<sen-hotline-card .data=${TTHC}></sen-hotline-card>`);
      const download = nextDownload(el);
      $$(el, 'button[part="vcard"]')[2].click();
      const file = await download;
      expect(file.name).to.equal('to-kiem-tra-cong-vu.vcf');
      expect(file.text.split('\r\n').filter((line) => line.startsWith('TEL'))).to.deep.equal([
        'TEL;VALUE=uri:tel:+842963957049',
        'TEL;VALUE=uri:tel:+84378247247',
      ]);
    });
  });

  describe('safety', () => {
    it('shows HTML in any field as text and turns no unsafe URL into a link', async () => {
      const data = {
        title: '<b>Tiêu đề</b>',
        groups: [
          {
            title: '<i>Nhóm</i>',
            contacts: [
              {
                name: '<img src=x onerror="window.__hotlinePwned = 1">Ông A',
                position: '<script>window.__hotlinePwned = 1</script>',
                unit: '<a href="javascript:alert(1)">Đơn vị</a>',
                hours: '<style>*{display:none}</style>8h',
                phones: ['javascript:alert(1)', '<b>113</b>'],
                email: 'javascript:alert(1)//@x.vn',
                zalo: 'javascript:alert(1)',
              },
              { name: 'B', email: 'mailto:a@b.vn?body=x', zalo: 'https://zalo.me.example.com/0983570009' },
              { name: 'C', zalo: 'data:text/html,<script>alert(1)</script>' },
            ],
          },
        ],
      };
      const el = await card(html`<sen-hotline-card .data=${data}></sen-hotline-card>`);
      expect(headingText(el)).to.equal('<b>Tiêu đề</b>');
      expect(text($(el, '[part="group-title"]'))).to.equal('<i>Nhóm</i>');
      expect(text($(el, '[part="name"]'))).to.equal('<img src=x onerror="window.__hotlinePwned = 1">Ông A');
      expect(text($(el, '[part="position"]'))).to.equal('<script>window.__hotlinePwned = 1</script>');
      expect(el.shadowRoot!.querySelectorAll('img, script, b, i, style').length).to.equal(0);
      expect(shadowText(el)).to.contain('javascript:alert(1)//@x.vn');
      expect(shadowText(el)).to.contain('Zalo: data:text/html');
      const hrefs = $$(el, 'a').map((link) => link.getAttribute('href')!);
      expect(
        hrefs.every((href) => /^(tel:|mailto:|https:)/.test(href)),
        hrefs.join(' '),
      ).to.equal(true);
      expect(hrefs.filter((href) => href.startsWith('https:') || href.startsWith('mailto:'))).to.deep.equal([]);
      expect((window as { __hotlinePwned?: number }).__hotlinePwned).to.equal(undefined);
    });
  });

  describe('bad records', () => {
    it('leaves out a contact without a name, reports its path, and renders the others', async () => {
      const el = document.createElement('sen-hotline-card');
      el.src = fault({ id: uid(), body: 'hotline-bad-records' });
      const loaded = oneEvent(el, 'sen-load');
      const warnings = await collectWarnings(async () => {
        document.body.append(el);
        await waitForState(el, 'ready');
      });
      const { detail } = await loaded;
      expect(detail.dropped).to.deep.equal([
        { index: 0, path: 'groups[1].contacts[0].name', reason: 'expected a string, got nothing' },
        { index: 1, path: 'groups[1].contacts[1].name', reason: 'is empty (only white space)' },
        { index: null, path: 'groups[1].contacts[2].phones', reason: 'expected a string or an array, got number' },
      ]);
      expect(warnings).to.include('sen-hotline-card: groups[1].contacts[0].name: expected a string, got nothing');
      expect(warnings).to.include(
        'sen-hotline-card: groups[1].contacts[2].phones: expected a string or an array, got number',
      );
      expect(contacts(el)).to.deep.equal([
        { name: 'Ông Lê Nguyên Châu', phones: [['0907.312.277', 'tel:+84907312277']], email: '', mailto: null },
        {
          name: 'Thanh tra Sở',
          phones: [],
          email: 'thanhtra@angiang.gov.vn',
          mailto: 'mailto:thanhtra@angiang.gov.vn',
        },
      ]);
      await expect(el).to.be.accessible();
      el.remove();
    });
  });

  describe('states', () => {
    it('is empty, with a localized message, when there is no contact at all', async () => {
      for (const data of [
        [],
        { contacts: [] },
        { groups: [] },
        { groups: [{ title: 'Trống', contacts: [] }] },
        [{ position: 'no name' }],
      ]) {
        const el = await card(html`<sen-hotline-card .data=${data}></sen-hotline-card>`, 'empty');
        expect(text($(el, '[part="empty"]')), JSON.stringify(data)).to.equal('Chưa có thông tin liên hệ.');
        await expect(el).to.be.accessible();
      }
      const en = await card(html`<sen-hotline-card lang="en" .data=${[]}></sen-hotline-card>`, 'empty');
      expect([headingText(en), text($(en, '[part="empty"]'))]).to.deep.equal(['Hotlines', 'No contact details yet.']);
    });

    it('is accessible while loading', async () => {
      const el = await fixture<SenHotlineCard>(
        html`<sen-hotline-card src=${fault({ id: uid(), delay: 1500, body: 'hotline-seed' })}></sen-hotline-card>`,
      );
      expect(el.getAttribute('state')).to.equal('loading');
      expect(shadowText(el)).to.contain('Đang tải…');
      await expect(el).to.be.accessible();
    });

    it('shows a localized error with a retry button, accessibly, when the endpoint fails', async () => {
      const el = await fixture<SenHotlineCard>(
        html`<sen-hotline-card src=${fault({ id: uid(), status: 404 })}></sen-hotline-card>`,
      );
      await waitForState(el, 'error');
      expect(shadowText(el)).to.contain('Nguồn dữ liệu báo lỗi.');
      expect(text($(el, 'button[part="retry"]'))).to.equal('Thử lại');
      await expect(el).to.be.accessible();
    });

    it('keeps showing the contacts, marked stale, when a refresh fails', async () => {
      const el = await card(
        html`<sen-hotline-card
          refresh="1"
          src=${fault({ id: uid(), status: '200,500', body: 'hotline-seed' })}
        ></sen-hotline-card>`,
      );
      await oneEvent(el, 'sen-error');
      await el.updateComplete;
      expect([el.getAttribute('state'), el.hasAttribute('stale')]).to.deep.equal(['ready', true]);
      const note = text($(el, '[part="stale-note"]'));
      expect(isStaleNote(note), note).to.equal(true);
      expect(contacts(el).length).to.equal(6);
      await expect(el).to.be.accessible();
    });
  });

  describe('language, theme and layout', () => {
    it('speaks English with lang="en"', async () => {
      const data = [{ ...TTHC[0], hours: '7:00–17:00', zalo: '0983.570.009' }];
      const el = await card(html`<sen-hotline-card lang="en" .data=${data}></sen-hotline-card>`);
      expect(headingText(el)).to.equal('Hotlines');
      expect(text($(el, '[part="hours"]'))).to.equal('Hours: 7:00–17:00');
      expect(
        ['a[part="call"]', 'button[part="vcard"]', '[part="zalo"]'].map((selector) =>
          $(el, selector)!.getAttribute('aria-label'),
        ),
      ).to.deep.equal(['Call 0983.570.009', 'Save contact Ông Trương Long Hồ', 'Zalo: Ông Trương Long Hồ']);
      await expect(el).to.be.accessible();
    });

    it('has a dark theme that stays accessible', async () => {
      const el = await card(
        html`<sen-hotline-card theme="dark" src=${fault({ id: uid(), body: 'hotline-seed' })}></sen-hotline-card>`,
      );
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 25, 29)');
      expect(getComputedStyle($(el, 'a[part="call"]')!).color).to.equal('rgb(158, 200, 245)'); // --_link, dark;
      await expect(el).to.be.accessible();
    });

    it('fits a narrow sidebar by default: contacts stacked, nothing wider than 200 px, every target at least 44 px', async () => {
      const box = await fixture<HTMLElement>(
        html`<div style="width: 200px"><sen-hotline-card .data=${TTHC}></sen-hotline-card></div>`,
      );
      const el = box.querySelector('sen-hotline-card')!;
      await waitForState(el, 'ready');
      expect(el.layout).to.equal('narrow');
      const [first, second] = $$(el, '[part="contact"]').map((contact) => contact.getBoundingClientRect());
      expect(second.top).to.be.at.least(first.bottom);
      const right = box.getBoundingClientRect().right;
      for (const node of $$(el, '[part="contact"] *')) {
        expect(node.getBoundingClientRect().right, text(node)).to.be.at.most(right + 0.5);
      }
      for (const target of $$(el, 'a, button')) {
        const { width, height } = target.getBoundingClientRect();
        expect([width >= 44, height >= 44], target.getAttribute('aria-label') ?? text(target)).to.deep.equal([
          true,
          true,
        ]);
      }
      await expect(el).to.be.accessible();
    });

    it('puts contacts side by side with layout="wide"', async () => {
      const box = await fixture<HTMLElement>(
        html`<div style="width: 900px"><sen-hotline-card layout="wide" .data=${TTHC}></sen-hotline-card></div>`,
      );
      const el = box.querySelector('sen-hotline-card')!;
      await waitForState(el, 'ready');
      const boxes = $$(el, '[part="contact"]').map((contact) => contact.getBoundingClientRect());
      expect(boxes[1].top).to.equal(boxes[0].top);
      expect(boxes[1].left).to.be.greaterThan(boxes[0].right);
      for (const target of $$(el, 'a, button')) expect(target.getBoundingClientRect().height).to.be.at.least(44);
      await expect(el).to.be.accessible();
    });

    it('shows where the keyboard focus is', async () => {
      const el = await card(html`<sen-hotline-card .data=${TTHC}></sen-hotline-card>`);
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      const focused = el.shadowRoot!.activeElement!;
      expect(focused === $(el, 'a[part="call"]'), 'focus on the first call link').to.equal(true);
      const style = getComputedStyle(focused);
      expect([style.outlineStyle, style.outlineWidth]).to.deep.equal(['solid', '3px']);
      before.remove();
    });
  });
});
