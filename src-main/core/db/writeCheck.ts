import fs from 'node:fs';
import path from 'node:path';
import { storageError } from './storageErrors';

export type ProbeFs = Pick<typeof fs, 'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'rmSync'>;

const PROBE_FILE = '.write-check';

/**
 * The start-up check: a small file written and synced in the data folder, then one committed write
 * in the database. A read-only folder, a full disk or a database locked by another program is
 * reported now, as UNAVAILABLE with its reason, rather than on the agent's first save.
 */
export function checkStorageWritable(dataDir: string | null, writeToDatabase: () => void, files: ProbeFs = fs): void {
  try {
    if (dataDir !== null) {
      const probe = path.join(dataDir, PROBE_FILE);
      const fd = files.openSync(probe, 'w');
      try {
        files.writeSync(fd, Buffer.alloc(4096));
        files.fsyncSync(fd);
      } finally {
        files.closeSync(fd);
        files.rmSync(probe, { force: true });
      }
    }
    writeToDatabase();
  } catch (err) {
    throw storageError(err, { dataDir }) ?? err;
  }
}
