import type { MethodOutput } from '@contract/methods';
import { call } from '../../api/client';

/** Raw bytes per upload message: base64 grows them by a third, under the transports' 4 MB cap. */
const UPLOAD_CHUNK = 1024 * 1024;

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(b64: string): Uint8Array<ArrayBuffer> {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

type Chunk = MethodOutput<'backups.read'>;

/** Reads a file from the core chunk by chunk (the window cannot open files itself) and joins them. */
export async function readAll(read: (offset: number) => Promise<Chunk>): Promise<Uint8Array<ArrayBuffer>> {
  const parts: Uint8Array[] = [];
  let offset = 0;
  for (;;) {
    const c = await read(offset);
    const bytes = fromBase64(c.chunk);
    parts.push(bytes);
    offset += bytes.length;
    if (c.done || bytes.length === 0) break;
  }
  const out = new Uint8Array(offset);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Sends a chosen file to the core in chunks; returns the upload to restore from. */
export async function uploadBackup(file: File): Promise<string> {
  const { uploadId } = await call('backups.uploadBegin', {});
  try {
    for (let start = 0; start < file.size; start += UPLOAD_CHUNK) {
      const bytes = new Uint8Array(await file.slice(start, start + UPLOAD_CHUNK).arrayBuffer());
      await call('backups.uploadAppend', { uploadId, chunk: toBase64(bytes) });
    }
  } catch (err) {
    void call('backups.uploadCancel', { uploadId }).catch(() => undefined);
    throw err;
  }
  return uploadId;
}
