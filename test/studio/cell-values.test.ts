import { expect } from '@open-wc/testing';
import { sheetShapes, type Column } from '../../studio/columns/widget-columns.js';
import { cellValue } from '../../studio/sheet/cell-values.js';

const column = (widget: keyof typeof sheetShapes, field: string): Column =>
  sheetShapes[widget].columns.find((c) => c.field === field)!;

describe('studio: cell values', () => {
  it('reads dates day first as in Vietnam, and leaves a day that does not exist as written', () => {
    const start = column('campaign-list', 'startDate');
    expect(cellValue(start, '10/01/2023')).to.equal('2023-01-10');
    expect(cellValue(start, '5-1-2023')).to.equal('2023-01-05');
    expect(cellValue(start, '2023-01-10')).to.equal('2023-01-10');
    expect(cellValue(start, '31/02/2023')).to.equal('31/02/2023');
    expect(cellValue(start, 'tháng 1')).to.equal('tháng 1');
  });

  it('reads an Excel date cell as its calendar day, and a timestamp as Vietnam time', () => {
    expect(cellValue(column('campaign-list', 'endDate'), new Date(Date.UTC(2023, 11, 31)))).to.equal('2023-12-31');
    const updated = column('visit-counter', 'updatedAt');
    expect(cellValue(updated, new Date(Date.UTC(2026, 10, 26, 13, 5)))).to.equal('2026-11-26T13:05:00+07:00');
    expect(cellValue(updated, '26/11/2026 13:05')).to.equal('2026-11-26T13:05:00+07:00');
  });

  it('reads whole numbers, grouped the Vietnamese way or not; anything else stays text for the widget to judge', () => {
    const total = column('visit-counter', 'total');
    expect(cellValue(total, '11.529')).to.equal(11529);
    expect(cellValue(total, '11529')).to.equal(11529);
    expect(cellValue(total, 11529)).to.equal(11529);
    expect(cellValue(total, '11,5')).to.equal('11,5');
    expect(cellValue(column('campaign-list', 'id'), '7')).to.equal(7);
    expect(cellValue(column('campaign-list', 'id'), 'pt-7')).to.equal('pt-7');
  });

  it('maps the words staff write to fixed values, whatever the diacritics or tone-mark placement', () => {
    expect(cellValue(column('campaign-list', 'status'), 'Đang diễn ra')).to.equal('ongoing');
    expect(cellValue(column('campaign-list', 'status'), 'Đã huỷ')).to.equal('cancelled');
    expect(cellValue(column('campaign-list', 'level'), 'toan quoc')).to.equal('national');
    expect(cellValue(column('campaign-list', 'targets'), 'Tập thể, Cá nhân')).to.deep.equal([
      'collective',
      'individual',
    ]);
    expect(cellValue(column('campaign-list', 'status'), 'Đang làm')).to.equal('Đang làm');
  });

  it('keeps phone cells as written (one line may hold several numbers); one number per line is a list', () => {
    const phones = column('hotline-card', 'phones');
    expect(cellValue(phones, '02963.957.049 - 0378.247.247')).to.equal('02963.957.049 - 0378.247.247');
    expect(cellValue(phones, '0983.570.009\r\n02963.957.006')).to.deep.equal(['0983.570.009', '02963.957.006']);
    expect(cellValue(phones, 983570009)).to.equal('983570009');
  });

  it('treats empty and blank cells as absent', () => {
    const title = column('campaign-list', 'title');
    for (const cell of [null, undefined, '', '   ']) expect(cellValue(title, cell)).to.equal(undefined);
  });
});
