import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const studioDir = fileURLToPath(new URL('.', import.meta.url));

/**
 * `npm start` (the dev server's root is demo/): serves the studio at `/studio/`. The page is
 * studio/index.html run through Vite; every other `/studio/…` request is the studio's own file.
 */
export function serveStudio(): Plugin {
  return {
    name: 'sen-serve-studio',
    // Found only when a file is first dropped, these would make Vite re-optimize and reload the page.
    config: () => ({ optimizeDeps: { include: ['papaparse', 'read-excel-file/browser', 'write-excel-file/browser'] } }),
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        const url = request.url ?? '';
        if (url === '/studio') {
          response.writeHead(301, { location: '/studio/' }).end();
        } else if (/^\/studio\/(?:index\.html)?(?:\?.*)?$/.test(url)) {
          // The entry by its file-system URL, so Vite's own pre-transform finds it outside demo/.
          const page = (await readFile(`${studioDir}index.html`, 'utf8')).replace(
            'src="./main.ts"',
            `src="/@fs${studioDir}main.ts"`,
          );
          response.setHeader('content-type', 'text/html; charset=utf-8');
          response.end(await server.transformIndexHtml('/studio/', page));
        } else {
          if (url.startsWith('/studio/')) request.url = `/@fs${studioDir}${url.slice('/studio/'.length)}`;
          next();
        }
      });
    },
  };
}
