import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_KINDS, type Backup, type BackupKind } from '../../contract/backups';
import { AppError } from '../../contract/errors';

export const BACKUPS_DIR = 'backups';
const NAME = /^aw-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(\d{3})-(daily|manual|before-restore)(?:-(.*))?\.sqlite$/;
/**
 * Characters no file system accepts in a name, controls, and bidi overrides (which can make a name
 * read as another: "evil\u202Etxt.exe"); the rest of a label (Chinese too) is kept.
 */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** aw-20261125-010000-000-manual-月底.sqlite: the time (UTC, the core's clock) and kind live in the name. */
export function backupFileName(at: number, kind: BackupKind, label = ''): string {
  const d = new Date(at);
  const stamp = `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}-${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}-${pad(d.getUTCMilliseconds(), 3)}`;
  const safe = label.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().replace(/\.+$/, '').slice(0, 40);
  return `aw-${stamp}-${kind}${safe ? `-${safe}` : ''}.sqlite`;
}

export function parseBackupName(name: string): Omit<Backup, 'size'> | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms, kind, label] = m;
  const createdAt = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(ms));
  if (!Number.isFinite(createdAt) || !BACKUP_KINDS.includes(kind as BackupKind)) return null;
  return { name, kind: kind as BackupKind, label: label ?? '', createdAt };
}

/** Backups newest first; files that are not ours (or half-written ones) are not listed. */
export function listBackupFiles(dir: string): Backup[] {
  if (!fs.existsSync(dir)) return [];
  const items: Backup[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const parsed = parseBackupName(entry.name);
    if (!parsed) continue;
    items.push({ ...parsed, size: fs.statSync(path.join(dir, entry.name)).size });
  }
  return items.sort((a, b) => b.createdAt - a.createdAt || b.name.localeCompare(a.name));
}

/** A listed backup's path; any other name (a path, a file that is not a backup) is NOT_FOUND. */
export function backupPath(dir: string, name: string): string {
  if (!listBackupFiles(dir).some((b) => b.name === name)) throw new AppError('NOT_FOUND', 'There is no such backup.', { reason: 'backup-missing' });
  return path.join(dir, name);
}

export const CHUNK_BYTES = 1024 * 1024;

/** One base64 chunk of a file, for the window to put together and save. */
export function readFileChunk(file: string, offset: number): { chunk: string; offset: number; size: number; done: boolean } {
  const size = fs.statSync(file).size;
  const start = Math.min(offset, size);
  const length = Math.min(CHUNK_BYTES, size - start);
  const buf = Buffer.alloc(length);
  const fd = fs.openSync(file, 'r');
  try {
    let read = 0;
    while (read < length) {
      const n = fs.readSync(fd, buf, read, length - read, start + read);
      if (n === 0) break;
      read += n;
    }
  } finally {
    fs.closeSync(fd);
  }
  return { chunk: buf.toString('base64'), offset: start, size, done: start + length >= size };
}
