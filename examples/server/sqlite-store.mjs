/**
 * A persistent `store` for `createAmazonAdapter` (SPEC §9): one SQLite table of JSON values, kept in a file.
 *
 * SQLite through sql.js (SQLite compiled to WebAssembly, from npm): it installs with `npm ci` everywhere, with no
 * native build step and no Node version floor (better-sqlite3 13 needs Node 22 and a compiler fallback; node:sqlite
 * needs Node 22.5). sql.js keeps the database in memory, so every write is followed by an atomic save of the file
 * (written beside it, then renamed): a crash leaves the previous or the new database, never half of one. Fine for
 * what the store holds (marks as done, buyer-removal requests, the activity log); a busy multi-process deployment
 * would use a database server instead, behind the same two methods.
 */
import { readFile, writeFile, rename, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Opens (or creates) the database file; returns `{ get, set, close }`. */
export async function openSqliteStore(file) {
  const initSqlJs = require('sql.js');
  const SQL = await initSqlJs();
  const db = existsSync(file) ? new SQL.Database(await readFile(file)) : new SQL.Database();
  db.run('CREATE TABLE IF NOT EXISTS kv (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL)');
  await mkdir(dirname(file), { recursive: true });

  let saving = Promise.resolve();
  const save = () => {
    saving = saving.then(async () => {
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, db.export());
      await rename(tmp, file);
    });
    return saving;
  };

  return {
    async get(key) {
      const stmt = db.prepare('SELECT value FROM kv WHERE key = ?');
      try {
        stmt.bind([key]);
        return stmt.step() ? JSON.parse(stmt.get()[0]) : undefined;
      } finally {
        stmt.free();
      }
    },
    async set(key, value) {
      db.run(
        'INSERT INTO kv (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
        [key, JSON.stringify(value), new Date().toISOString()],
      );
      await save();
    },
    async close() {
      await saving;
      db.close();
    },
  };
}
