import type Database from 'better-sqlite3';

/** The append-only audit trail (triggers refuse UPDATE and DELETE). */
export function createAuditRepo(db: Database.Database) {
  const insert = db.prepare(`
    INSERT INTO audit_log (id, at, actor, action, entity, entity_id, details)
    VALUES (@id, @at, @actor, @action, @entity, @entity_id, @details)`);
  const recent = db.prepare('SELECT * FROM audit_log ORDER BY at DESC, id DESC LIMIT ?');
  return {
    appendAudit: (row: { id: string; at: number; actor: string; action: string; entity: string; entity_id: string | null; details: string }) => insert.run(row),
    listRecentAudit: (limit: number) =>
      recent.all(limit) as { id: string; at: number; actor: string; action: string; entity: string; entity_id: string | null; details: string }[],
  };
}
export type AuditRepo = ReturnType<typeof createAuditRepo>;

/** Records who did what to which record; details hold counts and ids, never the erased personal data. */
export function createAuditor(repo: AuditRepo, deps: { newId: () => string; now: () => number; actor: () => string }) {
  return (action: string, entity: string, entityId: string | null, details: Record<string, unknown> = {}) =>
    repo.appendAudit({ id: deps.newId(), at: deps.now(), actor: deps.actor(), action, entity, entity_id: entityId, details: JSON.stringify(details) });
}
export type Auditor = ReturnType<typeof createAuditor>;

export function auditHandlers(repo: AuditRepo): import('../api/handlers').PartialHandlers {
  return {
    'audit.list': ({ limit }) => ({
      items: repo.listRecentAudit(limit).map((r) => ({ id: r.id, at: r.at, actor: r.actor, action: r.action, entity: r.entity, entityId: r.entity_id, details: r.details })),
    }),
  };
}
