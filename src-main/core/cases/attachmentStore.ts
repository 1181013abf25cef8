import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../contract/errors';

/** What the bytes are, from their first bytes: a file's name or the sender's claim is not trusted. */
export function sniffMime(data: Buffer): string {
  const starts = (...bytes: number[]) => bytes.every((b, i) => data[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (starts(0x52, 0x49, 0x46, 0x46) && data.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf';
  return 'application/octet-stream';
}

const EXT: Record<string, string> = { 'image/png': '.png', 'image/jpeg': '.jpg', 'image/gif': '.gif', 'image/webp': '.webp', 'application/pdf': '.pdf' };

/** A display name without folders or control characters; the file on disk is named by id, never by it. */
export function cleanFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = name.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '').trim();
  return (base || 'file').slice(0, 200);
}

/**
 * Evidence files live in the data folder (attachments/<case>/<id>.<ext>) beside the database, so a
 * backup of the folder carries them; the database keeps only their names and metadata.
 */
export function createAttachmentStore(dataDir: string) {
  const root = dataDir === ':memory:' ? fs.mkdtempSync(path.join(os.tmpdir(), 'aw-attachments-')) : path.join(dataDir, 'attachments');
  const full = (file: string) => {
    const p = path.resolve(root, file);
    if (!p.startsWith(path.resolve(root) + path.sep)) throw new AppError('FORBIDDEN', 'Attachment path outside the data folder.');
    return p;
  };
  return {
    save(caseId: string, id: string, name: string, data: Buffer) {
      const mime = sniffMime(data);
      const file = path.join(caseId, `${id}${EXT[mime] ?? '.bin'}`);
      fs.mkdirSync(path.dirname(full(file)), { recursive: true });
      // Written and flushed before the row that points at it commits: a crash leaves at worst an orphan file.
      const fd = fs.openSync(full(file), 'wx');
      try {
        fs.writeSync(fd, data);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      return { file, mime, name: cleanFileName(name) };
    },
    read(file: string): Buffer {
      try {
        return fs.readFileSync(full(file));
      } catch {
        throw new AppError('NOT_FOUND', 'The attachment file is missing from the data folder.', { reason: 'attachment-missing' });
      }
    },
    remove(file: string): void {
      fs.rmSync(full(file), { force: true });
    },
  };
}
export type AttachmentStore = ReturnType<typeof createAttachmentStore>;
