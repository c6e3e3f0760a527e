#!/usr/bin/env node
/**
 * `sen-widgets-server --config sen-server.json`: starts the counting service. `PORT` and
 * `SEN_STORE` override the file. A bad config prints one line naming the field and exits 1.
 */
import { readFileSync } from 'node:fs';
import { ConfigError } from './config/config-error.js';
import { loadConfigFile } from './config/load.js';
import { parseStore } from './config/validate.js';
import { copyCounts } from './stores/copy-counts.js';
import { startServer } from './http/start-server.js';
import { jsonLogger } from './log/logger.js';

const USAGE = `Cách dùng / usage: sen-widgets-server --config <sen-server.json>

  --config, -c <tệp/file>  tệp cấu hình / the config file (mặc định/default: ./sen-server.json)
  --copy-to <kho/store>    chép số liệu sang kho khác rồi thoát / copy the counts to another store
                           and exit (redis://host:6379/0 hoặc/or sqlite:<file>)
  --help, -h               trợ giúp này / this help
  --version                phiên bản / version

Biến môi trường / environment: PORT, SEN_STORE (ghi đè tệp / override the file).
`;

function fail(message: string): never {
  process.stderr.write(`sen-widgets-server: ${message}\n`);
  process.exit(1);
}

interface Args {
  file: string;
  copyTo?: string;
}

function parseArgs(args: string[]): Args {
  let file = 'sen-server.json';
  let copyTo: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else if (arg === '--version') {
      const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
      process.stdout.write(`${pkg.version}\n`);
      process.exit(0);
    } else if (arg === '--config' || arg === '-c') {
      file = args[++i] ?? fail('--config: thiếu đường dẫn tệp | missing the file path');
    } else if (arg.startsWith('--config=')) {
      file = arg.slice('--config='.length);
    } else if (arg === '--copy-to') {
      copyTo = args[++i] ?? fail('--copy-to: thiếu kho đích | missing the target store');
    } else {
      fail(`${arg}: tham số không rõ | unknown argument\n\n${USAGE}`);
    }
  }
  return { file, copyTo };
}

async function main(): Promise<void> {
  const { file, copyTo } = parseArgs(process.argv.slice(2));
  const log = jsonLogger();
  let server;
  try {
    const config = loadConfigFile(file, process.env);
    if (copyTo !== undefined) {
      const { counters, sites } = await copyCounts(
        config.store,
        parseStore(copyTo, '--copy-to', process.cwd()),
        '--copy-to',
      );
      process.stdout.write(`Đã chép ${counters} bộ đếm (${sites.join(', ')}) | copied ${counters} counters\n`);
      return;
    }
    server = await startServer(config, { log });
  } catch (error) {
    if (error instanceof ConfigError) fail(error.field.startsWith('--') ? error.message : `${file}: ${error.message}`);
    throw error;
  }

  const stop = (signal: string) => {
    log('info', 'stopping', { signal });
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  fail(`lỗi không lường trước | unexpected error: ${error instanceof Error ? error.message : String(error)}`);
});
