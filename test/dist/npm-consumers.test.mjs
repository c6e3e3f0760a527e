// The npm package as a consumer installs it: `npm pack` of the build, installed into a temporary
// app next to the app's own Lit, bundled by esbuild, Vite and Rollup, and rendered in Chromium;
// and a strict TypeScript consumer type-checked against the shipped declarations.
// Needs `npm run build` first.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import * as esbuild from 'esbuild';
import { rollup } from 'rollup';
import { build as viteBuild } from 'vite';
import { launchChromium } from '../../scripts/browser.mjs';
import { serveStatic } from '../../scripts/serve-static.mjs';
import { FOUR_SEEN, FOUR_WIDGETS, installDeepQuery, pageWith, readWidgets, waitReady, watchErrors } from './support.mjs';

const repo = resolve('.');
const litVersion = JSON.parse(readFileSync('node_modules/lit/package.json', 'utf8')).version;

// Two apps: one takes every widget (and has a Lit component of its own), one takes a single widget.
const APPS = {
  all: `
    import 'sen-widgets';
    import { LitElement, html } from 'lit';
    customElements.define('app-banner', class extends LitElement {
      render() { return html\`<p>Cổng thông tin điện tử</p>\`; }
    });
    window.litCopies = globalThis.litHtmlVersions.length;`,
  one: `
    import 'sen-widgets/campaign-list.js';
    window.litCopies = globalThis.litHtmlVersions.length;`,
};

// A TypeScript consumer in strict mode: tag names map to classes, events to their detail types.
const CONSUMER_TS = `
import { SenCampaignList, SenVisitCounter, settings, type Campaign, type SenErrorDetail } from 'sen-widgets';
import { SenExemplarGallery } from 'sen-widgets/exemplar-gallery.js';
import 'sen-widgets/hotline-card.js';

const list: SenCampaignList = document.createElement('sen-campaign-list');
list.pageSize = 5;
list.addEventListener('sen-select', (event) => {
  const item: unknown = event.detail.item;
  if (item) event.preventDefault();
});
list.addEventListener('sen-error', (event) => {
  const detail: SenErrorDetail = event.detail;
  console.log(detail.error.kind satisfies 'network' | 'timeout' | 'http' | 'parse' | 'schema' | 'config');
});
const counter: SenVisitCounter | null = document.querySelector('sen-visit-counter');
counter?.reload();
const gallery = document.querySelector('sen-exemplar-gallery');
if (gallery instanceof SenExemplarGallery) gallery.data = { exemplars: [] };
const hotline = document.createElement('sen-hotline-card');
hotline.src = '/api/duong-day-nong.json';
const campaign: Campaign = { id: 'a', title: 'Phong trào' };
settings.timeout = 5000;
// @ts-expect-error page-size is a number
list.pageSize = 'năm';
// @ts-expect-error the state is read-only
list.state = 'ready';
console.log(campaign, hotline);
`;

let work;
let server;
let browser;
const bundles = {};

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'sen-consumer-'));
  // The package exactly as npm would publish it (files, exports, sideEffects).
  const packed = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], {
    encoding: 'utf8',
  }).trim();
  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'portal-app',
      private: true,
      type: 'module',
      dependencies: { 'sen-widgets': `file:${join(work, packed.split('\n').pop())}`, lit: litVersion },
    }),
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', '--silent'], {
    cwd: app,
    stdio: 'inherit',
  });
  for (const [name, code] of Object.entries(APPS)) writeFileSync(join(app, `${name}.js`), code);
  writeFileSync(join(app, 'consumer.ts'), CONSUMER_TS);

  for (const name of Object.keys(APPS)) {
    const entry = join(app, `${name}.js`);
    const viaEsbuild = await esbuild.build({ entryPoints: [entry], bundle: true, format: 'esm', minify: true, write: false });
    bundles[`esbuild-${name}`] = viaEsbuild.outputFiles[0].text;

    const viaRollup = await rollup({ input: entry, plugins: [nodeResolve({ browser: true })], logLevel: 'silent' });
    bundles[`rollup-${name}`] = (await viaRollup.generate({ format: 'es', inlineDynamicImports: true })).output[0].code;

    const outDir = join(work, `vite-${name}`);
    await viteBuild({
      configFile: false,
      root: app,
      logLevel: 'silent',
      build: { outDir, minify: true, rolldownOptions: { input: entry, output: { entryFileNames: 'app.js' } } },
    });
    bundles[`vite-${name}`] = readFileSync(join(outDir, 'app.js'), 'utf8');
  }

  const pages = {};
  for (const [key, code] of Object.entries(bundles)) {
    pages[`/app/${key}.js`] = code;
    pages[`/app/${key}.html`] = pageWith(`<script type="module" src="/app/${key}.js"></script>`, FOUR_WIDGETS);
  }
  server = await serveStatic(repo, { pages });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function open(key) {
  const page = await browser.newPage();
  await installDeepQuery(page);
  const errors = watchErrors(page);
  await page.goto(`${server.url}/app/${key}.html`);
  return { page, errors };
}

for (const tool of ['esbuild', 'vite', 'rollup']) {
  describe(`an app bundled by ${tool}`, () => {
    it("import 'sen-widgets' registers all four, sharing the app's one copy of Lit", async () => {
      const { page, errors } = await open(`${tool}-all`);
      await waitReady(page);
      assert.deepEqual(await readWidgets(page), FOUR_SEEN);
      assert.equal(await page.evaluate(() => window.litCopies), 1);
      errors.assertNone();
    });

    it("import 'sen-widgets/campaign-list.js' registers that one only", async () => {
      const { page, errors } = await open(`${tool}-one`);
      await waitReady(page, ['sen-campaign-list']);
      const defined = await page.evaluate(() =>
        ['sen-visit-counter', 'sen-hotline-card', 'sen-campaign-list', 'sen-exemplar-gallery'].filter((tag) =>
          customElements.get(tag),
        ),
      );
      assert.deepEqual(defined, ['sen-campaign-list']);
      assert.equal((await readWidgets(page)).campaigns, FOUR_SEEN.campaigns);
      assert.doesNotMatch(bundles[`${tool}-one`], /sen-exemplar-gallery/);
      errors.assertNone();
    });
  });
}

describe('a TypeScript consumer', () => {
  it('type-checks in strict mode: tag map, classes, event details, and wrong uses rejected', () => {
    writeFileSync(
      join(work, 'app', 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          noEmit: true,
          types: [],
        },
        files: ['consumer.ts'],
      }),
    );
    const tsc = join(repo, 'node_modules/typescript/bin/tsc');
    try {
      execFileSync(process.execPath, [tsc, '-p', join(work, 'app')], { encoding: 'utf8' });
    } catch (error) {
      assert.fail(`tsc found errors in the consumer:\n${error.stdout}`);
    }
  });
});

describe('the installed package tells tools the truth', () => {
  const installed = () => join(work, 'app', 'node_modules', 'sen-widgets');
  const read = (path) => readFileSync(join(installed(), path), 'utf8');

  it('custom-elements.json names shipped files and links each tag to the module that defines it', () => {
    const manifest = JSON.parse(read('custom-elements.json'));
    for (const module of manifest.modules) assert.ok(read(module.path).length > 0, module.path);
    const definitions = manifest.modules.flatMap((module) =>
      (module.exports ?? [])
        .filter((entry) => entry.kind === 'custom-element-definition')
        .map((entry) => ({ tag: entry.name, definedIn: module.path, ...entry.declaration })),
    );
    assert.deepEqual(definitions.map((definition) => definition.tag).sort(), [
      'sen-campaign-list',
      'sen-exemplar-gallery',
      'sen-hotline-card',
      'sen-visit-counter',
    ]);
    for (const { tag, definedIn, name, module } of definitions) {
      assert.match(read(definedIn), new RegExp(`customElements\\.define\\(["']${tag}["'], ${name}\\)`), definedIn);
      assert.match(read(module), new RegExp(`export \\{[^}]*\\b${name}\\b`), module);
    }
  });

  it('ships the editors’ tag data (VS Code custom data, JetBrains web-types) with attribute values', () => {
    const vscode = JSON.parse(read('dist/vscode.html-custom-data.json'));
    const list = vscode.tags.find((tag) => tag.name === 'sen-campaign-list');
    assert.ok(list.attributes.some((attribute) => attribute.name === 'page-size'));
    const sort = list.attributes.find((attribute) => attribute.name === 'sort');
    assert.deepEqual(sort.values.map((value) => value.name).sort(), ['ending-soon', 'newest', 'title']);
    const webTypes = JSON.parse(read(JSON.parse(read('package.json'))['web-types']));
    assert.deepEqual(webTypes.contributions.html.elements.map((element) => element.name).sort(), [
      'sen-campaign-list',
      'sen-exemplar-gallery',
      'sen-hotline-card',
      'sen-visit-counter',
    ]);
  });
});
