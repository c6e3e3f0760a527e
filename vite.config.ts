import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { demoApi } from './demo/demo-api.js';
import { minifyTemplates } from './scripts/minify-templates.js';
import { terserPass } from './scripts/terser-pass.js';
import { serveStudio } from './studio/serve-studio.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** Entry points of the npm package: the root and one per widget (each registers its tag). */
const entries = {
  index: 'src/index.ts',
  'visit-counter': 'src/visit-counter.ts',
  'hotline-card': 'src/hotline-card.ts',
  'campaign-list': 'src/campaign-list.ts',
  'exemplar-gallery': 'src/exemplar-gallery.ts',
  check: 'src/check.ts',
};

// `vite build`: the npm modules, Lit kept external so apps share one copy.
// `vite build --mode dropin`: dist/sen-widgets.js, one self-contained ES module for <script> tags.
export default defineConfig(({ command, mode }) => {
  const dropin = mode === 'dropin';
  return {
    // `npm start` serves demo/ with a live endpoint for the visit counter.
    plugins:
      command === 'serve'
        ? [demoApi(), serveStudio()]
        : dropin
          ? [minifyTemplates(), terserPass()]
          : [minifyTemplates()],
    server: { open: false },
    // JSON Schema generation stays in scripts and tests; browsers do not need it.
    define: { __SEN_VERSION__: JSON.stringify(version), __SEN_JSON_SCHEMA__: 'false' },
    build: {
      target: 'es2021',
      emptyOutDir: !dropin,
      minify: true,
      sourcemap: !dropin,
      lib: dropin
        ? { entry: 'src/index.ts', formats: ['es'], fileName: () => 'sen-widgets.js' }
        : { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: {
        external: dropin ? [] : [/^lit/, /^@lit\//],
        output: { minify: true, ...(dropin ? { codeSplitting: false } : {}) },
      },
    },
  };
});
