import { expect } from '@open-wc/testing';
import { readCitation, type Citation } from '../../src/text/citation.js';

describe('readCitation', () => {
  const readable: Array<[written: string, read: Citation]> = [
    ['Kế hoạch số 16/KH-UBND ngày 10/1/2023', { type: 'Kế hoạch', number: '16/KH-UBND', date: '2023-01-10' }],
    [
      'Quyết định số 123/QĐ-UBND ngày 05 tháng 5 năm 2023',
      { type: 'Quyết định', number: '123/QĐ-UBND', date: '2023-05-05' },
    ],
    ['Chỉ thị 34-CT/TW ngày 7 tháng 4 năm 2014', { type: 'Chỉ thị', number: '34-CT/TW', date: '2014-04-07' }],
    [
      'Nghị quyết số 42/NQ-HĐND ngày 13 tháng 12 năm 2022',
      { type: 'Nghị quyết', number: '42/NQ-HĐND', date: '2022-12-13' },
    ],
    ['Chỉ thị số 05/CT-UBND ngày 25 tháng 10 năm 2021', { type: 'Chỉ thị', number: '05/CT-UBND', date: '2021-10-25' }],
    // a stray space before the slash, copied from a real page
    ['Kế hoạch số 16 /KH-UBND ngày 10/1/2023', { type: 'Kế hoạch', number: '16/KH-UBND', date: '2023-01-10' }],
    ['Công văn số 1234/SNV-TCBC ngày 01-02-2023', { type: 'Công văn', number: '1234/SNV-TCBC', date: '2023-02-01' }],
    ['Thông tư 12/2019/TT-BNV', { type: 'Thông tư', number: '12/2019/TT-BNV' }],
    ['kế hoạch số 16/KH-UBND ngày 10/1/2023', { type: 'Kế hoạch', number: '16/KH-UBND', date: '2023-01-10' }],
    ['QUYẾT ĐỊNH SỐ 5/QĐ-UBND NGÀY 29/2/2024', { type: 'Quyết định', number: '5/QĐ-UBND', date: '2024-02-29' }],
    [
      'Kế hoạch số 16/KH-UBND ngày 10/1/2023'.normalize('NFD'),
      { type: 'Kế hoạch', number: '16/KH-UBND', date: '2023-01-10' },
    ],
    [
      'Quyết định số 123/QĐ-UBND ngày 05 tháng 5 năm 2023'.normalize('NFD'),
      { type: 'Quyết định', number: '123/QĐ-UBND', date: '2023-05-05' },
    ],
    ['Kế hoạch số 16/KH-UBND ngày 10.1.2023', { type: 'Kế hoạch', number: '16/KH-UBND', date: '2023-01-10' }],
    [
      '  Kế\u00a0hoạch  số:  16/KH-UBND,   ngày 10/01/2023 ',
      { type: 'Kế hoạch', number: '16/KH-UBND', date: '2023-01-10' },
    ],
    ['Nghị định số 98/2023/NĐ-CP ngày 31/12/2023', { type: 'Nghị định', number: '98/2023/NĐ-CP', date: '2023-12-31' }],
    ['Thông báo số 7/TB-SNV', { type: 'Thông báo', number: '7/TB-SNV' }],
    ['Luật số 06/2022/QH15', { type: 'Luật', number: '06/2022/QH15' }],
    ['Hướng dẫn số 03/HD-HĐTĐKT ngày 2/3/2023', { type: 'Hướng dẫn', number: '03/HD-HĐTĐKT', date: '2023-03-02' }],
    ['Tờ trình số 45/TTr-SNV', { type: 'Tờ trình', number: '45/TTr-SNV' }],
    [
      'Báo cáo số 210/BC-UBND ngày 15 tháng 11 năm 2023',
      { type: 'Báo cáo', number: '210/BC-UBND', date: '2023-11-15' },
    ],
    ['Thông tư liên tịch số 01/2020/TTLT-BNV-BTC', { type: 'Thông tư liên tịch', number: '01/2020/TTLT-BNV-BTC' }],
    // what follows the number is not part of it
    ['Quyết định số 123/QĐ-UBND - V/v khen thưởng', { type: 'Quyết định', number: '123/QĐ-UBND' }],
    [
      'Thực hiện Kế hoạch số 16/KH-UBND ngày 10/1/2023 của UBND tỉnh',
      { type: 'Kế hoạch', number: '16/KH-UBND', date: '2023-01-10' },
    ],
    // parts that are there are read even when others are not
    ['16/KH-UBND', { number: '16/KH-UBND' }],
    ['Số 16/KH-UBND ngày 10/1/2023', { number: '16/KH-UBND', date: '2023-01-10' }],
    ['Luật Thi đua, khen thưởng 2022', { type: 'Luật' }],
    ['Bộ luật Lao động số 45/2019/QH14', { type: 'Bộ luật', number: '45/2019/QH14' }],
  ];
  for (const [written, read] of readable) {
    it(`reads ${JSON.stringify(written)}`, () => {
      expect(readCitation(written)).to.deep.equal(read);
    });
  }

  const noDate = [
    'Kế hoạch số 16/KH-UBND ngày 31/2/2023',
    'Kế hoạch số 16/KH-UBND ngày 29/2/2023',
    'Kế hoạch số 16/KH-UBND ngày 10/13/2023',
    'Kế hoạch số 16/KH-UBND ngày 0 tháng 1 năm 2023',
    'Kế hoạch số 16/KH-UBND ngày 10/1/23',
  ];
  for (const written of noDate) {
    it(`gives no date for ${JSON.stringify(written)}`, () => {
      expect(readCitation(written)).to.deep.equal({ type: 'Kế hoạch', number: '16/KH-UBND' });
    });
  }

  for (const written of ['', '   ', 'Phong trào thi đua yêu nước', 'xem văn bản đính kèm']) {
    it(`reads nothing in ${JSON.stringify(written)}`, () => {
      expect(readCitation(written)).to.equal(null);
    });
  }
});
