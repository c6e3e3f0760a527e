import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// `vite build --config studio/vite.config.ts`: the studio as static files in dist/studio/.
// `base: './'` keeps every URL relative, so the folder works under any URL prefix.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  define: { __SEN_VERSION__: JSON.stringify(version), __SEN_JSON_SCHEMA__: 'false' },
  build: {
    outDir: fileURLToPath(new URL('../dist/studio', import.meta.url)),
    emptyOutDir: true,
    target: 'es2021',
    // No inlined module preload helper needing `data:` or inline scripts; chunks load by relative URL.
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
});
