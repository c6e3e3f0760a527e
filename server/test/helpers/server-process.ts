import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireLibfaketime } from './libfaketime.js';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export interface LogLine {
  level: string;
  msg: string;
  [field: string]: unknown;
}

export interface ServerProcess {
  url: string;
  /** Every log line so far, parsed. */
  logs: LogLine[];
  /** Raw stdout so far (to check that nothing personal is in it). */
  stdout(): string;
  /** SIGTERM; resolves to the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL (`kill -9`), at once. */
  kill(): Promise<void>;
}

export interface Launch {
  /** The config object, written to `<dir>/sen-server.json`. */
  config: unknown;
  dir?: string;
  env?: Record<string, string>;
  /**
   * Start the server's clock at this wall-clock time (in the process's TZ) with libfaketime, as
   * the `faketime` command does, but preloaded straight into node so signals reach it.
   */
  fakeTime?: string;
}

/** A folder for a test's config, store and data files. */
export function tempDir(prefix = 'sen-server-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes the config and runs `node dist/cli.js --config …` (the real bin) until it is listening. */
export function startServerProcess(launch: Launch): Promise<ServerProcess> {
  const dir = launch.dir ?? tempDir();
  const configFile = join(dir, 'sen-server.json');
  writeFileSync(configFile, JSON.stringify(launch.config, null, 2));
  const faked = launch.fakeTime ? { LD_PRELOAD: requireLibfaketime(), FAKETIME: `@${launch.fakeTime}` } : {};
  const child = spawn(process.execPath, [CLI, '--config', configFile], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', ...faked, ...launch.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: LogLine[] = [];
  let out = '';
  let err = '';
  let pending = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  // A cancelled test run must not leave servers behind.
  const orphanGuard = () => child.kill('SIGKILL');
  process.once('exit', orphanGuard);
  exited.then(() => process.off('exit', orphanGuard));

  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        const entry = JSON.parse(line) as LogLine;
        logs.push(entry);
        if (entry.msg === 'listening') {
          resolve({
            url: entry.url as string,
            logs,
            stdout: () => out,
            stop: () => {
              child.kill('SIGTERM');
              return exited;
            },
            kill: async () => {
              child.kill('SIGKILL');
              await exited;
            },
          });
        }
      }
    });
    exited.then((code) => reject(new Error(`the server exited (${code}) before listening: ${err}`)));
  });
}
