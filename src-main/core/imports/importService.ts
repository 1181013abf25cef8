import type Database from 'better-sqlite3';
import Papa from 'papaparse';
import { AppError } from '../../contract/errors';
import { importMappingSchema, type ImportMapping, type ImportPreview, type ImportRowError } from '../../contract/imports';
import type { Auditor } from '../audit/auditRepo';
import type { CustomersRepo } from '../customers/customersRepo';
import type { CustomersService } from '../customers/customersService';
import type { SettingsRepo } from '../settings/settingsRepo';
import type { Clock } from '../shared/clock';
import type { IdGenerator } from '../shared/ids';
import { decodeText } from './decodeText';
import { guessMapping } from './guessColumns';
import { rowToCustomer, type ImportedRow } from './rowToCustomer';

const MAX_FILE_BYTES = 64 * 1024 * 1024;
const MAX_STAGED = 4;
const PREVIEW_ROWS = 20;
const ERRORS_SHOWN = 200;
const MAPPING_KEY = 'import.customers.mapping';

interface Staged {
  chunks: Buffer[];
  bytes: number;
}

/**
 * CSV import in three steps: the file arrives in chunks (the transports cap one message), a preview
 * validates every row and lists the bad ones, and a commit writes the good rows in one transaction.
 * Nothing is written before the commit, so cancelling changes nothing.
 */
export function createImportService(deps: {
  db: Database.Database;
  customers: CustomersService;
  customersRepo: CustomersRepo;
  settings: SettingsRepo;
  audit: Auditor;
  clock: Clock;
  newId: IdGenerator;
}) {
  const staged = new Map<string, Staged>();
  // The last preview's parsed and validated rows: a commit right after it with the same encoding
  // and mapping (what the import dialog does) reuses them instead of decoding, parsing and
  // validating 100,000 rows a second time. Only one is kept, so memory stays bounded.
  let lastPreview: { importId: string; key: string; parsed: ReturnType<typeof parse>; validated: ReturnType<typeof validate> } | null = null;
  const previewKey = (encoding: string, mapping: ImportMapping) => JSON.stringify([encoding, mapping]);

  function parsedAndValidated(importId: string, encoding: 'auto' | 'utf-8' | 'gb18030' | 'big5', mapping: ImportMapping) {
    stagedFile(importId); // cancelled or expired: refused as before
    const key = previewKey(encoding, mapping);
    if (lastPreview?.importId === importId && lastPreview.key === key) return { parsed: lastPreview.parsed, validated: lastPreview.validated };
    const parsed = parse(importId, encoding);
    return { parsed, validated: validate(parsed.rows, mapping) };
  }

  function stagedFile(importId: string): Staged {
    const s = staged.get(importId);
    if (!s) throw new AppError('NOT_FOUND', 'This import was cancelled or has expired; choose the file again.', { id: importId });
    return s;
  }

  function rememberedMapping(headers: string[]): ImportMapping | null {
    const row = deps.settings.readAllSettings().find((s) => s.key === MAPPING_KEY);
    if (!row) return null;
    try {
      const saved = JSON.parse(row.value) as { headers: string[]; mapping: unknown };
      const mapping = importMappingSchema.safeParse(saved.mapping);
      return mapping.success && JSON.stringify(saved.headers) === JSON.stringify(headers) ? mapping.data : null;
    } catch {
      return null;
    }
  }

  function parse(importId: string, encoding: 'auto' | 'utf-8' | 'gb18030' | 'big5') {
    const s = stagedFile(importId);
    const decoded = decodeText(Buffer.concat(s.chunks), encoding);
    const result = Papa.parse<string[]>(decoded.text, { skipEmptyLines: 'greedy' });
    const [headers = [], ...rows] = result.data;
    if (headers.length === 0) throw new AppError('VALIDATION', 'The file is empty or is not a CSV file.', { reason: 'empty' });
    const parseErrors = result.errors.slice(0, 50).map((e) => ({ row: (e.row ?? 0) + 1, message: e.code }));
    return { encoding: decoded.encoding, headers: headers.map((h) => h.trim().replace(/^\uFEFF/, '')), rows, parseErrors };
  }

  function validate(rows: string[][], mapping: ImportMapping) {
    const good: ImportedRow[] = [];
    const errors: ImportRowError[] = [];
    let errorRows = 0;
    rows.forEach((cells, i) => {
      const r = rowToCustomer(cells, mapping, i + 2);
      if (r.ok) good.push(r.row);
      else {
        errorRows++;
        if (errors.length < ERRORS_SHOWN) errors.push(...r.errors);
      }
    });
    return { good, errors, errorRows };
  }

  function assertMapsName(mapping: ImportMapping): void {
    if (!Object.values(mapping).includes('fullName')) {
      throw new AppError('VALIDATION', 'Choose which column holds the customer name.', { issues: [{ path: ['mapping'], code: 'name_required', message: 'no column is mapped to fullName' }] });
    }
  }

  const writeAll = deps.db.transaction((rows: ImportedRow[]) => {
    const now = deps.clock.now();
    for (const r of rows) {
      const id = deps.customers.insert(r.customer, { createdAt: now });
      if (r.membership) deps.customersRepo.upsertMembership(id, r.membership.tier, r.membership.points, r.membership.memberSince, r.membership.renewalDate, now);
    }
  });

  return {
    begin(): { importId: string } {
      if (staged.size >= MAX_STAGED) staged.delete(staged.keys().next().value as string);
      const importId = deps.newId();
      staged.set(importId, { chunks: [], bytes: 0 });
      return { importId };
    },
    append(importId: string, base64: string): { bytes: number } {
      const s = stagedFile(importId);
      if (lastPreview?.importId === importId) lastPreview = null; // the file changed after its preview
      const chunk = Buffer.from(base64, 'base64');
      if (s.bytes + chunk.length > MAX_FILE_BYTES) {
        staged.delete(importId);
        throw new AppError('PAYLOAD_TOO_LARGE', `A file to import may be at most ${MAX_FILE_BYTES / 1024 / 1024} MB.`, { limit: MAX_FILE_BYTES });
      }
      s.chunks.push(chunk);
      s.bytes += chunk.length;
      return { bytes: s.bytes };
    },
    preview(importId: string, encoding: 'auto' | 'utf-8' | 'gb18030' | 'big5', mapping?: ImportMapping): ImportPreview {
      const parsed = parse(importId, encoding);
      const chosen = mapping ?? rememberedMapping(parsed.headers) ?? guessMapping(parsed.headers);
      const mapsName = Object.values(chosen).includes('fullName');
      const validated = mapsName ? validate(parsed.rows, chosen) : { good: [], errors: [], errorRows: 0 };
      lastPreview = mapsName ? { importId, key: previewKey(encoding, chosen), parsed, validated } : null;
      const { good, errors, errorRows } = validated;
      return {
        importId,
        encoding: parsed.encoding,
        headers: parsed.headers,
        mapping: chosen,
        sample: parsed.rows.slice(0, PREVIEW_ROWS).map((r) => r.map((c) => c.slice(0, 200))),
        totalRows: parsed.rows.length,
        validRows: good.length,
        errors,
        errorCount: errorRows,
        parseErrors: parsed.parseErrors,
      };
    },
    commit(importId: string, encoding: 'auto' | 'utf-8' | 'gb18030' | 'big5', mapping: ImportMapping, skipInvalid: boolean) {
      assertMapsName(mapping);
      const { parsed, validated } = parsedAndValidated(importId, encoding, mapping);
      const { good, errors, errorRows } = validated;
      if (errorRows > 0 && !skipInvalid) {
        throw new AppError('VALIDATION', `${errorRows} rows cannot be imported; skip them or fix the file.`, { errorRows });
      }
      writeAll(good);
      staged.delete(importId);
      lastPreview = null;
      deps.settings.writeSetting(MAPPING_KEY, JSON.stringify({ headers: parsed.headers, mapping }), deps.clock.now());
      deps.audit('customer.import', 'customer', null, { imported: good.length, skipped: errorRows });
      return { imported: good.length, skipped: errorRows, errors };
    },
    cancel(importId: string) {
      if (lastPreview?.importId === importId) lastPreview = null;
      return { cancelled: staged.delete(importId) };
    },
  };
}
export type ImportService = ReturnType<typeof createImportService>;
