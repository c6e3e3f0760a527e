import { expect } from '@open-wc/testing';
import { settings } from '../../src/data/settings.js';
import { readDataFile } from '../../studio/input/studio-input.js';
import { analyze } from '../../studio/report/analysis.js';

describe('studio: reading a dropped file', () => {
  it('reads Excel\'s "CSV UTF-8" (BOM, ";") as a table', async () => {
    const file = new File(['\uFEFFMã;Tên phong trào\r\na;Một\r\n'], 'phong-trao.csv', { type: 'text/csv' });
    const input = await readDataFile(file);
    expect(input).to.deep.equal({
      kind: 'table',
      label: 'phong-trao.csv',
      rows: [
        ['Mã', 'Tên phong trào'],
        ['a', 'Một'],
      ],
    });
    const analysis = analyze('campaign-list', input);
    expect(analysis.ok && analysis.kept).to.equal(1);
  });

  it('says a CSV saved as plain "CSV" (Windows-1258, not UTF-8) must be saved again', async () => {
    // "Tên" in Windows-1258: ê is 0xEA, not valid UTF-8 on its own.
    const file = new File([new Uint8Array([0x54, 0xea, 0x6e, 0x0a])], 'cu.csv');
    expect(await readDataFile(file)).to.deep.equal({ kind: 'problem', label: 'cu.csv', problem: 'not-utf8' });
  });

  it("refuses files over the widgets' 5 MB cap, and files that are not data", async () => {
    const big = new File([new Uint8Array(settings.maxBytes + 1)], 'lon.json');
    expect((await readDataFile(big)).kind === 'problem' && (await readDataFile(big))).to.include({
      problem: 'too-big',
    });
    expect(await readDataFile(new File(['x'], 'anh.png'))).to.include({ problem: 'unsupported' });
    expect(await readDataFile(new File(['PK not a zip'], 'hong.xlsx'))).to.include({ problem: 'bad-xlsx' });
  });

  it('reads JSON as the widgets do: a BOM is ignored, a broken file is unusable with the reason', async () => {
    const good = await readDataFile(new File(['\uFEFF{"total": 5}'], 'thong-ke.json'));
    expect(analyze('visit-counter', good)).to.include({ ok: true, kept: 1 });
    const broken = analyze('visit-counter', await readDataFile(new File(['{"total": '], 'hong.json')));
    expect(broken.ok === false && broken.problem).to.equal('unusable');
  });
});
