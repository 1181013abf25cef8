import type Database from 'better-sqlite3';
import { AppError } from '../../contract/errors';
import type { Migration } from './migration';

const CREATE_LEDGER = `
  CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at INTEGER NOT NULL
  ) STRICT`;

export function readUserVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Refuses, without writing anything, a database that a newer version of the app has migrated or
 * whose applied migrations differ from the ones this build ships.
 */
export function assertCompatible(db: Database.Database, migrations: readonly Migration[]): void {
  const current = readUserVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new AppError('DB_TOO_NEW', `The database was written by a newer version of the app (schema ${current}, this build knows ${latest}).`, {
      found: current,
      supported: latest,
    });
  }
  const hasLedger = db
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'")
    .get();
  if (!hasLedger) return;
  const applied = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as {
    version: number;
    name: string;
  }[];
  for (const row of applied) {
    const shipped = migrations.find((m) => m.version === row.version);
    if (!shipped || shipped.name !== row.name) {
      throw new AppError('DB_TOO_NEW', `The database has migration ${row.version} "${row.name}", which this build does not ship.`, {
        found: row.version,
      });
    }
  }
}

/** Applies each pending migration in its own transaction and records it. Returns how many ran. */
export function migrate(db: Database.Database, migrations: readonly Migration[], now: () => number): number {
  assertCompatible(db, migrations);
  const current = readUserVersion(db);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return 0;
  db.exec(CREATE_LEDGER);
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of pending) {
    db.transaction(() => {
      m.up(db);
      record.run(m.version, m.name, now());
      // user_version is an integer pragma: it cannot be a bound parameter, and m.version is a number literal from our own code.
      db.pragma(`user_version = ${Math.trunc(m.version)}`);
    })();
  }
  return pending.length;
}
