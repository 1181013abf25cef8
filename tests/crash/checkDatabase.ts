import type Database from 'better-sqlite3';
import { parseQuery } from '../../src-main/core/search/query';

/** One acknowledgement line printed by tests/crash/writer.ts. */
export type Ack =
  | { op: 'ready' }
  | { op: 'customer'; id: string }
  | { op: 'customerUpdate'; id: string; updatedAt: number }
  | { op: 'note'; id: string; v: number; token: string }
  | { op: 'draft'; interactionId: string; updatedAt: number }
  | { op: 'tab'; id: string }
  | { op: 'tabsMove'; order: string[] }
  | { op: 'case'; id: string }
  | { op: 'inbound'; interactionId: string }
  | { op: 'send'; id: string; interactionId: string };

/** What every acknowledgement so far promises, latest per record. */
export class Promises {
  readonly customers = new Map<string, number>(); // id → updated_at at least
  readonly notes = new Map<string, number>(); // id → version at least
  readonly drafts = new Map<string, number>(); // interaction → updated_at at least (or sent since)
  readonly tabs = new Set<string>();
  readonly cases = new Set<string>();
  readonly interactions = new Set<string>();
  readonly messages = new Set<string>();
  count = 0;

  add(a: Ack): void {
    this.count++;
    switch (a.op) {
      case 'ready':
      case 'tabsMove':
        this.count -= a.op === 'ready' ? 1 : 0;
        return;
      case 'customer':
        this.customers.set(a.id, this.customers.get(a.id) ?? 0);
        return;
      case 'customerUpdate':
        this.customers.set(a.id, a.updatedAt);
        return;
      case 'note':
        this.notes.set(a.id, a.v);
        return;
      case 'draft':
        this.drafts.set(a.interactionId, a.updatedAt);
        return;
      case 'tab':
        this.tabs.add(a.id);
        return;
      case 'case':
        this.cases.add(a.id);
        return;
      case 'inbound':
        this.interactions.add(a.interactionId);
        return;
      case 'send':
        this.messages.add(a.id);
        this.interactions.add(a.interactionId);
        return;
    }
  }
}

/**
 * Everything wrong with the database after a crash, as readable lines (empty = sound): integrity,
 * acknowledged writes missing or rolled back, and multi-row writes found half done.
 */
export function problemsIn(db: Database.Database, promised: Promises): string[] {
  const problems: string[] = [];
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
  const fk = db.pragma('foreign_key_check') as unknown[];
  if (fk.length > 0) problems.push(`foreign_key_check: ${JSON.stringify(fk.slice(0, 3))}`);

  // Acknowledged writes are all there, at least as new as acknowledged.
  const customer = db.prepare('SELECT updated_at FROM customers WHERE id = ?').pluck();
  for (const [id, at] of promised.customers) {
    const found = customer.get(id) as number | undefined;
    if (found === undefined) problems.push(`acknowledged customer ${id} is missing`);
    else if (found < at) problems.push(`customer ${id} went back to an older version`);
  }
  const noteBody = db.prepare('SELECT body FROM notes WHERE id = ?').pluck();
  for (const [id, v] of promised.notes) {
    const body = noteBody.get(id) as string | undefined;
    const found = body === undefined ? null : Number(/v(\d+)q/.exec(body)?.[1] ?? -1);
    if (found === null) problems.push(`acknowledged note ${id} is missing`);
    else if (found < v) problems.push(`note ${id} went back from version ${v} to ${found}`);
  }
  const draftAt = db.prepare('SELECT updated_at FROM drafts WHERE interaction_id = ?').pluck();
  const sentSince = db.prepare("SELECT count(*) FROM messages WHERE interaction_id = ? AND direction = 'outbound' AND created_at >= ?").pluck();
  for (const [interactionId, at] of promised.drafts) {
    const found = draftAt.get(interactionId) as number | undefined;
    // Sending a reply discards its draft: a missing draft is fine only if a reply went out after it.
    if (found === undefined ? (sentSince.get(interactionId, at) as number) === 0 : found < at) problems.push(`acknowledged draft of ${interactionId} is lost`);
  }
  const exists = (table: string) => db.prepare(`SELECT count(*) FROM ${table} WHERE id = ?`).pluck();
  const checks: Array<[Set<string>, string]> = [
    [promised.tabs, 'workspace_tabs'], [promised.cases, 'cases'], [promised.interactions, 'interactions'], [promised.messages, 'messages'],
  ];
  for (const [ids, table] of checks) {
    const stmt = exists(table);
    for (const id of ids) if ((stmt.get(id) as number) === 0) problems.push(`acknowledged ${table} row ${id} is missing`);
  }

  // Multi-row writes are all-or-nothing, acknowledged or not.
  const shapes = db.prepare(`
    SELECT c.id, c.preferences,
      (SELECT count(*) FROM customer_phones p WHERE p.customer_id = c.id) AS phones,
      (SELECT count(*) FROM customer_emails e WHERE e.customer_id = c.id) AS emails
    FROM customers c`).all() as { id: string; preferences: string; phones: number; emails: number }[];
  for (const c of shapes) {
    const m = /^phones=(\d+);emails=(\d+)$/.exec(c.preferences);
    if (m && (Number(m[1]) !== c.phones || Number(m[2]) !== c.emails)) {
      problems.push(`customer ${c.id} half written: ${c.preferences} but ${c.phones} phones, ${c.emails} emails`);
    }
  }
  const notes = db.prepare(`SELECT n.id, n.body, n.updated_at, d.rowid AS doc, d.at FROM notes n LEFT JOIN search_docs d ON d.kind = 'note' AND d.ref_id = n.id`).all() as {
    id: string; body: string; updated_at: number; doc: number | null; at: number | null;
  }[];
  const matching = db.prepare('SELECT rowid FROM search_index WHERE search_index MATCH ?').pluck();
  for (const n of notes) {
    if (n.doc === null) {
      problems.push(`note ${n.id} is not in the search index`);
      continue;
    }
    if (n.at !== n.updated_at) problems.push(`note ${n.id}'s index entry is from another save (${n.at} ≠ ${n.updated_at})`);
    const token = n.body.split(' ')[0] ?? '';
    const q = parseQuery(token);
    if (q && !(matching.all(q.match) as number[]).includes(n.doc)) problems.push(`note ${n.id}'s index entry does not hold its text`);
  }
  const positions = db.prepare('SELECT position FROM workspace_tabs ORDER BY position').pluck().all() as number[];
  if (positions.some((p, i) => p !== i)) problems.push(`tab positions are not a permutation: ${positions.join(',')}`);
  const unindexed = db.prepare(`
    SELECT 'message ' || m.id FROM messages m WHERE NOT EXISTS (SELECT 1 FROM search_docs d WHERE d.kind = 'message' AND d.ref_id = m.id)
    UNION ALL SELECT 'case ' || k.id FROM cases k WHERE NOT EXISTS (SELECT 1 FROM search_docs d WHERE d.kind = 'case' AND d.ref_id = k.id)
    UNION ALL SELECT 'case without history ' || k.id FROM cases k WHERE NOT EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = k.id)
    UNION ALL SELECT 'interaction without messages ' || i.id FROM interactions i WHERE NOT EXISTS (SELECT 1 FROM messages m WHERE m.interaction_id = i.id)
    LIMIT 5`).pluck().all() as string[];
  for (const u of unindexed) problems.push(`half written: ${u}`);
  return problems;
}
