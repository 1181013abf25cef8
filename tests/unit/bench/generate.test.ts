import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate';
import { DB_FILE_NAME } from '../../../src-main/core/createCore';
import { openDatabase } from '../../../src-main/core/db/open';
import { RESOURCES_DIR, tempDir } from '../../helpers/core';

function generated(seed: number): Database.Database {
  const dir = tempDir('aw-gen-');
  generate({ customers: 400, messages: 800, out: dir, seed, resourcesDir: RESOURCES_DIR });
  return new Database(path.join(dir, DB_FILE_NAME), { readonly: true });
}

/** What a seed decides: everything but the ids, which are ULIDs with random bits. */
function content(db: Database.Database) {
  const rows = (sql: string) => db.prepare(sql).raw(true).all();
  return {
    customers: rows('SELECT full_name, surname, honorific, company, language, search_name, name_pinyin, name_initials, last_contact_at, created_at FROM customers ORDER BY rowid'),
    phones: rows('SELECT raw, normalized, reversed FROM customer_phones ORDER BY rowid'),
    messages: rows('SELECT direction, author, body, sent_at FROM messages ORDER BY rowid'),
    hours: rows('SELECT * FROM report_hours'),
    agentHours: rows('SELECT * FROM report_agent_hours'),
  };
}

describe('the benchmark generator', () => {
  it('is the same data for the same seed, with replies signed by a team of Chinese and English agents', () => {
    const a = generated(5);
    const b = generated(5);
    const expected = content(a);
    expect(content(b)).toEqual(expected);
    expect(expected.customers).toHaveLength(400);
    expect(expected.messages).toHaveLength(800);

    expect(a.prepare("SELECT count(*) FROM messages WHERE direction = 'outbound' AND author = ''").pluck().get()).toBe(0);
    const agents = a.prepare("SELECT DISTINCT author FROM messages WHERE direction = 'outbound'").pluck().all() as string[];
    expect(agents.length).toBeGreaterThanOrEqual(15);
    expect(agents.length).toBeLessThanOrEqual(20);
    expect(agents.some((n) => /\p{Script=Han}/u.test(n))).toBe(true);
    expect(agents.some((n) => /^[\p{Script=Latin}'-]+ [\p{Script=Latin}'-]+$/u.test(n))).toBe(true);
    // The agents report has its data: every agent's replies reached the rollup.
    const rolledUp = a.prepare("SELECT DISTINCT agent FROM report_agent_hours WHERE agent <> ''").pluck().all() as string[];
    expect(rolledUp.sort()).toEqual([...agents].sort());
    a.close();
    b.close();
  });

  it('leaves the schema the migrations make, and each customer last contacted at their latest conversation', () => {
    const db = generated(6);
    const { db: fresh } = openDatabase(':memory:');
    const schema = (d: Database.Database) =>
      d.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name").all();
    expect(schema(db)).toEqual(schema(fresh));
    const wrong = db.prepare(`
      SELECT count(*) FROM customers c
      WHERE c.last_contact_at IS NOT (SELECT max(started_at) FROM interactions i WHERE i.customer_id = c.id)`).pluck().get();
    expect(wrong).toBe(0);
    expect(db.prepare('SELECT count(*) FROM customers WHERE last_contact_at IS NOT NULL').pluck().get()).toBeGreaterThan(100);
    fresh.close();
    db.close();
  });
});
