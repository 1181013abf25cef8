import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupKind, BackupSettings } from '../../contract/backups';
import { AppError, type ApiError } from '../../contract/errors';
import type { Logger } from '../api/dispatch';
import type { Auditor } from '../audit/auditRepo';
import type { Migration } from '../db/migration';
import type { EventBus } from '../events';
import type { Clock } from '../shared/clock';
import type { IdGenerator } from '../shared/ids';
import type { Scheduler } from '../shared/scheduler';
import { BACKUPS_DIR, backupFileName, backupPath, listBackupFiles, readFileChunk } from './backupFiles';
import { validateBackupFile } from './backupValidation';

const DAY = 86_400_000;
/** After a failed daily backup (disk full, folder read-only) try again in an hour, not in a loop. */
const RETRY_AFTER = 3_600_000;
const MAX_UPLOAD_BYTES = 4 * 1024 ** 3;
const MAX_UPLOADS = 2;
const STAGING = '.restore-staging.sqlite';
/**
 * Pages copied per step of the online backup: 1 MB at the default page size. Calls wait for the step
 * under way; at 8 MB a step held the core for 30-50 ms, and the window's first calls at start
 * (when the daily backup runs) took 50-80 ms instead of 2-16.
 */
const PAGES_PER_STEP = 256;

/** A validated copy ready to replace the database, handed to whoever can swap it (restorableCore). */
export interface RestoreRequest {
  staged: string;
  from: string;
  beforeRestore: string;
  actor: string;
}

const removeQuietly = (file: string) => fs.rmSync(file, { force: true });
const removeWithJournals = (file: string) => ['', '-wal', '-shm', '-journal'].forEach((s) => removeQuietly(file + s));

function apiErrorOf(err: unknown): ApiError {
  if (err instanceof AppError) return err.toApiError();
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return { code: 'UNAVAILABLE', message: 'The disk is full; the backup was not written.', details: { reason: 'disk-full' } };
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY') {
    return { code: 'UNAVAILABLE', message: 'The backups folder cannot be written.', details: { reason: 'read-only' } };
  }
  return { code: 'INTERNAL', message: `The backup failed: ${(err as Error)?.message ?? String(err)}` };
}

/**
 * Online backups of the live database with SQLite's backup API (better-sqlite3's db.backup), into
 * <data>/backups: a daily one on the core's scheduler (at start when the newest is over a day old),
 * manual ones, and the copy taken before a restore. Backups are written one at a time to a hidden
 * .partial file and renamed when complete, so the folder never lists a half-written backup.
 */
export function createBackupService(deps: {
  db: Database.Database;
  dataDir: string;
  clock: Clock;
  scheduler: Scheduler;
  settings: () => BackupSettings;
  events: EventBus;
  audit: Auditor;
  actor: () => string;
  newId: IdGenerator;
  logger: Logger;
  migrations: readonly Migration[];
  nativeBinding?: string;
  /** Swaps the database for a validated file; only the restorable core can (it owns the connection). */
  restorer?: (request: RestoreRequest) => void;
}) {
  const dir = path.join(deps.dataDir, BACKUPS_DIR);
  try {
    fs.mkdirSync(dir, { recursive: true });
    // Leftovers of a crash: half-written backups, abandoned uploads, a restore that never finished.
    for (const entry of fs.readdirSync(dir)) if (entry.startsWith('.')) removeQuietly(path.join(dir, entry));
  } catch (err) {
    // A read-only data folder must not stop the desk: each backup then fails with a clear reason.
    deps.logger.warn(`The backups folder is not writable: ${(err as Error)?.message ?? String(err)}`);
  }

  let queue: Promise<unknown> = Promise.resolve();
  const reserved = new Set<string>();
  let closed = false;
  let restoring = false;
  let cancelDaily: (() => void) | null = null;
  let dailyRunning = false;
  const uploads = new Map<string, { file: string; bytes: number }>();

  function uniqueName(kind: BackupKind, label: string): string {
    const taken = new Set([...listBackupFiles(dir).map((b) => b.name), ...reserved]);
    let at = deps.clock.now();
    let name = backupFileName(at, kind, label);
    while (taken.has(name)) name = backupFileName(++at, kind, label);
    return name;
  }

  /** Queues one backup; the promise settles when the file is complete (or has failed and is gone). */
  function enqueue(kind: BackupKind, label: string): { name: string; done: Promise<void> } {
    const name = uniqueName(kind, label);
    reserved.add(name);
    const partial = path.join(dir, `.${name}.partial`);
    const done = queue
      .then(async () => {
        if (closed) throw new AppError('UNAVAILABLE', 'The app is closing.', { reason: 'closing' });
        await deps.db.backup(partial, { progress: () => PAGES_PER_STEP });
        fs.renameSync(partial, path.join(dir, name));
      })
      .catch((err: unknown) => {
        removeQuietly(partial);
        throw err;
      })
      .finally(() => reserved.delete(name));
    queue = done.catch(() => undefined);
    return { name, done };
  }

  /** Keeps the newest N daily backups (and N copies taken before restores); manual ones stay until removed. */
  function prune(): void {
    const keep = deps.settings().keep;
    const all = listBackupFiles(dir);
    for (const kind of ['daily', 'before-restore'] as const) {
      for (const old of all.filter((b) => b.kind === kind).slice(keep)) removeQuietly(path.join(dir, old.name));
    }
  }

  const announce = (name: string) => {
    if (closed) return;
    prune();
    deps.events.emit('backups.changed', { name });
  };
  const announceFailure = (err: unknown) => {
    // A data folder deleted under a running core (a test's temporary folder) has nobody to tell.
    if (closed || !fs.existsSync(dir)) return;
    deps.logger.warn(`A backup failed: ${(err as Error)?.message ?? String(err)}`);
    deps.events.emit('backups.changed', { error: apiErrorOf(err) });
  };

  function scheduleDaily(notBefore = 0): void {
    cancelDaily?.();
    cancelDaily = null;
    // A daily backup under way schedules the next one itself when it is done.
    if (closed || dailyRunning || !deps.settings().daily) return;
    const newest = listBackupFiles(dir).find((b) => b.kind === 'daily');
    const due = Math.max(newest ? newest.createdAt + DAY : deps.clock.now(), notBefore);
    cancelDaily = deps.scheduler.at(due, () => {
      cancelDaily = null;
      dailyRunning = true;
      const { name, done } = enqueue('daily', '');
      done.then(
        () => {
          dailyRunning = false;
          announce(name);
          scheduleDaily();
        },
        (err: unknown) => {
          dailyRunning = false;
          announceFailure(err);
          scheduleDaily(deps.clock.now() + RETRY_AFTER);
        },
      );
    });
  }

  function uploadOf(uploadId: string) {
    const u = uploads.get(uploadId);
    if (!u) throw new AppError('NOT_FOUND', 'This upload was cancelled or has expired; choose the file again.', { reason: 'upload-missing' });
    return u;
  }

  function uploadCancel(uploadId: string): { cancelled: boolean } {
    const u = uploads.get(uploadId);
    if (!u) return { cancelled: false };
    removeQuietly(u.file);
    uploads.delete(uploadId);
    return { cancelled: true };
  }

  return {
    start: () => {
      prune();
      scheduleDaily();
    },
    /** Settings changed: the daily switch or how many are kept. */
    reconsider: () => {
      prune();
      scheduleDaily();
    },
    list: () => ({ items: listBackupFiles(dir), folder: dir, running: reserved.size > 0 }),

    create(label: string): { name: string } {
      const { name, done } = enqueue('manual', label);
      deps.audit('backup.create', 'backup', null, { name });
      done.then(() => announce(name), announceFailure);
      return { name };
    },

    remove(name: string): { removed: true } {
      fs.rmSync(backupPath(dir, name));
      deps.audit('backup.remove', 'backup', null, { name });
      deps.events.emit('backups.changed', {});
      return { removed: true };
    },

    read(name: string, offset: number) {
      const chunk = readFileChunk(backupPath(dir, name), offset);
      if (offset === 0) deps.audit('backup.download', 'backup', null, { name, size: chunk.size });
      return chunk;
    },

    uploadBegin(): { uploadId: string } {
      // Only the newest few uploads are kept: an abandoned one should not fill the disk.
      while (uploads.size >= MAX_UPLOADS) {
        const [oldest] = uploads.keys();
        removeQuietly(uploads.get(oldest!)!.file);
        uploads.delete(oldest!);
      }
      const uploadId = deps.newId();
      const file = path.join(dir, `.upload-${uploadId}.part`);
      fs.writeFileSync(file, Buffer.alloc(0));
      uploads.set(uploadId, { file, bytes: 0 });
      return { uploadId };
    },
    uploadAppend(uploadId: string, chunk: string): { bytes: number } {
      const u = uploadOf(uploadId);
      const data = Buffer.from(chunk, 'base64');
      if (u.bytes + data.length > MAX_UPLOAD_BYTES) {
        throw new AppError('PAYLOAD_TOO_LARGE', 'This file is too large to be a backup of this app.', { reason: 'upload-too-large', limit: MAX_UPLOAD_BYTES });
      }
      fs.appendFileSync(u.file, data);
      u.bytes += data.length;
      return { bytes: u.bytes };
    },
    uploadCancel,

    /**
     * Validates a private copy first (a refusal changes nothing), then backs up the current data
     * ("before-restore") and hands the copy to the restorer, which swaps the database.
     */
    restore(source: { name?: string; uploadId?: string }): { beforeRestore: string } {
      const restorer = deps.restorer;
      if (!restorer) throw new AppError('UNAVAILABLE', 'This core cannot swap its database.', { reason: 'restore-unsupported' });
      if (restoring) throw new AppError('CONFLICT', 'A restore is already under way.', { reason: 'restore-running' });
      const file = source.name !== undefined ? backupPath(dir, source.name) : uploadOf(source.uploadId!).file;
      const staged = path.join(dir, STAGING);
      removeWithJournals(staged);
      try {
        fs.copyFileSync(file, staged);
        validateBackupFile(staged, deps.migrations, deps.nativeBinding);
      } catch (err) {
        removeWithJournals(staged);
        throw err;
      }
      if (source.uploadId !== undefined) uploadCancel(source.uploadId);
      restoring = true;
      const from = source.name ?? 'upload';
      const { name: beforeRestore, done } = enqueue('before-restore', '');
      deps.audit('backup.restore', 'backup', null, { from, beforeRestore });
      const actor = deps.actor();
      done.then(
        () => {
          if (closed) return;
          prune();
          try {
            restorer({ staged, from, beforeRestore, actor });
          } catch (err) {
            restoring = false;
            removeWithJournals(staged);
            deps.logger.error('The restore failed; the current data was kept', err);
            deps.events.emit('backups.changed', { error: apiErrorOf(err) });
          }
        },
        (err: unknown) => {
          restoring = false;
          removeWithJournals(staged);
          announceFailure(err);
        },
      );
      return { beforeRestore };
    },

    close(): void {
      closed = true;
      cancelDaily?.();
      cancelDaily = null;
      for (const u of uploads.values()) removeQuietly(u.file);
      uploads.clear();
    },
  };
}
export type BackupService = ReturnType<typeof createBackupService>;
