import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { existsSync, readFileSync } from 'node:fs';
import { defineConfig, type UserConfig } from 'vite';
import { COUNTING_SERVICE, countingService } from './demo/counting-service.js';
import { serveStudio } from './studio/serve-studio.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** Entry points of the npm package: the root, one registration module per widget, the data rules. */
const npmEntries = [
  'src/index.ts',
  'src/visit-counter.ts',
  'src/hotline-card.ts',
  'src/campaign-list.ts',
  'src/exemplar-gallery.ts',
  'src/check.ts',
];

/** The CDN folder's widget modules (the loader is built after them: it needs their chunk graph). */
const cdnEntries = {
  'sen-visit-counter': 'src/bundles/cdn/sen-visit-counter.ts',
  'sen-hotline-card': 'src/bundles/cdn/sen-hotline-card.ts',
  'sen-campaign-list': 'src/bundles/cdn/sen-campaign-list.ts',
  'sen-exemplar-gallery': 'src/bundles/cdn/sen-exemplar-gallery.ts',
};

/**
 * Shared chunks of the CDN folder: Lit and the layer every widget uses in one chunk; code only some
 * widgets share (the list machinery of the campaign list and the gallery, say) in chunks of its
 * own, so a page downloads only what its widgets use. Few chunks on purpose: each is a request.
 */
const cdnChunkGroups = [
  { name: 'sen-core', minShareCount: 4, priority: 2 },
  { name: 'sen-shared', minShareCount: 2, priority: 1, entriesAware: true, entriesAwareMergeThreshold: 1500 },
];

/** The chunks each CDN widget module imports (from Vite's manifest of the widget build). */
function cdnGraph(): Record<string, string[]> {
  const path = 'dist/cdn/.vite/manifest.json';
  if (!existsSync(path)) throw new Error('build the CDN widgets (vite build --mode cdn) before the loader');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<
    string,
    { file: string; imports?: string[]; isEntry?: boolean }
  >;
  const chunksOf = (key: string, seen = new Set<string>()): string[] =>
    (manifest[key]?.imports ?? []).flatMap((child) =>
      seen.has(child) ? [] : (seen.add(child), [manifest[child].file, ...chunksOf(child, seen)]),
    );
  return Object.fromEntries(
    Object.entries(manifest)
      .filter(([, chunk]) => chunk.isEntry)
      .map(([key, chunk]) => [chunk.file.replace(/\.js$/, ''), chunksOf(key)]),
  );
}

/**
 * Builds (`scripts/build.mjs` runs them in this order):
 * - `vite build`: the npm modules, one file per source module, Lit external so apps share one copy;
 * - `--mode dropin`: `dist/sen-widgets.js`, one self-contained ES module for a `<script>` tag;
 * - `--mode cdn`, then `--mode cdn-loader`: `dist/cdn/`, a module per widget with shared chunks, and
 *   the loader that imports only what a page uses.
 * `vite` (serve) runs the demo, with the real counting service behind `/api/sites/` and the studio.
 */
export default defineConfig(({ command, mode }): UserConfig => {
  const define = { __SEN_VERSION__: JSON.stringify(version), __SEN_JSON_SCHEMA__: 'false' };
  if (command === 'serve') {
    return {
      plugins: [countingService(), serveStudio()],
      define,
      server: { open: false, proxy: { '/api/sites': COUNTING_SERVICE } },
    };
  }

  // Lit's templates keep their indentation in any bundle; the maintained Lit plugin minifies them.
  const plugins = [minifyHtmlLiterals({ failOnError: true })];
  // Library output keeps its white space unless rolldown's own minifier runs too (output.minify).
  const shared = { plugins, define, build: { target: 'es2021' as const, minify: true } };

  switch (mode) {
    case 'dropin':
      return {
        ...shared,
        build: {
          ...shared.build,
          emptyOutDir: false,
          lib: { entry: 'src/bundles/sen-widgets.ts', formats: ['es'], fileName: () => 'sen-widgets.js' },
          rolldownOptions: { output: { minify: true, codeSplitting: false } },
        },
      };
    case 'cdn':
      return {
        ...shared,
        build: {
          ...shared.build,
          outDir: 'dist/cdn',
          manifest: true,
          lib: { entry: cdnEntries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
          rolldownOptions: {
            output: {
              minify: true,
              chunkFileNames: 'chunks/[name]-[hash].js',
              codeSplitting: { groups: cdnChunkGroups },
            },
          },
        },
      };
    case 'cdn-loader':
      return {
        ...shared,
        define: { ...define, __SEN_CDN_GRAPH__: JSON.stringify(cdnGraph()) },
        build: {
          ...shared.build,
          outDir: 'dist/cdn',
          emptyOutDir: false,
          lib: { entry: 'src/loader/sen-loader.ts', formats: ['es'], fileName: () => 'sen-loader.js' },
          rolldownOptions: { output: { minify: true, codeSplitting: false } },
        },
      };
    default:
      return {
        ...shared,
        build: {
          ...shared.build,
          // Apps minify; the npm modules stay readable, with source maps.
          minify: false,
          sourcemap: true,
          lib: { entry: npmEntries, formats: ['es'] },
          rolldownOptions: {
            external: [/^lit/, /^@lit\//],
            output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
          },
        },
      };
  }
});
