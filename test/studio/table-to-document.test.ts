import { expect } from '@open-wc/testing';
import { checkDocument } from '../../src/check.js';
import { reportItems } from '../../studio/report/report-items.js';
import { tableToDocument } from '../../studio/sheet/table-to-document.js';

describe('studio: spreadsheet rows to a widget document', () => {
  it('finds the header under a title row, skips empty rows and keeps Excel row numbers', () => {
    const sheet = tableToDocument('campaign-list', [
      ['DANH SÁCH PHONG TRÀO THI ĐUA'],
      [],
      ['Mã', 'Tên phong trào', 'Ghi chú nội bộ', 'Ngày bắt đầu'],
      ['a', 'Một', 'x', '27/01/2023'],
      ['', '', '', ''],
      ['b', 42, '', ''],
    ]);
    if (!sheet.ok) throw new Error(sheet.problem);
    expect(sheet.headerRow).to.equal(3);
    expect(sheet.ignoredHeaders).to.deep.equal(['Ghi chú nội bộ']);
    expect(sheet.document).to.deep.equal({
      campaigns: [
        { id: 'a', title: 'Một', startDate: '2023-01-27' },
        { id: 'b', title: '42' },
      ],
    });
    expect(sheet.origins).to.deep.equal([
      { path: 'campaigns[0]', row: 4 },
      { path: 'campaigns[1]', row: 6 },
    ]);
  });

  it('accepts English headers and the JSON field names as headers', () => {
    const sheet = tableToDocument('exemplar-gallery', [
      ['ID', 'name', 'Decision date', 'Year'],
      ['x', 'Nguyễn Văn An', '01/05/2023', '2023'],
    ]);
    expect(sheet.ok && sheet.document).to.deep.equal({
      exemplars: [{ id: 'x', name: 'Nguyễn Văn An', award: { date: '2023-05-01' }, year: 2023 }],
    });
  });

  it('groups hotline rows by their group cell, in order of first appearance', () => {
    const sheet = tableToDocument('hotline-card', [
      ['Nhóm', 'Họ và tên', 'Điện thoại'],
      ['Tiếp nhận phản ánh', 'Ông Trương Long Hồ', '0983.570.009'],
      ['Ngành Nội vụ', 'Thanh tra Sở', '02963.981.818'],
      ['Tiếp nhận phản ánh', 'Tổ kiểm tra công vụ', '02963.957.049 - 0378.247.247'],
      ['', 'Trực ban', '113'],
    ]);
    if (!sheet.ok) throw new Error(sheet.problem);
    expect(sheet.document).to.deep.equal({
      groups: [
        {
          title: 'Tiếp nhận phản ánh',
          contacts: [
            { name: 'Ông Trương Long Hồ', phones: '0983.570.009' },
            { name: 'Tổ kiểm tra công vụ', phones: '02963.957.049 - 0378.247.247' },
          ],
        },
        { title: 'Ngành Nội vụ', contacts: [{ name: 'Thanh tra Sở', phones: '02963.981.818' }] },
        { contacts: [{ name: 'Trực ban', phones: '113' }] },
      ],
    });
    expect(sheet.origins.map((o) => `${o.row}:${o.path}`)).to.deep.equal([
      '2:groups[0].contacts[0]',
      '3:groups[1].contacts[0]',
      '4:groups[0].contacts[1]',
      '5:groups[2].contacts[0]',
    ]);
  });

  it('reads a citation with a link column into a document object the widget accepts', () => {
    const sheet = tableToDocument('campaign-list', [
      ['Mã', 'Tên phong trào', 'Văn bản', 'Liên kết văn bản'],
      ['a', 'Một', 'Kế hoạch số 16/KH-UBND ngày 10/1/2023', 'https://angiang.gov.vn/kh16.pdf'],
      ['b', 'Hai', 'Công văn hỏa tốc', 'https://angiang.gov.vn/cv.pdf'],
      ['c', 'Ba', 'Kế hoạch số 16/KH-UBND ngày 10/1/2023', ''],
    ]);
    if (!sheet.ok) throw new Error(sheet.problem);
    const report = checkDocument('campaign-list', sheet.document);
    expect(report.dropped).to.deep.equal([]);
    expect((sheet.document as { campaigns: { document: unknown }[] }).campaigns.map((c) => c.document)).to.deep.equal([
      { type: 'Kế hoạch', number: '16/KH-UBND', date: '2023-01-10', url: 'https://angiang.gov.vn/kh16.pdf' },
      { title: 'Công văn hỏa tốc', url: 'https://angiang.gov.vn/cv.pdf' },
      'Kế hoạch số 16/KH-UBND ngày 10/1/2023',
    ]);
  });

  it('reads a visit-statistics row as the whole document', () => {
    const sheet = tableToDocument('visit-counter', [
      ['Lượt truy cập', 'Hôm nay', 'Đang online'],
      ['11.529', '342', 'mười'],
    ]);
    if (!sheet.ok) throw new Error(sheet.problem);
    const report = checkDocument('visit-counter', sheet.document);
    expect(reportItems(report, sheet).map((i) => [i.row, i.column, i.reason])).to.deep.equal([
      [2, 'Đang online', 'cần một số nguyên ≥ 0, nhưng là chuỗi'],
    ]);
  });

  it('says when there is no header row, or no data under it', () => {
    expect(
      tableToDocument('campaign-list', [
        ['Họ tên', 'Tuổi'],
        ['A', 30],
      ]),
    ).to.deep.equal({ ok: false, problem: 'no-header' });
    expect(
      tableToDocument('campaign-list', [
        ['Mã', 'Tên phong trào'],
        ['', ''],
      ]),
    ).to.deep.equal({ ok: false, problem: 'no-rows' });
  });
});

describe('studio: report items', () => {
  it('points a dropped record at its row and column, a nested field at its own column', () => {
    const sheet = tableToDocument('exemplar-gallery', [
      ['Mã', 'Họ và tên', 'Ngày quyết định', 'Năm'],
      ['a', 'Một', '01/05/2023', 2023],
      ['b', 'Hai', 'hôm qua', 2023],
      ['a', 'Ba', '', 1800],
      ['c', '', '', ''],
    ]);
    if (!sheet.ok) throw new Error(sheet.problem);
    const items = reportItems(checkDocument('exemplar-gallery', sheet.document), sheet);
    expect(items.map((i) => [i.row, i.column, i.path])).to.deep.equal([
      [3, 'Ngày quyết định', 'exemplars[1].award.date'],
      [4, 'Năm', 'exemplars[2].year'],
      [5, 'Họ và tên', 'exemplars[3].name'],
    ]);
  });

  it('points a list entry at its list column, and a repeated id at its row', () => {
    const sheet = tableToDocument('campaign-list', [
      ['Mã', 'Tên phong trào', 'Đối tượng'],
      ['a', 'Một', 'Tập thể, Hộ gia đình'],
      ['b', 'Hai', ''],
      ['b', 'Ba', ''],
    ]);
    if (!sheet.ok) throw new Error(sheet.problem);
    const items = reportItems(checkDocument('campaign-list', sheet.document), sheet);
    expect(items.map((i) => [i.row, i.column, i.reason])).to.deep.equal([
      [2, 'Đối tượng', 'cần một trong các giá trị collective, individual, nhưng là "Hộ gia đình"'],
      [4, undefined, 'trùng id "b" với campaigns[1]'],
    ]);
  });
});
