import { z } from 'zod';
import { timestampSchema } from './primitives';

/** daily: the automatic backup; manual: "Back up now"; before-restore: the copy taken before a restore. */
export const BACKUP_KINDS = ['daily', 'manual', 'before-restore'] as const;
export const backupKindSchema = z.enum(BACKUP_KINDS);
export type BackupKind = z.infer<typeof backupKindSchema>;

/** A file name in the backups folder, never a path: the core looks it up among the files it lists. */
export const backupNameSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\\/\u0000-\u001f]+\.sqlite$/, 'a backup file name');

export const backupSchema = z.object({
  name: z.string(),
  kind: backupKindSchema,
  label: z.string(),
  createdAt: timestampSchema,
  size: z.number().int().nonnegative(),
});
export type Backup = z.infer<typeof backupSchema>;

export const backupSettingsSchema = z
  .object({
    /** How many automatic (daily) backups are kept; older ones are deleted. */
    keep: z.number().int().min(1).max(100),
    daily: z.boolean(),
  })
  .strict();
export type BackupSettings = z.infer<typeof backupSettingsSchema>;
export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { keep: 7, daily: true };

/** Base64 chunks: the transports cap one message, and the window cannot touch the file system. */
export const base64ChunkSchema = z.string().max(2_000_000).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');
export const fileChunkSchema = z.object({
  chunk: z.string(),
  offset: z.number().int().nonnegative(),
  size: z.number().int().nonnegative(),
  done: z.boolean(),
});

/** Why a file was refused as a backup to restore (details.reason of the error). */
export const RESTORE_REFUSALS = ['not-sqlite', 'truncated', 'damaged', 'foreign', 'newer'] as const;

export const exportAllResultSchema = z.object({
  /** The zip's name in the exports folder; read it with data.readExport. */
  name: z.string(),
  size: z.number().int().nonnegative(),
  tables: z.array(z.object({ name: z.string(), rows: z.number().int().nonnegative() })),
});
