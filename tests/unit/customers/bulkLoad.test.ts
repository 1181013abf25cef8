import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src-main/contract/primitives';
import { createAuditor, createAuditRepo } from '../../../src-main/core/audit/auditRepo';
import { createCustomerEditRepo } from '../../../src-main/core/customers/customerEditRepo';
import { createCustomersRepo } from '../../../src-main/core/customers/customersRepo';
import { createCustomersService } from '../../../src-main/core/customers/customersService';
import { openDatabase } from '../../../src-main/core/db/open';
import { makeDemoPerson } from '../../../src-main/core/demo/demoPeople';
import { loadPools } from '../../../src-main/core/demo/pools';
import { createInteractionsRepo } from '../../../src-main/core/interactions/interactionsRepo';
import { createInteractionRecorder } from '../../../src-main/core/interactions/recordInteraction';
import { createSearchRepo, type NewSearchDocument } from '../../../src-main/core/search/searchRepo';
import { ManualClock } from '../../../src-main/core/shared/clock';
import { createRandom } from '../../../src-main/core/shared/random';
import { RESOURCES_DIR, T0 } from '../../helpers/core';

const pools = loadPools(RESOURCES_DIR);

/** Customers and conversations from a seed, stored per row as the app does or through the bulk paths. */
function load(mode: 'per-row' | 'bulk'): Database.Database {
  const clock = new ManualClock(T0);
  const { db } = openDatabase(':memory:', { now: () => clock.now() });
  let serial = 0;
  // Counted ids: both databases get the same ones, so every row can be compared.
  const newId = () => `01K${String(++serial).padStart(23, '0')}`;
  const customers = createCustomersRepo(db);
  const interactions = createInteractionsRepo(db);
  const search = createSearchRepo(db);
  const service = createCustomersService({
    db, customers, edits: createCustomerEditRepo(db), interactions, clock, newId,
    audit: createAuditor(createAuditRepo(db), { newId, now: () => clock.now(), actor: () => 'test' }),
  });
  const unindexed: NewSearchDocument[] = [];
  const record = mode === 'per-row'
    ? createInteractionRecorder({ interactions, customers, newId, index: search.indexDocument })
    : createInteractionRecorder({
      interactions, customers: { touchLastContact: () => undefined }, newId,
      index: (kind, refId, at, text) => {
        unindexed.push({ kind, refId, at, text });
      },
    });
  const r = createRandom(11);
  if (mode === 'bulk') {
    customers.contactPointIndexes.dropIndexes();
    customers.lastContactIndexes.dropIndexes();
  }
  const ids = db.transaction(() => Array.from({ length: 200 }, (_, i) => {
    clock.advance(1000);
    const { tier, ...person } = makeDemoPerson(pools, r, r.pick(['zh-CN', 'zh-TW', 'en'] as const), i + 1);
    const id = service.insert(person);
    if (tier) customers.upsertMembership(id, tier, r.int(0, 100), clock.now(), clock.now() + r.int(-30, 300) * 86_400_000, clock.now());
    return id;
  }))();
  if (mode === 'bulk') {
    customers.contactPointIndexes.buildIndexes();
    interactions.channelTimelineIndexes.dropIndexes();
  }
  db.transaction(() => {
    for (let i = 0; i < 300; i++) {
      // Out of order on purpose: a customer's latest contact is not always the last one recorded.
      const at = T0 + r.int(0, 30) * 86_400_000;
      const category = r.pick(CATEGORIES);
      record({
        customerId: r.chance(0.9) ? r.pick(ids) : null, channel: 'webchat', direction: 'inbound', address: '', subject: null, category,
        status: 'resolved', startedAt: at, endedAt: at + 60_000, durationSeconds: null, firstResponseAt: at + 60_000, slaDueAt: at + 30_000,
        messages: [
          { direction: 'inbound', author: '', body: r.pick(pools.inbound['zh-CN'][category]), sentAt: at },
          { direction: 'outbound', author: r.pick(['林晓', 'Emma Clarke']), body: r.pick(pools.agentReplies.en[category]), sentAt: at + 60_000 },
        ],
      }, at);
    }
    search.indexNewDocuments(unindexed);
  })();
  if (mode === 'bulk') {
    interactions.channelTimelineIndexes.buildIndexes();
    db.transaction(() => customers.raiseLastContactToInteractions())();
    customers.lastContactIndexes.buildIndexes();
  }
  return db;
}

function schema(db: Database.Database) {
  return db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name").all();
}

/**
 * Every row of every table in storage order (table names come from the schema, not from input).
 * The full-text index by what it holds (each term's places in each document): how FTS5 lays that
 * out in segments depends on when it wrote them, as it does between one app session and the next.
 */
function contents(db: Database.Database): Record<string, unknown[]> {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index_%' ORDER BY name")
    .pluck().all() as string[];
  db.exec('CREATE VIRTUAL TABLE temp.fts_instances USING fts5vocab(main, search_index, instance)');
  const terms = db.prepare('SELECT term, doc, col, "offset" FROM temp.fts_instances ORDER BY term, doc, "offset"').raw(true).all();
  db.exec('DROP TABLE temp.fts_instances');
  return { ...Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).raw(true).all()])), fts_instances: terms };
}

describe('the bulk load paths of the store', () => {
  it('leave the same schema and the same rows as storing customers and conversations one by one', () => {
    const perRow = load('per-row');
    const bulk = load('bulk');
    expect(schema(bulk)).toEqual(schema(perRow));
    const expected = contents(perRow);
    expect(contents(bulk)).toEqual(expected);
    // The comparison covers what the bulk paths replace.
    expect(expected.customers!.length).toBe(200);
    expect(perRow.prepare('SELECT count(*) FROM customers WHERE last_contact_at IS NOT NULL').pluck().get()).toBeGreaterThan(100);
    expect(expected.report_agent_hours!.length).toBeGreaterThan(0);
    expect(expected.fts_instances!.length).toBeGreaterThan(1000);
    // The words typed searches expand to (search_terms), kept by both paths.
    expect(expected.search_terms!.length).toBeGreaterThan(0);
    // Searches read the rebuilt indexes as they read the ones kept per row.
    for (const db of [perRow, bulk]) {
      expect(db.prepare("SELECT count(*) FROM customers INDEXED BY customers_search_name WHERE search_name >= ''").pluck().get()).toBe(200);
    }
    perRow.close();
    bulk.close();
  });

  it('refuses to drop an index a migration has changed, and drops nothing', () => {
    const { db } = openDatabase(':memory:');
    db.exec('DROP INDEX customer_emails_lower; CREATE INDEX customer_emails_lower ON customer_emails (email_lower)');
    const customers = createCustomersRepo(db);
    expect(() => customers.contactPointIndexes.dropIndexes()).toThrow(/customer_emails_lower/);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'customer_phones_normalized'").pluck().get()).toBe(1);
    db.close();
  });
});
