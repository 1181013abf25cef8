import { AppError } from '../../contract/errors';

/** Why the data folder refuses a write, as the window explains it (errors.reasons.<reason>). */
export type StorageProblem = 'read-only' | 'disk-full' | 'busy' | 'not-a-folder';

const MESSAGES: Record<StorageProblem, string> = {
  'read-only': 'The data folder cannot be written (read-only or no permission); nothing was saved.',
  'disk-full': 'The disk is full; nothing was saved.',
  busy: 'The database is busy (another program holds it); nothing was saved. Try again.',
  'not-a-folder': 'The data folder path leads to a file, not a folder; nothing was saved.',
};

/**
 * SQLite result codes (extended ones too: SQLITE_READONLY_DBMOVED, SQLITE_BUSY_SNAPSHOT…) and the
 * file system's errno codes, for the same three situations an agent can do something about.
 */
export function storageProblemOf(err: unknown): StorageProblem | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  const base = code.startsWith('SQLITE_') ? code.replace(/^(SQLITE_[A-Z]+).*$/, '$1') : code;
  switch (base) {
    case 'SQLITE_READONLY':
    case 'SQLITE_CANTOPEN':
    case 'SQLITE_PERM':
    case 'SQLITE_AUTH':
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'read-only';
    case 'SQLITE_FULL':
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk-full';
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
    case 'EBUSY':
      return 'busy';
    case 'ENOTDIR':
    case 'EISDIR':
      return 'not-a-folder';
    default:
      return null;
  }
}

/** The structured UNAVAILABLE error for a storage failure, or null when `err` is something else. */
export function storageError(err: unknown, details: Record<string, unknown> = {}): AppError | null {
  const reason = storageProblemOf(err);
  return reason ? new AppError('UNAVAILABLE', MESSAGES[reason], { ...details, reason }) : null;
}
