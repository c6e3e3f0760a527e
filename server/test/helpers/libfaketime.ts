import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** libfaketime from Debian's `faketime` package, for a server process whose clock starts elsewhere. */
export function findLibfaketime(): string | undefined {
  if (process.env.LIBFAKETIME) return existsSync(process.env.LIBFAKETIME) ? process.env.LIBFAKETIME : undefined;
  const candidates = ['/usr/lib/faketime/libfaketime.so.1'];
  for (const dir of existsSync('/usr/lib') ? readdirSync('/usr/lib') : []) {
    if (dir.endsWith('-linux-gnu')) candidates.push(join('/usr/lib', dir, 'faketime/libfaketime.so.1'));
  }
  return candidates.find((file) => existsSync(file));
}

/** Fails loudly, like a missing redis-server: the time-zone test must never be skipped. */
export function requireLibfaketime(): string {
  const found = findLibfaketime();
  if (!found) {
    throw new Error(
      'libfaketime not found (the test of the Vietnam calendar under another time zone needs it).\n' +
        'Install it with:  sudo apt-get install -y faketime   (or set LIBFAKETIME to its path)',
    );
  }
  return found;
}
