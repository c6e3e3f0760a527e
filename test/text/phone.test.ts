import { expect } from '@open-wc/testing';
import { parsePhone, parsePhones, splitPhones, zaloLink } from '../../src/text/phone.js';

/**
 * One number as written → the `tel:` URI it dials (null: shown as plain text).
 * The display is the written text unless a third column says otherwise.
 */
const NUMBERS: readonly [written: string, tel: string | null, display?: string][] = [
  // Numbers from the seed data (Sở Nội vụ An Giang).
  ['0983.570.009', 'tel:+84983570009'],
  ['02963.957.006', 'tel:+842963957006'],
  ['02963.957.049', 'tel:+842963957049'],
  ['0378.247.247', 'tel:+84378247247'],
  ['0907.312.277', 'tel:+84907312277'],
  ['0968.078.529', 'tel:+84968078529'],
  ['02963.981.818', 'tel:+842963981818'],
  // Mobiles written with spaces, dots, dashes or nothing, on every mobile prefix.
  ['0983 570 009', 'tel:+84983570009'],
  ['0983570009', 'tel:+84983570009'],
  ['0983-570-009', 'tel:+84983570009'],
  ['098 357 0009', 'tel:+84983570009'],
  ['0912 345 678', 'tel:+84912345678'],
  ['0868.123.456', 'tel:+84868123456'],
  ['0559 123 456', 'tel:+84559123456'],
  ['0708 123 456', 'tel:+84708123456'],
  ['0345-678-901', 'tel:+84345678901'],
  ['0888 999 000', 'tel:+84888999000'],
  ['  0907 312 277  ', 'tel:+84907312277', '0907 312 277'],
  ['0983\u00a0570\u00a0009', 'tel:+84983570009'],
  // International forms stay E.164; a written trunk 0 is not dialled.
  ['+84 983 570 009', 'tel:+84983570009'],
  ['+84983570009', 'tel:+84983570009'],
  ['+84-983-570-009', 'tel:+84983570009'],
  ['(+84) 983 570 009', 'tel:+84983570009'],
  ['+84 (0) 983 570 009', 'tel:+84983570009'],
  ['84983570009', 'tel:+84983570009'],
  ['0084 983 570 009', 'tel:+84983570009'],
  ['+84 296 3957 006', 'tel:+842963957006'],
  ['+84 24 3825 3536', 'tel:+842438253536'],
  ['842838295555', 'tel:+842838295555'],
  // Landlines across the country; a parenthesised area code is part of the number.
  ['024 3825 3536', 'tel:+842438253536'],
  ['(024) 3825.3536', 'tel:+842438253536'],
  ['028 3829 5555', 'tel:+842838295555'],
  ['(028) 3829 5555', 'tel:+842838295555'],
  ['028.3829.1234', 'tel:+842838291234'],
  ['0236.3822.123', 'tel:+842363822123'],
  ['0225 3842 123', 'tel:+842253842123'],
  ['0292 3820 123', 'tel:+842923820123'],
  ['0234 3822 123', 'tel:+842343822123'],
  ['0203 3835 123', 'tel:+842033835123'],
  ['0299 3822 123', 'tel:+842993822123'],
  ['0269 3824 123', 'tel:+842693824123'],
  ['0277.3851.123', 'tel:+842773851123'],
  ['0258 3822 123', 'tel:+842583822123'],
  ['0297 3862 123', 'tel:+842973862123'],
  ['0218 3852 123', 'tel:+842183852123'],
  ['(0296) 3957 006', 'tel:+842963957006'],
  ['0296-395-7006', 'tel:+842963957006'],
  ['02963957006', 'tel:+842963957006'],
  // Short numbers and 1800/1900 service numbers are dialled as written.
  ['111', 'tel:111'],
  ['112', 'tel:112'],
  ['113', 'tel:113'],
  ['114', 'tel:114'],
  ['115', 'tel:115'],
  ['116', 'tel:116'],
  ['1022', 'tel:1022'],
  ['1800 1234', 'tel:18001234'],
  ['1800-1234', 'tel:18001234'],
  ['1800 599 920', 'tel:1800599920'],
  ['1900 1234', 'tel:19001234'],
  ['1900 5454 41', 'tel:1900545441'],
  ['1900.9095', 'tel:19009095'],
  // Dashed 10-digit service numbers stay whole, whatever their last group starts with.
  ['1900-1234-05', 'tel:1900123405'],
  ['1800-5454-01', 'tel:1800545401'],
  ['1900-123-056', 'tel:1900123056'],
  // Written with +84, a service number keeps it.
  ['+84 1900 1234', 'tel:+8419001234'],
  ['+84 1800 599 920', 'tel:+841800599920'],
  ['0084 1900 1234', 'tel:+8419001234'],
  // Extensions, in Vietnamese and English, are kept.
  ['0296 3957 006 máy lẻ 12', 'tel:+842963957006;ext=12'],
  ['0296 3957 006 ext. 12', 'tel:+842963957006;ext=12'],
  ['0296 3957 006 ext 12', 'tel:+842963957006;ext=12'],
  ['0296 3957 006 x12', 'tel:+842963957006;ext=12'],
  ['0296 3957 006 nhánh 12', 'tel:+842963957006;ext=12'],
  ['0296 3957 006 (máy lẻ 12)', 'tel:+842963957006;ext=12'],
  ['0296 3957 006 - số máy lẻ 12', 'tel:+842963957006;ext=12'],
  ['0296 3957 006 Máy lẻ: 12', 'tel:+842963957006;ext=12'],
  ['(028) 3829 5555 Ext. 105', 'tel:+842838295555;ext=105'],
  ['0296 3957 006 máy lẻ 12'.normalize('NFD'), 'tel:+842963957006;ext=12'],
  ['1900 1234 nhánh 3', 'tel:19001234;ext=3'],
  ['0296 3957 006;ext=195', 'tel:+842963957006;ext=195'],
  ['0296 3957 006 ; ext=195', 'tel:+842963957006;ext=195'],
  ['0296 3957 006 #1', 'tel:+842963957006;ext=1'],
  ['0296 3957 006#12', 'tel:+842963957006;ext=12'],
  ['1900 1234 #2', 'tel:19001234;ext=2'],
  // Landlines of Hà Nội and TP.HCM follow the numbering plan: a subscriber number starts 2–8
  // (024) or 2–9 (028), never 0 or 1.
  ['024 2234 5678', 'tel:+842422345678'],
  ['024 8234 5678', 'tel:+842482345678'],
  ['028 9234 5678', 'tel:+842892345678'],
  ['024 0234 5678', null],
  ['024 1234 5678', null],
  ['024 9234 5678', null],
  ['028 0234 5678', null],
  ['028 1234 5678', null],
  ['+84 24 1234 5678', null],
  // Not a Vietnamese phone number: shown as text.
  ['N/A', null],
  ['đang cập nhật', null],
  ['Đang cập nhật', null],
  ['', null],
  ['0983 570 00', null],
  ['0983 570 0091', null],
  ['0123 456 789', null],
  ['0163 456 7890', null],
  ['0201 3957 006', null],
  ['0217 3957 006', null],
  ['0295 3957 006', null],
  ['024 3825 353', null],
  ['0983 570 OO9', null],
  ['3829 5555', null],
  ['12345', null],
  ['999', null],
  ['1800 123', null],
  ['1900 1234 567', null],
  ['+1 202 555 0100', null],
  ['+84 113', null],
  ['0983 570 009 máy lẻ', null],
  ['0983 570 009 - 0907 312 277', null],
  ['0983+570009', null],
];

/** Labelled numbers: written → [label before, number, label after, tel, fax]. */
const LABELLED: readonly [
  written: string,
  before: string,
  number: string,
  after: string,
  tel: string | null,
  fax: string | null,
][] = [
  ['ĐT: 02515.235.654', 'ĐT: ', '02515.235.654', '', 'tel:+842515235654', null],
  ['Điện thoại: 0983 570 009', 'Điện thoại: ', '0983 570 009', '', 'tel:+84983570009', null],
  [
    'Điện thoại: 0983 570 009'.normalize('NFD'),
    'Điện thoại: '.normalize('NFD'),
    '0983 570 009',
    '',
    'tel:+84983570009',
    null,
  ],
  ['Dien thoai 0983 570 009', 'Dien thoai ', '0983 570 009', '', 'tel:+84983570009', null],
  ['ĐIỆN THOẠI:0983570009', 'ĐIỆN THOẠI:', '0983570009', '', 'tel:+84983570009', null],
  ['DĐ: 0983.570.009', 'DĐ: ', '0983.570.009', '', 'tel:+84983570009', null],
  ['dd 0983.570.009', 'dd ', '0983.570.009', '', 'tel:+84983570009', null],
  ['Di động - 0983 570 009', 'Di động - ', '0983 570 009', '', 'tel:+84983570009', null],
  ['Hotline: 1900 1234', 'Hotline: ', '1900 1234', '', 'tel:19001234', null],
  ['SĐT: (0296) 3957 006', 'SĐT: ', '(0296) 3957 006', '', 'tel:+842963957006', null],
  ['ĐT/Zalo: 0983 570 009', 'ĐT/Zalo: ', '0983 570 009', '', 'tel:+84983570009', null],
  ['Zalo: +84 983 570 009', 'Zalo: ', '+84 983 570 009', '', 'tel:+84983570009', null],
  ['0983 570 009 (Zalo)', '', '0983 570 009', ' (Zalo)', 'tel:+84983570009', null],
  ['0983 570 009 - zalo', '', '0983 570 009', ' - zalo', 'tel:+84983570009', null],
  ['ĐT: 0296 3957 006 máy lẻ 12', 'ĐT: ', '0296 3957 006 máy lẻ 12', '', 'tel:+842963957006;ext=12', null],
  // A fax is shown with its label and can be copied, but is never offered as a call.
  ['Fax: 0296 3957 007', 'Fax: ', '0296 3957 007', '', null, 'tel:+842963957007'],
  ['FAX 0296.3957.007', 'FAX ', '0296.3957.007', '', null, 'tel:+842963957007'],
  ['0296 3957 007 (Fax)', '', '0296 3957 007', ' (Fax)', null, 'tel:+842963957007'],
  // Labelled as both a phone and a fax: it answers calls too.
  ['ĐT/Fax: 0296 3957 007', 'ĐT/Fax: ', '0296 3957 007', '', 'tel:+842963957007', null],
];

describe('phone numbers', () => {
  describe('parsePhone', () => {
    for (const [written, tel, display = written] of NUMBERS) {
      it(`reads ${JSON.stringify(written)} as ${tel ?? 'plain text'}`, () => {
        expect(parsePhone(written)).to.deep.equal({ display, number: display, before: '', after: '', tel, fax: null });
      });
    }
  });

  describe('labels', () => {
    for (const [written, before, number, after, tel, fax] of LABELLED) {
      it(`keeps ${JSON.stringify(written)} as text around ${tel ?? fax}`, () => {
        expect(parsePhone(written)).to.deep.equal({ display: written, number, before, after, tel, fax });
      });
    }

    it('leaves words that are no label, and labels without a number, as text', () => {
      for (const written of [
        'Phòng 0983 570 009',
        'ĐT: đang cập nhật',
        'Fax: 0296 3957',
        'Zalo sở',
        '0983 570 009 (cơ quan)',
      ]) {
        expect(parsePhone(written), written).to.deep.include({
          number: written,
          before: '',
          after: '',
          tel: null,
          fax: null,
        });
      }
    });
  });

  describe('splitPhones', () => {
    const FIELDS: readonly [written: string, numbers: string[]][] = [
      ['02963.957.049 - 0378.247.247', ['02963.957.049', '0378.247.247']],
      ['0983 570 009; 0907 312 277', ['0983 570 009', '0907 312 277']],
      ['0983.570.009 / 0907.312.277', ['0983.570.009', '0907.312.277']],
      ['0983570009, 0907312277', ['0983570009', '0907312277']],
      ['0983 570 009 hoặc 0907 312 277', ['0983 570 009', '0907 312 277']],
      ['0983 570 009 hoặc 0907 312 277'.normalize('NFD'), ['0983 570 009', '0907 312 277']],
      ['0983 570 009 hoac 0907 312 277', ['0983 570 009', '0907 312 277']],
      ['0983 570 009 và 0907 312 277', ['0983 570 009', '0907 312 277']],
      ['0983.570.009 – 0907.312.277', ['0983.570.009', '0907.312.277']],
      ['0983 570 009\n0907 312 277', ['0983 570 009', '0907 312 277']],
      ['0983-570-009-0907-312-277', ['0983-570-009', '0907-312-277']],
      ['0983 570 009 | 1900 1234 | 113', ['0983 570 009', '1900 1234', '113']],
      ['113 - 115', ['113', '115']],
      ['(028) 3829-5555 - (028) 3829-6666', ['(028) 3829-5555', '(028) 3829-6666']],
      ['+84 983 570 009 - +84 907 312 277', ['+84 983 570 009', '+84 907 312 277']],
      ['0296-395-7006', ['0296-395-7006']],
      ['1800-1234', ['1800-1234']],
      ['1900-1234-56', ['1900-1234-56']],
      ['024-3825-3536', ['024-3825-3536']],
      ['0296 3957 006, máy lẻ 12', ['0296 3957 006, máy lẻ 12']],
      ['0296 3957 006 - máy lẻ 12', ['0296 3957 006 - máy lẻ 12']],
      ['0296 3957 006;ext=195', ['0296 3957 006;ext=195']],
      ['1900-1234-05', ['1900-1234-05']],
      ['1900-1234-05 - 0983 570 009', ['1900-1234-05', '0983 570 009']],
      ['1800-1234-1900-5678', ['1800-1234', '1900-5678']],
      ['0248-605-104-0', ['0248-605-104-0']],
      ['1900-027-0900-9', ['1900-027-0900-9']],
      ['0983 570 00 - 0907 312 277', ['0983 570 00', '0907 312 277']],
      ['0983 570 009 (Zalo) - 0907 312 277', ['0983 570 009 (Zalo)', '0907 312 277']],
      ['ĐT: 0983 570 009 - Fax: 0296 3957 007', ['ĐT: 0983 570 009', 'Fax: 0296 3957 007']],
      ['0983 570 009 hoặc ĐT/Zalo: 0907 312 277', ['0983 570 009', 'ĐT/Zalo: 0907 312 277']],
      ['0983 570 009 - Zalo, 0907 312 277', ['0983 570 009 - Zalo', '0907 312 277']],
      ['N/A', ['N/A']],
      ['Đang cập nhật, liên hệ sau', ['Đang cập nhật, liên hệ sau']],
      ['  0983 570 009 ;  ', ['0983 570 009']],
      ['', []],
    ];
    for (const [written, numbers] of FIELDS) {
      it(`splits ${JSON.stringify(written)} into ${numbers.length}`, () => {
        expect(splitPhones(written)).to.deep.equal(numbers);
      });
    }
  });

  it('reads a giant field in proportion to its length, still finding the number after the junk', () => {
    const lastTel = (text: string) => parsePhones(text).at(-1)?.tel;
    expect(lastTel(`${'9-'.repeat(20000)} - 0983 570 009`)).to.equal('tel:+84983570009');
    expect(lastTel(`${'x, '.repeat(20000)}0907 312 277`)).to.equal('tel:+84907312277');
    expect(lastTel(`${'ĐT/'.repeat(20000)}Zalo: 0907 312 277`)).to.equal('tel:+84907312277');
    expect(parsePhone('0'.repeat(200000))).to.deep.include({ tel: null, fax: null });
  });

  it('parses every number of a field, as the card shows them', () => {
    expect(
      parsePhones('02963.957.049 - 0378.247.247 / N/A').map(({ display, tel }) => ({ display, tel })),
    ).to.deep.equal([
      { display: '02963.957.049', tel: 'tel:+842963957049' },
      { display: '0378.247.247 / N/A', tel: null },
    ]);
    expect(parsePhones('ĐT: 0296 3957 006; Fax: 0296 3957 007').map(({ tel, fax }) => [tel, fax])).to.deep.equal([
      ['tel:+842963957006', null],
      [null, 'tel:+842963957007'],
    ]);
  });

  describe('zaloLink', () => {
    const LINKS: readonly [value: string, link: string | null][] = [
      ['0983.570.009', 'https://zalo.me/0983570009'],
      ['+84983570009', 'https://zalo.me/0983570009'],
      ['(+84) 907 312 277', 'https://zalo.me/0907312277'],
      [' 0378 247 247 ', 'https://zalo.me/0378247247'],
      ['https://zalo.me/0983570009', 'https://zalo.me/0983570009'],
      ['https://zalo.me/g/abcdef123', 'https://zalo.me/g/abcdef123'],
      ['http://zalo.me/0983570009', null],
      ['https://zalo.me.example.com/0983570009', null],
      ['https://zalo.me/', null],
      ['02963.957.006', null],
      ['113', null],
      ['0983 570 009 máy lẻ 12', null],
      ['Zalo: 0983 570 009', 'https://zalo.me/0983570009'],
      ['Fax: 0983 570 009', null],
      ['Zalo sở', null],
      ['', null],
    ];
    for (const [value, link] of LINKS) {
      it(`links ${JSON.stringify(value)} to ${link ?? 'nothing'}`, () => {
        expect(zaloLink(value)).to.equal(link);
      });
    }
  });
});
