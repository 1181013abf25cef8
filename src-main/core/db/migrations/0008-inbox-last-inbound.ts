import type { Migration } from '../migration';

/**
 * The inbox shows when the customer last wrote. It was a per-row max(sent_at) over messages,
 * which cost most of the inbox query (18 ms p95 at 100k customers); the store now keeps it on
 * the interaction when an inbound message is stored. NULL means no inbound message, and the
 * inbox then falls back to started_at, as the subquery did.
 *
 * The inbox's partial index gains id so ORDER BY sla_due_at, id needs no sort, and replaces the
 * old one (which the SLA watcher's query can use just as well).
 */
export const migration0008: Migration = {
  version: 8,
  name: 'inbox-last-inbound',
  up(db) {
    db.exec(`
      ALTER TABLE interactions ADD COLUMN last_inbound_at INTEGER;
      UPDATE interactions SET last_inbound_at = latest.sent_at
        FROM (SELECT interaction_id, max(sent_at) AS sent_at FROM messages WHERE direction = 'inbound' GROUP BY interaction_id) AS latest
        WHERE latest.interaction_id = interactions.id;
      DROP INDEX interactions_inbox;
      CREATE INDEX interactions_inbox_by_due ON interactions (sla_due_at, id) WHERE awaiting_reply = 1;
    `);
  },
};
