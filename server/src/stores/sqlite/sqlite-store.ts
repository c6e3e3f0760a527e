import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Periods } from '../../counting/calendar.js';
import { isNewVisit, onlineSince, TOTAL } from '../../counting/rules.js';
import type { VisitorIds } from '../../counting/visitor.js';
import type { HitRecord, Store, StoredCounts, VisitCount } from '../store.js';
import { MIGRATIONS } from './schema.js';

/**
 * The embedded store: one SQLite file, written by one process. WAL with `synchronous=NORMAL`: a
 * committed transaction is in the WAL before the hit is answered, so it survives `kill -9`.
 */
export function openSqliteStore(file: string): Store {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000'); // a backup (`sqlite3 … .backup`) may hold a lock briefly
  migrate(db);

  const q = {
    salt: db.prepare<[string], { salt: Buffer }>('SELECT salt FROM salts WHERE day = ?'),
    insertSalt: db.prepare('INSERT OR IGNORE INTO salts (day, salt) VALUES (?, ?)'),
    forgetSalts: db.prepare('DELETE FROM salts WHERE day < ?'),
    forgetVisitors: db.prepare('DELETE FROM visitors WHERE salt_day < ?'),
    lastHit: db.prepare<[string, string, string], { last: number | null }>(
      'SELECT max(last_hit) AS last FROM visitors WHERE site = ? AND id IN (?, ?)',
    ),
    known: db.prepare<[string, string], { id: string }>('SELECT id FROM visitors WHERE site = ? AND id = ?'),
    recordVisitor: db.prepare(
      `INSERT INTO visitors (site, id, salt_day, last_hit) VALUES (?, ?, ?, ?)
       ON CONFLICT (site, id) DO UPDATE SET last_hit = excluded.last_hit`,
    ),
    addVisit: db.prepare(
      `INSERT INTO visits (site, period, count) VALUES (?, ?, 1)
       ON CONFLICT (site, period) DO UPDATE SET count = count + 1`,
    ),
    allVisits: db.prepare<[], VisitCount>('SELECT site, period, count FROM visits ORDER BY site, period'),
    setVisits: db.prepare(
      `INSERT INTO visits (site, period, count) VALUES (?, ?, ?)
       ON CONFLICT (site, period) DO UPDATE SET count = excluded.count`,
    ),
    visits: db.prepare<[string, string, string, string, string], { period: string; count: number }>(
      'SELECT period, count FROM visits WHERE site = ? AND period IN (?, ?, ?, ?)',
    ),
    insertOnline: db.prepare('INSERT OR IGNORE INTO online (site, id, seen_at) VALUES (?, ?, ?)'),
    touchOnline: db.prepare('UPDATE online SET seen_at = ? WHERE site = ? AND id = ?'),
    deleteOnline: db.prepare('DELETE FROM online WHERE site = ? AND id = ?'),
    pruneOnline: db.prepare('DELETE FROM online WHERE site = ? AND seen_at <= ?'),
    addOnline: db.prepare(
      'INSERT INTO online_count (site, n) VALUES (?, ?) ON CONFLICT (site) DO UPDATE SET n = n + excluded.n',
    ),
    online: db.prepare<[string], { n: number }>('SELECT n FROM online_count WHERE site = ?'),
  };

  // "Online" is kept as a count beside the rows it counts, so answering costs the same with ten
  // visitors online or fifty thousand (counting the rows on every answer did not). Each change
  // first drops the rows that have left the 5-minute window, so every row left is online.
  const prune = (site: string, since: number) => {
    const { changes } = q.pruneOnline.run(site, since);
    if (changes) q.addOnline.run(site, -changes);
  };
  const markOnline = (site: string, id: string, at: number) => {
    prune(site, onlineSince(at));
    if (q.insertOnline.run(site, id, at).changes) q.addOnline.run(site, 1);
    else q.touchOnline.run(at, site, id);
  };
  const forgetOnline = (site: string, id: string) => {
    if (q.deleteOnline.run(site, id).changes) q.addOnline.run(site, -1);
  };

  const hit = db.transaction((record: HitRecord): boolean => {
    const { site, visitor, at } = record;
    const last = q.lastHit.get(site, visitor.current, visitor.previous ?? visitor.current)?.last ?? undefined;
    const counted = isNewVisit(last, at);
    q.recordVisitor.run(site, visitor.current, record.saltDay, at);
    if (counted) for (const period of record.periods) q.addVisit.run(site, period);
    markOnline(site, visitor.current, at);
    if (visitor.previous) forgetOnline(site, visitor.previous);
    return counted;
  });

  const seen = db.transaction((site: string, visitor: VisitorIds, at: number): void => {
    if (q.known.get(site, visitor.current)) {
      markOnline(site, visitor.current, at);
      if (visitor.previous) forgetOnline(site, visitor.previous);
    } else if (visitor.previous && q.known.get(site, visitor.previous)) {
      markOnline(site, visitor.previous, at);
    }
  });

  const read = db.transaction((site: string, periods: Periods, since: number): StoredCounts => {
    const counts = new Map(
      q.visits.all(site, TOTAL, periods.today, periods.yesterday, periods.month).map((row) => [row.period, row.count]),
    );
    prune(site, since);
    return {
      total: counts.get(TOTAL) ?? 0,
      today: counts.get(periods.today) ?? 0,
      yesterday: counts.get(periods.yesterday) ?? 0,
      month: counts.get(periods.month) ?? 0,
      online: q.online.get(site)?.n ?? 0,
    };
  });

  return {
    kind: 'sqlite',
    async salt(day) {
      q.insertSalt.run(day, randomBytes(32));
      return q.salt.get(day)!.salt;
    },
    async existingSalt(day) {
      return q.salt.get(day)?.salt;
    },
    async forgetSaltsBefore(day) {
      db.transaction(() => {
        q.forgetSalts.run(day);
        q.forgetVisitors.run(day);
      })();
    },
    async hit(record) {
      return hit(record);
    },
    async seen(site, visitor, at) {
      seen(site, visitor, at);
    },
    async read(site, periods, since) {
      return read(site, periods, since);
    },
    async visitCounts() {
      return q.allVisits.all();
    },
    async setVisitCounts(counts) {
      db.transaction(() => {
        for (const { site, period, count } of counts) q.setVisits.run(site, period, count);
      })();
    },
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      if (db.open) db.close();
    },
  };
}

function migrate(db: Database.Database): void {
  const done = db.pragma('user_version', { simple: true }) as number;
  if (done >= MIGRATIONS.length) return;
  db.transaction(() => {
    for (const step of MIGRATIONS.slice(done)) db.exec(step);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  })();
}
