/**
 * Sen studio, driven as a webmaster would in real Chromium, against the built dist/studio/
 * served over real HTTP under a URL prefix (/sen/studio/): templates downloaded, filled with one
 * bad row, dropped back (CSV) and chosen (XLSX); the report read; the preview checked; the embed
 * code copied to the clipboard and pasted into a blank page that then shows the widget.
 * Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readSheet } from 'read-excel-file/node';
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { launchChromium, serveStatic } from './studio-support.js';

const dist = resolve('dist');
let root: string;
let server: { url: string; close(): Promise<void> };
let browser: Browser;
let context: BrowserContext;
let page: Page;

before(async () => {
  assert.ok(existsSync(join(dist, 'studio/index.html')), 'dist/studio/ is missing: run `npm run build` first');
  // A site of its own: the package under /sen/ (so the studio runs under a URL prefix), pages under /site/.
  root = await mkdtemp(join(tmpdir(), 'sen-studio-'));
  await symlink(dist, join(root, 'sen'));
  await mkdir(join(root, 'site/api'), { recursive: true });
  server = await serveStatic(root);
  browser = await launchChromium();
  context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}/sen/studio/`);
  await page.getByRole('heading', { name: '1. Chọn tiện ích' }).waitFor();
  assert.deepEqual(errors, []);
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

/** Clicks a button and returns the downloaded file's name and bytes. */
async function download(name: string | RegExp): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

/** Drops a file on the studio's drop zone, as dragging it from the desktop does. */
async function dropFile(name: string, bytes: Buffer, type: string) {
  await page.evaluate(
    ({ name, data, type }) => {
      const zone = document.querySelector('sen-studio')!.shadowRoot!.querySelector('.drop')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], name, { type }));
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { name, data: [...bytes], type },
  );
}

/** Waits until the report is about the given source (the previous report may still be showing). */
async function reportOf(label: string) {
  await page.getByText(`Nguồn: ${label}`, { exact: true }).waitFor();
}

/** The report's table as text cells, one array per row. */
async function reportRows(): Promise<string[][]> {
  const table = page.locator('table.dropped');
  await table.waitFor();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent!.trim())));
}

/** Texts of the matching parts inside the preview widget of one placement. */
async function previewTexts(placement: 'sidebar' | 'content', tag: string, part: string): Promise<string[]> {
  const widget = page.locator(`figure[data-placement=${placement}] ${tag}[state=ready]`);
  await widget.waitFor();
  return (await widget.locator(`[part~=${part}]`).allTextContents()).map((text) => text.trim());
}

describe('Sen studio', () => {
  test('a CSV made from the template, with a bad row and ";" separators, is reported by row and column', async () => {
    await page.getByRole('radio', { name: /Phong trào thi đua/ }).check();
    const template = await download('Tải mẫu CSV');
    assert.equal(template.name, 'mau-campaign-list.csv');
    const text = template.bytes.toString('utf8');
    assert.ok(text.startsWith('\uFEFF'), 'Excel needs the BOM to read Vietnamese');
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    assert.deepEqual(rows[0].slice(0, 6), [
      'Mã',
      'Tên phong trào',
      'Tóm tắt',
      'Cơ quan phát động',
      'Cấp',
      'Ngày bắt đầu',
    ]);
    assert.ok(rows[0].includes('Văn bản'));

    // As Excel saves "CSV UTF-8" where the list separator is ";", with one more row: 31/02 is no day.
    const start = rows[0].indexOf('Ngày bắt đầu');
    const bad = rows[0].map(() => '');
    bad[0] = 'ngay-sai';
    bad[1] = 'Phong trào có ngày sai';
    bad[start] = '31/02/2023';
    const filled = `\uFEFF${Papa.unparse([...rows, bad], { delimiter: ';', newline: '\r\n' })}\r\n`;
    await dropFile('phong-trao.csv', Buffer.from(filled, 'utf8'), 'text/csv');
    await reportOf('phong-trao.csv');

    assert.deepEqual(await reportRows(), [['5', 'Ngày bắt đầu', 'cần một ngày theo ISO 8601, nhưng là "31/02/2023"']]);
    assert.match(await page.locator('[data-summary]').innerText(), /hiển thị 3 mục và bỏ qua 1 mục/);
    // The real widget shows the three good rows, in both columns.
    const titles = await previewTexts('content', 'sen-campaign-list', 'item-link');
    assert.deepEqual(
      titles.sort(),
      rows
        .slice(1)
        .map((row) => row[1])
        .sort(),
    );
    assert.equal((await previewTexts('sidebar', 'sen-campaign-list', 'item-link')).length, 3);
  });

  test("pasted JSON is reported by JSON path, with the widget's own reason", async () => {
    await page.getByLabel('Nội dung JSON').fill(
      JSON.stringify({
        campaigns: [
          { id: 1, title: 'Một' },
          { id: 2, title: 42 },
          { id: 1, title: 'Lặp' },
        ],
      }),
    );
    await page.getByRole('button', { name: 'Kiểm tra JSON' }).click();
    await reportOf('Dán JSON');
    assert.deepEqual(await reportRows(), [
      ['campaigns[1].title', 'cần một chuỗi, nhưng là số'],
      ['campaigns[2]', 'trùng id "1" với campaigns[0]'],
    ]);
    assert.deepEqual(await previewTexts('content', 'sen-campaign-list', 'item-link'), ['Một']);
  });

  test('an endpoint address is fetched and checked; a file that is not data says so in words', async () => {
    await writeFile(join(root, 'site/api/xau.json'), '\uFEFF{ "campaigns": [ { "id": "a" } ] }');
    await page.getByLabel('Địa chỉ JSON đang dùng').fill('/site/api/xau.json');
    await page.getByRole('button', { name: 'Tải và kiểm tra' }).click();
    await reportOf('/site/api/xau.json');
    assert.deepEqual(await reportRows(), [['campaigns[0].title', 'cần một chuỗi, nhưng không có']]);

    await page.getByLabel('Địa chỉ JSON đang dùng').fill('/site/api/khong-co.json');
    await page.getByRole('button', { name: 'Tải và kiểm tra' }).click();
    await assert.doesNotReject(
      page
        .getByRole('alert')
        .filter({ hasText: 'Không tải được địa chỉ này:' })
        .filter({ hasText: 'HTTP 404' })
        .waitFor(),
    );

    await dropFile('anh.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png');
    await page.getByRole('alert').filter({ hasText: 'Chỉ nhận tệp .xlsx, .csv hoặc .json.' }).waitFor();
  });

  test('an XLSX made from the hotline template, with a row missing its name, is reported; several phones in one cell dial apart', async () => {
    await page.getByRole('radio', { name: /Đường dây nóng/ }).check();
    const template = await download('Tải mẫu Excel (.xlsx)');
    assert.equal(template.name, 'mau-hotline-card.xlsx');
    const sheet = await readSheet(template.bytes);
    assert.deepEqual(sheet[0].slice(0, 5), ['Nhóm', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Điện thoại']);
    assert.ok(
      sheet.some((row) => row.includes('02963.957.049 - 0378.247.247')),
      'the template shows several phones in one cell, as on the seed page',
    );
    const noName = sheet[0].map((header) =>
      header === 'Điện thoại' ? '0296 3957 006 máy lẻ 12' : header === 'Nhóm' ? 'Khác' : null,
    );
    const filled = await writeXlsxFile([...sheet, noName] as SheetData).toBuffer();

    await page.locator('input[type=file]').setInputFiles({
      name: 'duong-day-nong.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: filled,
    });
    await reportOf('duong-day-nong.xlsx');
    assert.deepEqual(await reportRows(), [[String(sheet.length + 1), 'Họ và tên', 'cần một chuỗi, nhưng không có']]);
    const names = await previewTexts('content', 'sen-hotline-card', 'name');
    assert.equal(names.length, sheet.length - 1);
    const calls = await page
      .locator('figure[data-placement=content] sen-hotline-card [part~=call]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    assert.ok(calls.includes('tel:+842963957049') && calls.includes('tel:+84378247247'), calls.join(' '));
  });

  test('the normalized JSON and the one-file embed code make a blank page show the widget', async () => {
    await page.getByLabel(/Địa chỉ dữ liệu trên trang của bạn/).fill('/site/api/duong-day-nong.json');
    const json = await download('Tải JSON đã chuẩn hóa');
    assert.equal(json.name, 'duong-day-nong.json');
    await writeFile(join(root, 'site/api/duong-day-nong.json'), json.bytes);

    await page.getByRole('button', { name: 'Sao chép mã: Một tệp, Dán vào trang' }).click();
    await page.getByText('Đã sao chép').waitFor();
    const code = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(code, /<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/sen\/sen-widgets\.js"><\/script>/);
    assert.match(code, /<sen-hotline-card src="\/site\/api\/duong-day-nong\.json"><\/sen-hotline-card>/);

    await writeFile(
      join(root, 'site/index.html'),
      `<!doctype html><html lang="vi"><meta charset="utf-8"><body>\n${code}\n</body></html>`,
    );
    const blank = await context.newPage();
    const errors: string[] = [];
    blank.on('pageerror', (error) => errors.push(error.message));
    await blank.goto(`${server.url}/site/index.html`);
    const card = blank.locator('sen-hotline-card[state=ready]');
    await card.waitFor();
    assert.equal(await card.locator('[part~=contact]').count(), 5);
    assert.deepEqual(errors, []);
    await blank.close();
  });

  test('the studio speaks English when asked, and its page has no axe violations', async () => {
    await page.getByRole('radio', { name: 'English' }).first().check();
    await page.getByRole('heading', { name: '1. Pick a widget' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.deepEqual(await page.locator('table.dropped thead th').allTextContents(), ['Row', 'Column', 'Reason']);
    await page.addScriptTag({ path: resolve('node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const result = await (
        window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }
      ).axe.run();
      return result.violations.map(
        (v) => `${v.id} ${JSON.stringify(v.nodes.map((n) => (n as { target: unknown }).target))}`,
      );
    });
    assert.deepEqual(violations, []);
  });
});
