import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config/config.js';
import { ConfigError } from '../config/config-error.js';
import { validateConfig } from '../config/validate.js';
import type { ConfigFile } from '../config/config-file.js';
import { Counter, type Clock } from '../counting/counter.js';
import { RateLimiter } from '../counting/rate-limit.js';
import { DataFiles } from '../data-files/data-files.js';
import { jsonLogger, type Logger } from '../log/logger.js';
import { openStore } from '../stores/open-store.js';
import { createHandler } from './handler.js';

export interface StartOptions {
  /** The folder relative paths in a config object resolve against (default: the current one). */
  baseDir?: string;
  /** Where log lines go (default: JSON lines on stdout). */
  log?: Logger;
  /** For tests only: the time the counting rules see (default `Date.now`). */
  clock?: Clock;
}

export interface RunningServer {
  /** `http://host:port`, the port as bound (useful with `port: 0`). */
  url: string;
  port: number;
  /** Stops taking requests, lets the ones in flight finish, then closes the store. */
  close(): Promise<void>;
}

/** Requests still running this long after `close()` are cut off. */
const CLOSE_GRACE_MS = 10_000;

/**
 * Starts the counting service: opens the store, checks the data files, listens. Takes the config
 * file's shape (validated here; a mistake throws a ConfigError naming the field) or a loaded Config.
 */
export async function startServer(config: ConfigFile | Config, options: StartOptions = {}): Promise<RunningServer> {
  const valid =
    config.sites instanceof Map ? (config as Config) : validateConfig(config, options.baseDir ?? process.cwd());
  const log = options.log ?? jsonLogger();
  const clock = options.clock ?? Date.now;

  const store = await openStore(valid.store, (error) => log('error', 'store error', { reason: error.message })).catch(
    (error: unknown) => {
      const why = error instanceof Error ? error.message : String(error);
      throw new ConfigError(valid.fields.store, `không mở được kho dữ liệu (${why})`, `cannot open the store (${why})`);
    },
  );
  const dataFiles = valid.data ? new DataFiles(valid.data, log) : undefined;
  await dataFiles?.checkAll();

  const server = createServer(
    { requestTimeout: 15_000, headersTimeout: 10_000, keepAliveTimeout: 5_000 },
    createHandler({
      config: valid,
      counter: new Counter(store, valid.sites, clock),
      store,
      limiter: new RateLimiter(valid.rateLimit, clock),
      dataFiles,
      log,
    }),
  );
  try {
    await listen(server, valid);
  } catch (error) {
    await store.close();
    throw error;
  }

  const { port } = server.address() as AddressInfo;
  const url = `http://${valid.host.includes(':') ? `[${valid.host}]` : valid.host}:${port}`;
  log('info', 'listening', { url, store: store.kind, sites: [...valid.sites.keys()] });

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    close: () =>
      (closing ??= (async () => {
        // Keep-alive connections close as soon as their request in flight is answered.
        const idle = setInterval(() => server.closeIdleConnections(), 50);
        const cutOff = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
        await new Promise<void>((resolve) => server.close(() => resolve()));
        clearInterval(idle);
        clearTimeout(cutOff);
        await store.close();
        log('info', 'stopped');
      })()),
  };
}

function listen(server: Server, config: Config): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') {
        reject(
          new ConfigError(
            config.fields.port,
            `không nghe được ở cổng ${config.port} (${error.code === 'EACCES' ? 'không có quyền' : 'cổng đang được dùng'})`,
            `cannot listen on port ${config.port} (${error.code === 'EACCES' ? 'permission denied' : 'already in use'})`,
          ),
        );
      } else {
        reject(
          new ConfigError(
            'host',
            `không nghe được ở địa chỉ ${config.host} (${error.code})`,
            `cannot listen on ${config.host} (${error.code})`,
          ),
        );
      }
    });
    server.listen(config.port, config.host, () => resolve());
  });
}
