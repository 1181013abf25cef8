import path from 'node:path';
import { AppError } from '../../contract/errors';
import type { PartialHandlers } from '../api/handlers';
import type { Auditor } from '../audit/auditRepo';
import { readFileChunk } from './backupFiles';
import type { BackupService } from './backupService';
import type { DataExportRepo } from './dataExportRepo';
import { EXPORTS_DIR, exportAllData } from './exportAll';

const unavailable = () => {
  throw new AppError('UNAVAILABLE', 'Backups need a data folder; this core runs in memory.', { reason: 'no-data-folder' });
};

export function backupHandlers(service: BackupService | null): PartialHandlers {
  if (!service) {
    return Object.fromEntries(
      (['backups.list', 'backups.create', 'backups.remove', 'backups.read', 'backups.uploadBegin', 'backups.uploadAppend', 'backups.uploadCancel', 'backups.restore'] as const).map((m) => [m, unavailable]),
    ) as PartialHandlers;
  }
  return {
    'backups.list': () => service.list(),
    'backups.create': ({ label }) => service.create(label),
    'backups.remove': ({ name }) => service.remove(name),
    'backups.read': ({ name, offset }) => service.read(name, offset),
    'backups.uploadBegin': () => service.uploadBegin(),
    'backups.uploadAppend': ({ uploadId, chunk }) => service.uploadAppend(uploadId, chunk),
    'backups.uploadCancel': ({ uploadId }) => service.uploadCancel(uploadId),
    'backups.restore': (source) => service.restore(source),
  };
}

export function dataExportHandlers(deps: { repo: DataExportRepo; dataDir: string | null; audit: Auditor; now: () => number; schemaVersion: number }): PartialHandlers {
  let latest: string | null = null;
  return {
    'data.exportAll': () => {
      if (deps.dataDir === null) return unavailable();
      const result = exportAllData(deps.repo, { dataDir: deps.dataDir, now: deps.now(), schemaVersion: deps.schemaVersion });
      latest = result.name;
      deps.audit('data.exportAll', 'data', null, { name: result.name, tables: result.tables.length, rows: result.tables.reduce((n, t) => n + t.rows, 0) });
      return result;
    },
    // Only the export this core just made can be read: a name is never a path into the data folder.
    'data.readExport': ({ name, offset }) => {
      if (deps.dataDir === null || name !== latest) throw new AppError('NOT_FOUND', 'This export is gone; export again.', { reason: 'export-missing' });
      return readFileChunk(path.join(deps.dataDir, EXPORTS_DIR, name), offset);
    },
  };
}
