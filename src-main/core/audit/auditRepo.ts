import { storageProblemOf } from '../db/storageErrors';
import type Database from 'better-sqlite3';

export interface AuditRow { id: string; at: number; actor: string; action: string; entity: string; entity_id: string | null; details: string }
export interface AuditFilters { actor?: string; action?: string; entity?: string; from?: number; to?: number; before?: { at: number; id: string } }

/** The append-only audit trail (triggers refuse UPDATE and DELETE). */
export function createAuditRepo(db: Database.Database) {
  const insert = db.prepare(`
    INSERT INTO audit_log (id, at, actor, action, entity, entity_id, details)
    VALUES (@id, @at, @actor, @action, @entity, @entity_id, @details)`);
  // Optional filters as "? IS NULL OR …" so one prepared statement serves every combination.
  const filtered = db.prepare(`
    SELECT * FROM audit_log
    WHERE (@actor IS NULL OR actor = @actor COLLATE NOCASE)
      AND (@action IS NULL OR action = @action OR action LIKE @actionPrefix ESCAPE '\\')
      AND (@entity IS NULL OR entity = @entity)
      AND (@from IS NULL OR at >= @from)
      AND (@to IS NULL OR at < @to)
      AND (@beforeAt IS NULL OR at < @beforeAt OR (at = @beforeAt AND id < @beforeId))
    ORDER BY at DESC, id DESC
    LIMIT @limit`);
  const insertMany = db.transaction((rows: AuditRow[]) => {
    for (const row of rows) insert.run(row);
  });
  return {
    appendAudit: (row: AuditRow) => insert.run(row),
    appendAuditRows: (rows: AuditRow[]) => insertMany(rows),
    listAudit: (f: AuditFilters, limit: number) =>
      filtered.all({
        actor: f.actor || null,
        action: f.action || null,
        // "customer" finds customer.view, customer.erase…: the action's family.
        actionPrefix: f.action ? `${f.action.replace(/[\\%_]/g, (c) => `\\${c}`)}.%` : null,
        entity: f.entity || null,
        from: f.from ?? null,
        to: f.to ?? null,
        beforeAt: f.before?.at ?? null,
        beforeId: f.before?.id ?? null,
        limit,
      }) as AuditRow[],
  };
}
export type AuditRepo = ReturnType<typeof createAuditRepo>;

/** Records who did what to which record; details hold counts and ids, never the erased personal data. */
export function createAuditor(repo: AuditRepo, deps: { newId: () => string; now: () => number; actor: () => string }) {
  /** `actor` overrides the signed-in person: a wrong PIN is recorded against the profile it was typed for. */
  return (action: string, entity: string, entityId: string | null, details: Record<string, unknown> = {}, actor?: string) =>
    repo.appendAudit({ id: deps.newId(), at: deps.now(), actor: actor ?? deps.actor(), action, entity, entity_id: entityId, details: JSON.stringify(details) });
}
export type Auditor = ReturnType<typeof createAuditor>;

/**
 * Views are recorded in batches: a 360 view is a read, and a commit (an fsync) per view would cost
 * more than the view itself. A view is written within a second, or when the trail is read or the app
 * closes; a crash can lose that last second of views, never a change (changes are written at once).
 * The same person viewing the same record again within ten minutes is one entry.
 */
export function createViewAuditor(repo: AuditRepo, deps: { newId: () => string; now: () => number; actor: () => string }) {
  const pending: AuditRow[] = [];
  const lastSeen = new Map<string, number>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** `closing`: the last flush before the database closes, so nothing is kept for later. */
  const flush = (closing = false) => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (pending.length === 0) return;
    const rows = pending.splice(0);
    try {
      repo.appendAuditRows(rows);
    } catch (err) {
      // A full disk or read-only folder must not stop the core from a timer: keep the views (up to
      // a bound) and try again later; anything else is a bug and is reported.
      if (!storageProblemOf(err)) throw err;
      if (closing) return;
      pending.unshift(...rows.slice(-10_000));
      timer = setTimeout(() => flush(), 30_000);
      timer.unref?.();
    }
  };
  return {
    viewed(entity: string, entityId: string) {
      const actor = deps.actor();
      const at = deps.now();
      const key = `${actor}\u0000${entity}\u0000${entityId}`;
      const last = lastSeen.get(key);
      if (last !== undefined && at - last < 10 * 60_000 && at >= last) return;
      if (lastSeen.size > 10_000) lastSeen.clear();
      lastSeen.set(key, at);
      pending.push({ id: deps.newId(), at, actor, action: `${entity}.view`, entity, entity_id: entityId, details: '{}' });
      if (!timer) {
        timer = setTimeout(() => flush(), 1000);
        timer.unref?.();
      }
    },
    flush,
  };
}
export type ViewAuditor = ReturnType<typeof createViewAuditor>;
