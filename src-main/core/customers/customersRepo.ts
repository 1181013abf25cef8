import type Database from 'better-sqlite3';
import { createIndexRebuilder, type IndexDefinition } from '../db/indexRepo';

export interface CustomerRow {
  id: string;
  full_name: string;
  surname: string;
  honorific: string;
  company: string | null;
  language: string;
  preferred_channel: string | null;
  best_time: string | null;
  preferences: string;
  is_key_account: number;
  owner: string | null;
  search_name: string;
  name_pinyin: string;
  name_initials: string;
  last_contact_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface SummaryRow {
  id: string;
  full_name: string;
  surname: string;
  honorific: string;
  company: string | null;
  is_key_account: number;
  owner: string | null;
  last_contact_at: number | null;
  primary_phone: string | null;
  primary_email: string | null;
  tier: string | null;
  tags: string;
}

const SUMMARY_COLUMNS = `
  c.id, c.full_name, c.surname, c.honorific, c.company, c.is_key_account, c.owner, c.last_contact_at,
  (SELECT raw FROM customer_phones p WHERE p.customer_id = c.id ORDER BY position LIMIT 1) AS primary_phone,
  (SELECT email FROM customer_emails e WHERE e.customer_id = c.id ORDER BY position LIMIT 1) AS primary_email,
  (SELECT tier FROM memberships m WHERE m.customer_id = c.id) AS tier,
  (SELECT json_group_array(tag) FROM customer_tags t WHERE t.customer_id = c.id) AS tags`;

/** What search results are ranked by, before the page's summaries are built. */
export interface RankRow {
  id: string;
  last_contact_at: number | null;
}

export interface FilterParams {
  keyAccount: number | null;
  owner: string | null;
  tier: string | null;
  tag: string | null;
}

function uniqueRankRows(rows: [string, number | null][], limit: number): RankRow[] {
  const byId = new Map<string, RankRow>();
  for (const [id, at] of rows) if (!byId.has(id)) byId.set(id, { id, last_contact_at: at });
  return [...byId.values()].slice(0, limit);
}

/**
 * Indexes a bulk load of customers builds once at the end instead of entry by entry (definitions as
 * migrations 0001 and 0010 leave them, checked before dropping). Their entries land at random
 * places as customers are added (names with their pinyin and initials, phone numbers and reversed
 * tails, emails, handles, renewal dates): with them live, loading a million customers rewrote most
 * of their pages at every commit, and the rate fell from 12,000/s to 7,000/s as they outgrew the
 * cache. The other indexes grow at their end (ids are time-ordered, tags and tiers are few) and
 * stay live.
 */
const CONTACT_POINT_INDEXES: readonly IndexDefinition[] = [
  { name: 'customer_phones_normalized', create: 'CREATE INDEX customer_phones_normalized ON customer_phones (normalized)', drop: 'DROP INDEX customer_phones_normalized' },
  { name: 'customer_phones_reversed', create: 'CREATE INDEX customer_phones_reversed ON customer_phones (reversed, customer_id)', drop: 'DROP INDEX customer_phones_reversed' },
  { name: 'customer_emails_lower', create: 'CREATE INDEX customer_emails_lower ON customer_emails (email_lower, customer_id)', drop: 'DROP INDEX customer_emails_lower' },
  { name: 'customer_handles_lookup', create: 'CREATE INDEX customer_handles_lookup ON customer_handles (handle_lower, channel)', drop: 'DROP INDEX customer_handles_lookup' },
  { name: 'memberships_renewal', create: 'CREATE INDEX memberships_renewal ON memberships (renewal_date)', drop: 'DROP INDEX memberships_renewal' },
];
/**
 * The indexes that hold last_contact_at (migrations 0001, 0002, 0010): a bulk load builds them
 * after raising last contacts, since every raise moves a customer's entry in each of them.
 */
const LAST_CONTACT_INDEXES: readonly IndexDefinition[] = [
  { name: 'customers_search_name', create: 'CREATE INDEX customers_search_name ON customers (search_name, last_contact_at DESC, id)', drop: 'DROP INDEX customers_search_name' },
  { name: 'customers_name_pinyin', create: 'CREATE INDEX customers_name_pinyin ON customers (name_pinyin, last_contact_at DESC, id)', drop: 'DROP INDEX customers_name_pinyin' },
  { name: 'customers_name_initials', create: 'CREATE INDEX customers_name_initials ON customers (name_initials, last_contact_at DESC, id)', drop: 'DROP INDEX customers_name_initials' },
  { name: 'customers_last_contact', create: 'CREATE INDEX customers_last_contact ON customers (last_contact_at DESC, id)', drop: 'DROP INDEX customers_last_contact' },
  { name: 'customers_key_accounts', create: 'CREATE INDEX customers_key_accounts ON customers (last_contact_at DESC) WHERE is_key_account = 1', drop: 'DROP INDEX customers_key_accounts' },
];

/** Every SQL statement about customers and their contact points, prepared once. */
export function createCustomersRepo(db: Database.Database) {
  const insertCustomer = db.prepare(`
    INSERT INTO customers (id, full_name, surname, honorific, company, language, preferred_channel, best_time,
      preferences, is_key_account, owner, search_name, name_pinyin, name_initials, last_contact_at, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertPhone = db.prepare(`
    INSERT INTO customer_phones (id, customer_id, raw, normalized, reversed, label, position, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertEmail = db.prepare(`
    INSERT INTO customer_emails (id, customer_id, email, email_lower, label, position, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const insertHandle = db.prepare(`
    INSERT INTO customer_handles (id, customer_id, channel, handle, handle_lower, updated_at)
    VALUES (?, ?, ?, ?, ?, ?)`);
  const insertTag = db.prepare('INSERT OR IGNORE INTO customer_tags (customer_id, tag) VALUES (?, ?)');
  const upsertMembership = db.prepare(`
    INSERT INTO memberships (customer_id, tier, points, member_since, renewal_date, updated_at)
    VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (customer_id) DO UPDATE SET tier = excluded.tier, points = excluded.points,
      member_since = excluded.member_since, renewal_date = excluded.renewal_date, updated_at = excluded.updated_at`);
  const insertOrder = db.prepare(`
    INSERT INTO orders (id, customer_id, number, ordered_at, items_summary, amount_cents, currency, status,
      carrier, tracking_number, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const touchLastContact = db.prepare(
    'UPDATE customers SET last_contact_at = max(coalesce(last_contact_at, 0), ?) WHERE id = ?',
  );
  // touchLastContact for every interaction on file at once, with the same max.
  const raiseLastContactToInteractions = db.prepare(`
    UPDATE customers SET last_contact_at = max(coalesce(customers.last_contact_at, 0), latest.at)
    FROM (SELECT customer_id, max(started_at) AS at FROM interactions WHERE customer_id IS NOT NULL GROUP BY customer_id) AS latest
    WHERE customers.id = latest.customer_id`);
  const contactPointIndexes = createIndexRebuilder(db, CONTACT_POINT_INDEXES);
  const lastContactIndexes = createIndexRebuilder(db, LAST_CONTACT_INDEXES);

  const selectById = db.prepare('SELECT * FROM customers WHERE id = ?');
  const selectPhones = db.prepare(
    'SELECT id, raw, normalized, label FROM customer_phones WHERE customer_id = ? ORDER BY position, id',
  );
  const selectEmails = db.prepare(
    'SELECT id, email, label FROM customer_emails WHERE customer_id = ? ORDER BY position, id',
  );
  const selectHandles = db.prepare('SELECT id, channel, handle FROM customer_handles WHERE customer_id = ? ORDER BY id');
  const selectTags = db.prepare('SELECT tag FROM customer_tags WHERE customer_id = ? ORDER BY tag').pluck();
  const selectMembership = db.prepare(
    'SELECT tier, points, member_since, renewal_date FROM memberships WHERE customer_id = ?',
  );
  const selectOrders = db.prepare(`
    SELECT id, number, ordered_at, items_summary, amount_cents, currency, status, carrier, tracking_number
    FROM orders WHERE customer_id = ? ORDER BY ordered_at DESC, id DESC LIMIT 100`);

  const countAll = db.prepare('SELECT count(*) FROM customers').pluck();
  const anyCustomer = db.prepare('SELECT EXISTS (SELECT 1 FROM customers)').pluck();
  const selectRecentPage = db.prepare(`
    SELECT ${SUMMARY_COLUMNS} FROM customers c
    ORDER BY c.last_contact_at DESC, c.id LIMIT ? OFFSET ?`);
  const selectSummaryById = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM customers c WHERE c.id = ?`);
  // A page in one statement, in the order given: per-customer statements cost more than the lookups.
  const selectSummariesByIds = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM json_each(?) j CROSS JOIN customers c ON c.id = j.value ORDER BY j.key`);

  // Prefix searches are index range scans: [prefix, prefix + U+10FFFF).
  // Three separate range scans, joined in JS: as one UNION the planner merges in id order and
  // scans the whole table (measured: 30-40 ms at 100k customers instead of well under 1 ms).
  // Each match comes with the column search ranks by, read in the same pass (one rowid lookup),
  // rather than sending the ids back through json_each and the id index (3x the cost at 1,000 matches).
  // Raw rows: better-sqlite3 builds keyed objects property by property, slower than a JS literal.
  const rankRowsByNamePrefix = [
    db.prepare('SELECT id, last_contact_at FROM customers WHERE search_name >= @p AND search_name < @p || char(1114111) LIMIT @limit').raw(true),
    db.prepare('SELECT id, last_contact_at FROM customers WHERE name_pinyin >= @p AND name_pinyin < @p || char(1114111) LIMIT @limit').raw(true),
    db.prepare('SELECT id, last_contact_at FROM customers WHERE name_initials >= @p AND name_initials < @p || char(1114111) LIMIT @limit').raw(true),
  ];
  // Like the name prefixes, separate indexed lookups: as a UNION the planner may merge by scanning.
  const idsByExactPhone = db.prepare('SELECT customer_id FROM customer_phones WHERE normalized = @normalized LIMIT @limit').pluck();
  const idsByPhoneTail = db.prepare('SELECT customer_id FROM customer_phones WHERE reversed >= @tail AND reversed < @tail || char(1114111) LIMIT @limit').pluck();
  const idsByEmailPrefix = db.prepare(`
    SELECT customer_id FROM customer_emails WHERE email_lower >= @p AND email_lower < @p || char(1114111) LIMIT @limit`).pluck();
  // The same contact lookups with each match's last contact joined in, for ranking: one pass
  // instead of sending the ids back through json_each and the id index.
  const rankRowsByExactPhone = db.prepare(`
    SELECT p.customer_id, c.last_contact_at FROM customer_phones p JOIN customers c ON c.id = p.customer_id
    WHERE p.normalized = @normalized LIMIT @limit`).raw(true);
  const rankRowsByPhoneTail = db.prepare(`
    SELECT p.customer_id, c.last_contact_at FROM customer_phones p JOIN customers c ON c.id = p.customer_id
    WHERE p.reversed >= @tail AND p.reversed < @tail || char(1114111) LIMIT @limit`).raw(true);
  const rankRowsByEmailPrefix = db.prepare(`
    SELECT e.customer_id, c.last_contact_at FROM customer_emails e JOIN customers c ON c.id = e.customer_id
    WHERE e.email_lower >= @p AND e.email_lower < @p || char(1114111) LIMIT @limit`).raw(true);
  const idsByTag = db.prepare('SELECT customer_id FROM customer_tags WHERE tag = @text LIMIT @limit').pluck();
  const idsByOrderNumber = db.prepare('SELECT customer_id FROM orders WHERE number = @text LIMIT @limit').pluck();
  // Filters are optional: a NULL parameter switches its condition off, so one prepared statement serves all.
  const FILTER_WHERE = `
    (@keyAccount IS NULL OR c.is_key_account = @keyAccount)
    AND (@owner IS NULL OR c.owner = @owner)
    AND (@tier IS NULL OR EXISTS (SELECT 1 FROM memberships m WHERE m.customer_id = c.id AND m.tier = @tier))
    AND (@tag IS NULL OR EXISTS (SELECT 1 FROM customer_tags t WHERE t.customer_id = c.id AND t.tag = @tag))`;
  const selectFilteredPage = db.prepare(`
    SELECT ${SUMMARY_COLUMNS} FROM customers c WHERE ${FILTER_WHERE}
    ORDER BY c.last_contact_at DESC, c.id LIMIT @limit OFFSET @offset`);
  const countFiltered = db.prepare(`SELECT count(*) FROM customers c WHERE ${FILTER_WHERE}`).pluck();
  const tagFacets = db.prepare('SELECT tag AS value, count(*) AS count FROM customer_tags GROUP BY tag ORDER BY count DESC, tag LIMIT 200');
  const tierFacets = db.prepare('SELECT tier AS value, count(*) AS count FROM memberships GROUP BY tier ORDER BY count DESC');
  const ownerFacets = db.prepare(
    'SELECT owner AS value, count(*) AS count FROM customers WHERE owner IS NOT NULL GROUP BY owner ORDER BY count DESC LIMIT 200',
  );
  // Light rows to rank a search's matches before building summaries for one page only.
  const rankRows = db.prepare(`
    SELECT c.id, c.last_contact_at FROM customers c WHERE c.id IN (SELECT value FROM json_each(?))`);
  const idsByHandle = db.prepare('SELECT customer_id FROM customer_handles WHERE handle_lower = ? LIMIT ?').pluck();

  return {
    // Positional: better-sqlite3 binds a named parameter by looking it up on the object (measured 5 µs a row against 2.6).
    insertCustomer: (row: CustomerRow) =>
      insertCustomer.run(row.id, row.full_name, row.surname, row.honorific, row.company, row.language, row.preferred_channel, row.best_time,
        row.preferences, row.is_key_account, row.owner, row.search_name, row.name_pinyin, row.name_initials, row.last_contact_at, row.created_at, row.updated_at),
    insertPhone: (id: string, customerId: string, raw: string, normalized: string, reversed: string, label: string, position: number, now: number) =>
      insertPhone.run(id, customerId, raw, normalized, reversed, label, position, now),
    insertEmail: (id: string, customerId: string, email: string, label: string, position: number, now: number) =>
      insertEmail.run(id, customerId, email, email.toLowerCase(), label, position, now),
    insertHandle: (id: string, customerId: string, channel: string, handle: string, now: number) =>
      insertHandle.run(id, customerId, channel, handle, handle.toLowerCase(), now),
    insertTag: (customerId: string, tag: string) => insertTag.run(customerId, tag),
    upsertMembership: (customerId: string, tier: string, points: number, memberSince: number | null, renewalDate: number | null, now: number) =>
      upsertMembership.run(customerId, tier, points, memberSince, renewalDate, now),
    insertOrder: (o: {
      id: string; customerId: string; number: string; orderedAt: number; itemsSummary: string; amountCents: number;
      currency: string; status: string; carrier: string | null; trackingNumber: string | null; now: number;
    }) =>
      insertOrder.run(o.id, o.customerId, o.number, o.orderedAt, o.itemsSummary, o.amountCents, o.currency, o.status,
        o.carrier, o.trackingNumber, o.now, o.now),
    touchLastContact: (customerId: string, at: number) => touchLastContact.run(at, customerId),
    /** After a bulk load that recorded interactions without touchLastContact: the same result, one pass. */
    raiseLastContactToInteractions: () => raiseLastContactToInteractions.run().changes,
    /** For a bulk load of customers: dropped before it, each built once after it (searches need them back). */
    contactPointIndexes,
    /** For a bulk load of customers and their interactions: built after raiseLastContactToInteractions. */
    lastContactIndexes,

    findCustomerById: (id: string) => selectById.get(id) as CustomerRow | undefined,
    listPhones: (customerId: string) => selectPhones.all(customerId) as { id: string; raw: string; normalized: string; label: string }[],
    listEmails: (customerId: string) => selectEmails.all(customerId) as { id: string; email: string; label: string }[],
    listHandles: (customerId: string) => selectHandles.all(customerId) as { id: string; channel: string; handle: string }[],
    listTags: (customerId: string) => selectTags.all(customerId) as string[],
    findMembership: (customerId: string) =>
      selectMembership.get(customerId) as { tier: string; points: number; member_since: number | null; renewal_date: number | null } | undefined,
    listRecentOrders: (customerId: string) =>
      selectOrders.all(customerId) as {
        id: string; number: string; ordered_at: number; items_summary: string; amount_cents: number; currency: string;
        status: string; carrier: string | null; tracking_number: string | null;
      }[],

    countCustomers: () => countAll.get() as number,
    /** Whether the desk has any customer: counting a million to learn that took 0.15 s at every start. */
    hasCustomers: () => anyCustomer.get() === 1,
    listRecentlyContacted: (limit: number, offset: number) => selectRecentPage.all(limit, offset) as SummaryRow[],
    findSummaryById: (id: string) => selectSummaryById.get(id) as SummaryRow | undefined,
    /** The summaries of the customers with these ids that exist, in the order of the ids. */
    listSummariesByIds: (ids: string[]) => (ids.length === 0 ? [] : (selectSummariesByIds.all(JSON.stringify(ids)) as SummaryRow[])),
    /** Customers whose name, full pinyin or initials start with `prefix`: at most `limit`, with their last contact. */
    findRankRowsByNamePrefix: (prefix: string, limit: number): RankRow[] => {
      const rows = new Map<string, RankRow>();
      for (const statement of rankRowsByNamePrefix) {
        for (const [id, at] of statement.all({ p: prefix, limit }) as [string, number | null][]) {
          if (!rows.has(id)) rows.set(id, { id, last_contact_at: at });
        }
        if (rows.size >= limit) break;
      }
      return [...rows.values()].slice(0, limit);
    },
    /** Caller id: only the whole number counts, a tail would pop the wrong customer. */
    findIdsByExactPhone: (normalized: string, limit: number) => [...new Set(idsByExactPhone.all({ normalized, limit }) as string[])],
    findIdsByPhone: (normalized: string, reversedTail: string, limit: number) =>
      [...new Set([...(idsByExactPhone.all({ normalized, limit }) as string[]), ...(idsByPhoneTail.all({ tail: reversedTail, limit }) as string[])])].slice(0, limit),
    findIdsByEmailPrefix: (prefix: string, limit: number) => idsByEmailPrefix.all({ p: prefix, limit }) as string[],
    /** As findIdsByPhone (whole number, then tail; first match of a customer kept), with each customer's last contact. */
    findRankRowsByPhone: (normalized: string, reversedTail: string, limit: number): RankRow[] =>
      uniqueRankRows([
        ...(rankRowsByExactPhone.all({ normalized, limit }) as [string, number | null][]),
        ...(rankRowsByPhoneTail.all({ tail: reversedTail, limit }) as [string, number | null][]),
      ], limit),
    /** As findIdsByEmailPrefix, with each customer's last contact. */
    findRankRowsByEmailPrefix: (prefix: string, limit: number): RankRow[] =>
      uniqueRankRows(rankRowsByEmailPrefix.all({ p: prefix, limit }) as [string, number | null][], limit),
    findIdsByTagOrOrderNumber: (text: string, limit: number) =>
      [...new Set([...(idsByTag.all({ text, limit }) as string[]), ...(idsByOrderNumber.all({ text, limit }) as string[])])].slice(0, limit),
    listFiltered: (f: FilterParams, limit: number, offset: number) => selectFilteredPage.all({ ...f, limit, offset }) as SummaryRow[],
    countFiltered: (f: FilterParams) => countFiltered.get(f) as number,
    listFacets: () => ({
      tags: tagFacets.all() as { value: string; count: number }[],
      tiers: tierFacets.all() as { value: string; count: number }[],
      owners: ownerFacets.all() as { value: string; count: number }[],
    }),
    listRankRows: (ids: string[]) => rankRows.all(JSON.stringify(ids)) as RankRow[],
    findIdsByHandle: (handle: string, limit: number) => idsByHandle.all(handle, limit) as string[],
  };
}

export type CustomersRepo = ReturnType<typeof createCustomersRepo>;
