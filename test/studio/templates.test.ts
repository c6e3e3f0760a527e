import { expect } from '@open-wc/testing';
import { checkDocument, WIDGET_NAMES } from '../../src/check.js';
import { sheetShapes } from '../../studio/columns/widget-columns.js';
import { endpointDocument } from '../../studio/report/endpoint-json.js';
import { readCsv } from '../../studio/sheet/read-csv.js';
import { readXlsx } from '../../studio/sheet/read-xlsx.js';
import { tableToDocument } from '../../studio/sheet/table-to-document.js';
import { templateCsv, templateTable, templateXlsx } from '../../studio/templates/template-table.js';

// A template is the first thing staff fill in: every example row must pass the widget's own rules,
// read back through the same CSV and XLSX readers a dropped file goes through.
describe('studio: templates', () => {
  for (const widget of WIDGET_NAMES) {
    for (const lang of ['vi', 'en'] as const) {
      it(`${widget} (${lang}): the CSV and XLSX templates read back as valid data, every column mapped`, async () => {
        const table = templateTable(widget, lang);
        expect(table.headers).to.have.length(sheetShapes[widget].columns.length);
        for (const rows of [await readCsv(templateCsv(table)), await readXlsx(await templateXlsx(table, 'Mẫu'))]) {
          const sheet = tableToDocument(widget, rows);
          if (!sheet.ok) throw new Error(sheet.problem);
          expect(sheet.ignoredHeaders).to.deep.equal([]);
          const report = checkDocument(widget, sheet.document);
          expect(report.usable && report.dropped).to.deep.equal([]);
        }
      });
    }
  }

  it('the CSV template is what Excel calls "CSV UTF-8": a BOM, Vietnamese headers, day-first dates', () => {
    const csv = templateCsv(templateTable('campaign-list', 'vi'));
    expect(csv.startsWith('\uFEFFMã,Tên phong trào,Tóm tắt,Cơ quan phát động,Cấp,Ngày bắt đầu,')).to.equal(true);
    expect(csv).to.contain(',27/01/2023,31/12/2023,');
    expect(csv).to.contain('"Tập thể, Cá nhân"');
  });

  it('the hotline template keeps several phones in one cell, as on the seed page', () => {
    const table = templateTable('hotline-card', 'vi');
    const phones = table.headers.indexOf('Điện thoại');
    expect(table.rows.map((row) => row[phones])).to.include('02963.957.049 - 0378.247.247');
  });
});

describe('studio: CSV reader', () => {
  it('reads ";" separators, a BOM and a sep= line, with Excel row numbers', async () => {
    const rows = await readCsv('\uFEFFsep=;\r\nMã;Tên phong trào\r\na;"Một; hai"\r\n\r\nb;"Dòng\r\nmới"\r\n');
    expect(rows).to.deep.equal([['Mã', 'Tên phong trào'], ['a', 'Một; hai'], [''], ['b', 'Dòng\r\nmới']]);
    const sheet = tableToDocument('campaign-list', rows);
    expect(sheet.ok && sheet.origins.map((o) => o.row)).to.deep.equal([2, 4]);
  });

  it('reads comma-separated files too', async () => {
    expect(await readCsv('Mã,Tên phong trào\na,"Cả nước, chung sức"\n')).to.deep.equal([
      ['Mã', 'Tên phong trào'],
      ['a', 'Cả nước, chung sức'],
    ]);
  });
});

describe('studio: the normalized JSON', () => {
  it('reads again to the same data, with nothing dropped, for every template', () => {
    for (const widget of WIDGET_NAMES) {
      const sheet = tableToDocument(widget, [templateTable(widget, 'vi').headers, ...templateTable(widget, 'vi').rows]);
      if (!sheet.ok) throw new Error(sheet.problem);
      const first = checkDocument(widget, sheet.document);
      if (!first.usable) throw new Error(first.error.message);
      const again = checkDocument(widget, JSON.parse(JSON.stringify(endpointDocument(widget, first.data))));
      expect(again, widget).to.deep.equal(first);
    }
  });

  it('keeps the words of a citation the widget could not read', () => {
    const first = checkDocument('campaign-list', [{ id: 1, title: 'A', document: 'Theo chỉ đạo của tỉnh' }]);
    if (!first.usable) throw new Error(first.error.message);
    expect(endpointDocument('campaign-list', first.data)).to.deep.equal({
      campaigns: [{ id: '1', title: 'A', document: 'Theo chỉ đạo của tỉnh' }],
    });
  });
});
