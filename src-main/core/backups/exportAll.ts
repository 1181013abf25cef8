import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { neutraliseFormula } from '../../contract/spreadsheetCell';
import { AppError } from '../../contract/errors';
import type { DataExportRepo } from './dataExportRepo';
import { buildZip, type ZipEntry } from './zipWriter';

export const EXPORTS_DIR = 'exports';
/** Well under the 4 GB a zip without zip64 can describe, and what one JSON string can hold. */
const MAX_EXPORT_BYTES = 400 * 1024 * 1024;

/** JSON has no bytes: BLOBs become base64; big integers stay numbers (our ids are text). */
function plain(value: unknown): unknown {
  return Buffer.isBuffer(value) ? value.toString('base64') : typeof value === 'bigint' ? Number(value) : value;
}

function cell(value: unknown): string {
  const v = plain(value);
  if (v === null || v === undefined) return '';
  return String(neutraliseFormula(typeof v === 'string' ? v : String(v)));
}

/**
 * Everything in the database for the data owner: all-data.json (every table's rows) and one CSV per
 * table (UTF-8 with a BOM so Excel reads Chinese, cells a spreadsheet would run as a formula
 * neutralised), in one zip written to the exports folder. Only the latest export is kept there: it
 * holds every customer's personal data.
 */
export function exportAllData(repo: DataExportRepo, deps: { dataDir: string; now: number; schemaVersion: number }) {
  const dir = path.join(deps.dataDir, EXPORTS_DIR);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const tables: { name: string; rows: number }[] = [];
  const json: Record<string, unknown[]> = {};
  const entries: ZipEntry[] = [];
  let bytes = 0;
  for (const table of repo.listTables()) {
    const fields = repo.columnsOf(table);
    const rows: unknown[] = [];
    const csvRows: string[][] = [];
    for (const row of repo.rowsOf(table)) {
      rows.push(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)])));
      const line = fields.map((f) => cell(row[f]));
      bytes += line.reduce((n, c) => n + c.length, 0);
      if (bytes > MAX_EXPORT_BYTES) {
        throw new AppError('PAYLOAD_TOO_LARGE', 'The database is too large for one export file; use a backup instead.', { reason: 'export-too-large', limit: MAX_EXPORT_BYTES });
      }
      csvRows.push(line);
    }
    json[table] = rows;
    tables.push({ name: table, rows: rows.length });
    entries.push({ name: `csv/${table}.csv`, data: Buffer.from(`\uFEFF${Papa.unparse({ fields, data: csvRows }, { newline: '\r\n' })}`, 'utf8') });
  }
  const document = { exportedAt: new Date(deps.now).toISOString(), schemaVersion: deps.schemaVersion, tables: json };
  entries.unshift({ name: 'all-data.json', data: Buffer.from(JSON.stringify(document, null, 2), 'utf8') });
  const stamp = new Date(deps.now).toISOString().slice(0, 16).replace(/[-:T]/g, '');
  const name = `agent-workstation-export-${stamp}.zip`;
  const zip = buildZip(entries, deps.now);
  fs.writeFileSync(path.join(dir, name), zip);
  return { name, size: zip.length, tables };
}
