import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../src-main/core/db/migrations';
import { openDatabase } from '../../../src-main/core/db/open';
import { tempDir } from '../../helpers/core';

const latest = MIGRATIONS.at(-1)!.version;

function fileBytes(file: string): Buffer {
  return fs.readFileSync(file);
}

describe('opening the store', () => {
  it('migrates a fresh file to the latest schema with durable pragmas, and re-opening runs nothing', () => {
    const file = path.join(tempDir(), 'db.sqlite');
    const first = openDatabase(file);
    expect(first.migrated).toBe(MIGRATIONS.length);
    expect(first.db.pragma('user_version', { simple: true })).toBe(latest);
    expect(first.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(first.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(first.db.pragma('foreign_keys', { simple: true })).toBe(1);
    const ledger = first.db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(ledger).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    first.db.close();
    const second = openDatabase(file);
    expect(second.migrated).toBe(0);
    second.db.close();
  });

  it('refuses a database written by a newer version and leaves the file untouched', () => {
    const file = path.join(tempDir(), 'db.sqlite');
    const raw = new Database(file);
    raw.pragma(`user_version = ${latest + 5}`);
    raw.exec('CREATE TABLE future (x)');
    raw.close();
    const before = fileBytes(file);
    expect(() => openDatabase(file)).toThrowError(expect.objectContaining({ code: 'DB_TOO_NEW' }));
    expect(fileBytes(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a database whose applied migrations this build does not ship', () => {
    const file = path.join(tempDir(), 'db.sqlite');
    openDatabase(file).db.close();
    const raw = new Database(file);
    raw.prepare("UPDATE schema_migrations SET name = 'someone-elses' WHERE version = 1").run();
    raw.close();
    expect(() => openDatabase(file)).toThrowError(expect.objectContaining({ code: 'DB_TOO_NEW' }));
  });

  it('reports a file that is not a database as corrupt and never overwrites it', () => {
    const file = path.join(tempDir(), 'db.sqlite');
    fs.writeFileSync(file, 'these are an agent’s notes, not a database '.repeat(50));
    const before = fileBytes(file);
    expect(() => openDatabase(file)).toThrowError(expect.objectContaining({ code: 'DB_CORRUPT' }));
    expect(fileBytes(file).equals(before)).toBe(true);
  });

  it('reports a damaged database as corrupt', () => {
    const file = path.join(tempDir(), 'db.sqlite');
    const { db } = openDatabase(file);
    db.pragma('journal_mode = DELETE');
    db.close();
    const bytes = fileBytes(file);
    // Keep the header, scramble the schema page.
    for (let i = 100; i < Math.min(bytes.length, 4096); i++) bytes[i] = 0xff;
    fs.writeFileSync(file, bytes);
    expect(() => openDatabase(file)).toThrowError(expect.objectContaining({ code: 'DB_CORRUPT' }));
  });
});

describe('migration 0001', () => {
  it('creates the tables and answers the hot lookups from indexes', () => {
    const { db } = openDatabase(':memory:');
    const plan = (sql: string, ...params: unknown[]) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan('SELECT customer_id FROM customer_phones WHERE normalized = ?', '13812345678')).toMatch(/USING INDEX customer_phones_normalized/);
    expect(plan("SELECT customer_id FROM customer_phones WHERE reversed >= @p AND reversed < @p || char(1114111)", { p: '8765' })).toMatch(
      /USING (COVERING )?INDEX customer_phones_reversed/,
    );
    expect(plan("SELECT id FROM customers WHERE name_pinyin >= @p AND name_pinyin < @p || char(1114111)", { p: 'zhang' })).toMatch(
      /USING (COVERING )?INDEX customers_name_pinyin/,
    );
    expect(plan('SELECT * FROM interactions WHERE customer_id = ? ORDER BY started_at DESC, id DESC LIMIT 50', 'x')).toMatch(
      /USING INDEX interactions_customer_time/,
    );
    expect(plan('SELECT * FROM interactions WHERE customer_id = ? ORDER BY started_at DESC, id DESC LIMIT 50', 'x')).not.toMatch(/TEMP B-TREE/);
    db.prepare("INSERT INTO customers (id, full_name, surname, honorific, language, search_name, name_pinyin, name_initials, created_at, updated_at) VALUES ('C1', '张三', '张', 'mr', 'zh-CN', '张三', 'zhangsan', 'zs', 1, 1)").run();
    db.prepare("INSERT INTO customer_phones (id, customer_id, raw, normalized, reversed, updated_at) VALUES ('P1', 'C1', '138', '138', '831', 1)").run();
    expect(() => db.prepare("INSERT INTO customer_phones (id, customer_id, raw, normalized, reversed, updated_at) VALUES ('P2', 'nobody', '1', '1', '1', 1)").run()).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM customers WHERE id = 'C1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM customer_phones').get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('migration 0002', () => {
  it('keeps the audit log append-only and serves per-channel timelines from an index', () => {
    const { db } = openDatabase(':memory:');
    db.prepare("INSERT INTO audit_log (id, at, actor, action, entity, entity_id, details) VALUES ('A1', 1, 'li', 'customer.erase', 'customer', 'C1', '{}')").run();
    expect(() => db.prepare("UPDATE audit_log SET actor = 'someone else'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(db.prepare('SELECT actor FROM audit_log').pluck().get()).toBe('li');
    const plan = (db.prepare("EXPLAIN QUERY PLAN SELECT * FROM interactions WHERE customer_id = 'x' AND channel = 'email' ORDER BY started_at DESC, id DESC LIMIT 50").all() as { detail: string }[])
      .map((r) => r.detail)
      .join(' | ');
    expect(plan).toMatch(/USING INDEX interactions_customer_channel/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
    db.close();
  });
});
