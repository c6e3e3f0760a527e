import { spawn, type ChildProcess } from 'node:child_process';
import type { Plugin } from 'vite';

/** Where the demo's counting service listens (server/sen-server.sample.json). */
export const COUNTING_SERVICE = 'http://127.0.0.1:8787';

/**
 * `npm start` only: runs the real counting service (`server/`, SQLite in server/.sen-data/) next
 * to the demo, so the demo's visit counter counts this browser's visits. The dev server proxies
 * `/api/sites/…` to it: one origin for the page, as a site behind nginx has.
 */
export function countingService(): Plugin {
  let service: ChildProcess | undefined;
  const stop = () => service?.kill();
  return {
    name: 'sen-counting-service',
    configureServer(server) {
      service = spawn(
        process.execPath,
        ['--import', 'tsx', 'server/src/cli.ts', '--config', 'server/sen-server.sample.json'],
        { stdio: ['ignore', 'ignore', 'inherit'] },
      );
      server.httpServer?.once('close', stop);
      process.once('exit', stop);
    },
  };
}
