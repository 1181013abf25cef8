import Database from 'better-sqlite3';
import fs from 'node:fs';
import { AppError } from '../../contract/errors';
import type { Migration } from '../db/migration';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
/** Tables every version of this app has had since its first migration; a file without them is another app's. */
const CORE_TABLES = ['schema_migrations', 'customers', 'interactions', 'settings'];

type Reason = 'not-sqlite' | 'truncated' | 'damaged' | 'foreign' | 'newer';
const refuse = (reason: Reason, message: string, extra: Record<string, unknown> = {}) =>
  new AppError(reason === 'newer' ? 'DB_TOO_NEW' : 'DB_CORRUPT', message, { reason, ...extra });

/** Header checks that need no SQLite: the magic string, and a size that holds every page the header counts. */
function checkHeader(file: string): void {
  const size = fs.statSync(file).size;
  const head = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, 100, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (size < 100 || !head.subarray(0, 16).equals(SQLITE_HEADER)) throw refuse('not-sqlite', 'This file is not a SQLite database.');
  const rawPageSize = head.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) throw refuse('damaged', 'The database header is damaged.');
  // The page count in the header is trustworthy when its "valid for" counter matches the change counter.
  const pages = head.readUInt32BE(28);
  const countValid = pages > 0 && head.readUInt32BE(92) === head.readUInt32BE(24);
  if (size % pageSize !== 0 || (countValid && size < pages * pageSize)) {
    throw refuse('truncated', 'The file is shorter than the database it claims to be: an incomplete copy.', { size, expected: countValid ? pages * pageSize : null });
  }
}

/**
 * Makes sure a file is a complete, undamaged database of this app that this build can open, before
 * anything is replaced. Works on a private copy (the staging file), which it may convert to a
 * self-contained rollback-journal file so no -wal is needed beside it.
 */
export function validateBackupFile(file: string, migrations: readonly Migration[], nativeBinding?: string): { schemaVersion: number } {
  checkHeader(file);
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw refuse('damaged', `The database is damaged: ${String(check).slice(0, 200)}`);
    const tables = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
    const missing = CORE_TABLES.filter((t) => !tables.has(t));
    if (missing.length > 0) throw refuse('foreign', 'This database was not written by this app.', { missing });
    const latest = migrations.at(-1)?.version ?? 0;
    const version = db.pragma('user_version', { simple: true }) as number;
    const applied = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as { version: number; name: string }[];
    const newest = Math.max(version, ...applied.map((a) => a.version));
    if (newest > latest) throw refuse('newer', `The backup was written by a newer version of the app (schema ${newest}, this build knows ${latest}).`, { found: newest, supported: latest });
    for (const row of applied) {
      const shipped = migrations.find((m) => m.version === row.version);
      if (!shipped || shipped.name !== row.name) throw refuse('foreign', `The backup has migration ${row.version} "${row.name}", which this app never shipped.`);
    }
    db.pragma('journal_mode = DELETE');
    return { schemaVersion: version };
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as { code?: unknown } | null)?.code;
    if (code === 'SQLITE_NOTADB') throw refuse('not-sqlite', 'This file is not a SQLite database.');
    if (typeof code === 'string' && code.startsWith('SQLITE_')) throw refuse('damaged', `The database is damaged: ${(err as Error).message}`);
    throw err;
  } finally {
    db?.close();
  }
}
