// A minimal static file server on loopback, for the smoke scripts (no dependency, no network).
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
};

/**
 * Serves `root` on 127.0.0.1 at a free port; resolves to { url, close }. `pages` maps paths to
 * text served as they are (pages a test writes); `headersFor(path)` may add response headers (a
 * page served under a Content Security Policy, say).
 */
export function serveStatic(root, { pages = {}, headersFor = () => ({}) } = {}) {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url, 'http://x');
    if (Object.hasOwn(pages, pathname)) {
      const type = TYPES[extname(pathname)] ?? 'text/plain; charset=utf-8';
      response.writeHead(200, { 'content-type': type, ...headersFor(pathname) }).end(pages[pathname]);
      return;
    }
    const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...headersFor(path),
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}
