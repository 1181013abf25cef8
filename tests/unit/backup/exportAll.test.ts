import Database from 'better-sqlite3';
import path from 'node:path';
import Papa from 'papaparse';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { CustomerDetail } from '../../../src-main/contract';
import { DB_FILE_NAME } from '../../../src-main/core/createCore';
import { makeCore, ok } from '../../helpers/core';

/** Reads a zip's entries through its central directory, as an unzip tool would. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zlib.inflateRawSync(zip.subarray(dataAt, dataAt + size));
    expect(zlib.crc32(data), name).toBe(zip.readUInt32LE(at + 16));
    files.set(name, data);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return files;
}

describe('data.exportAll', () => {
  it('packs every table as JSON and as a CSV per table, with a BOM and formulas neutralised', () => {
    const { core, dataDir } = makeCore({ demo: true, demoCustomers: 8 });
    const c = ok<CustomerDetail>(core.dispatch('customers.create', { fullName: '=HYPERLINK("http://evil")', phones: [{ number: '13800138000' }] }));
    core.dispatch('audit.list', {}); // writes the batched views now, so the counts below are settled
    const reader = new Database(path.join(dataDir, DB_FILE_NAME), { readonly: true });
    const tables = reader.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    const counts = new Map(tables.map((t) => [t, reader.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]));
    reader.close();
    const result = ok<{ name: string; size: number; tables: { name: string; rows: number }[] }>(core.dispatch('data.exportAll', {}));

    const parts: Buffer[] = [];
    for (let offset = 0; ; ) {
      const chunk = ok<{ chunk: string; done: boolean }>(core.dispatch('data.readExport', { name: result.name, offset }));
      parts.push(Buffer.from(chunk.chunk, 'base64'));
      offset += parts.at(-1)!.length;
      if (chunk.done) break;
    }
    const files = unzip(Buffer.concat(parts));

    expect(tables.length).toBeGreaterThan(20);
    expect(result.tables.map((t) => t.name)).toEqual(tables);
    const json = JSON.parse(files.get('all-data.json')!.toString('utf8')) as { tables: Record<string, Record<string, unknown>[]> };
    for (const table of tables) {
      const count = counts.get(table)!;
      expect(count, table).toBe(result.tables.find((t) => t.name === table)!.rows);
      expect(json.tables[table], table).toHaveLength(count);
      const csv = files.get(`csv/${table}.csv`)!.toString('utf8');
      expect(csv.startsWith('\uFEFF'), table).toBe(true);
      expect(Papa.parse(csv.slice(1), { header: true, skipEmptyLines: true }).data, table).toHaveLength(count);
    }
    expect(counts.get('customers')).toBe(9);
    expect(json.tables.customers!.find((r) => r.id === c.id)?.full_name).toBe('=HYPERLINK("http://evil")');
    const customersCsv = files.get('csv/customers.csv')!.toString('utf8');
    expect(customersCsv).toContain(`'=HYPERLINK(""http://evil"")`);
    expect(customersCsv).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(ok<{ items: { action: string }[] }>(core.dispatch('audit.list', {})).items.map((e) => e.action)).toContain('data.exportAll');
    // An older export cannot be read once a new one is made, and no name reaches outside the exports.
    expect(core.dispatch('data.readExport', { name: '../workstation.sqlite', offset: 0 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    core.close();
  });
});
