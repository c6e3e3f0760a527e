/**
 * The SQLite schema as migrations: `PRAGMA user_version` records how many have run, and each start
 * runs the rest in one transaction. Append new steps; never edit a released one.
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE salts (day TEXT PRIMARY KEY, salt BLOB NOT NULL) WITHOUT ROWID;
   CREATE TABLE visitors (
     site TEXT NOT NULL, id TEXT NOT NULL, salt_day TEXT NOT NULL, last_hit INTEGER NOT NULL,
     PRIMARY KEY (site, id)) WITHOUT ROWID;
   CREATE INDEX visitors_by_salt_day ON visitors (salt_day);
   CREATE TABLE visits (
     site TEXT NOT NULL, period TEXT NOT NULL, count INTEGER NOT NULL,
     PRIMARY KEY (site, period)) WITHOUT ROWID;
   CREATE TABLE online (
     site TEXT NOT NULL, id TEXT NOT NULL, seen_at INTEGER NOT NULL,
     PRIMARY KEY (site, id)) WITHOUT ROWID;
   CREATE INDEX online_by_time ON online (site, seen_at);
   CREATE TABLE online_count (site TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;`,
];
