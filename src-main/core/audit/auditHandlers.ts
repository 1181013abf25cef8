import Papa from 'papaparse';
import { neutraliseFormula } from '../../contract/spreadsheetCell';
import type { PartialHandlers } from '../api/handlers';
import type { AuditRepo, AuditRow, ViewAuditor } from './auditRepo';

const toEntry = (r: AuditRow) => ({ id: r.id, at: r.at, actor: r.actor, action: r.action, entity: r.entity, entityId: r.entity_id, details: r.details });
const EXPORT_LIMIT = 1_000_000;

export function auditHandlers(repo: AuditRepo, views: ViewAuditor, audit: (action: string, entity: string, id: string | null, details: Record<string, unknown>) => void, now: () => number): PartialHandlers {
  return {
    'audit.list': ({ limit, ...filters }) => {
      views.flush();
      const rows = repo.listAudit(filters, limit + 1);
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return { items: page.map(toEntry), next: rows.length > limit && last ? { at: last.at, id: last.id } : null };
    },
    'audit.export': ({ filters }) => {
      views.flush();
      const rows = repo.listAudit(filters, EXPORT_LIMIT);
      // Exporting the trail is itself recorded, after the rows are read, so it is in the next export.
      audit('audit.export', 'audit', null, { count: rows.length });
      const header = ['at (UTC)', 'actor', 'action', 'entity', 'entity id', 'details'];
      const lines = rows.map((r) => [new Date(r.at).toISOString(), r.actor, r.action, r.entity, r.entity_id ?? '', r.details].map(neutraliseFormula));
      // UTF-8 with a BOM so Excel shows Chinese names.
      const csv = Papa.unparse({ fields: header, data: lines }, { newline: '\r\n' });
      return { fileName: `audit-${new Date(now()).toISOString().slice(0, 10)}.csv`, content: `\uFEFF${csv}`, count: rows.length };
    },
  };
}
