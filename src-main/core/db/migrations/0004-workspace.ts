import type { Migration } from '../migration';

/**
 * The workspace: open tabs with their state, drafts that save themselves, the outbox (delivery
 * state on outgoing messages), email extras, SLA state on interactions, and notes.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'workspace',
  up(db) {
    db.exec(`
      ALTER TABLE messages ADD COLUMN html TEXT;
      ALTER TABLE messages ADD COLUMN attachments TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE messages ADD COLUMN to_addresses TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE messages ADD COLUMN cc_addresses TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE messages ADD COLUMN delivery TEXT NOT NULL DEFAULT 'delivered'
        CHECK (delivery IN ('queued', 'sent', 'failed', 'delivered'));
      ALTER TABLE messages ADD COLUMN delivery_error TEXT;
      CREATE INDEX messages_outbox ON messages (delivery, created_at) WHERE delivery IN ('queued', 'failed');

      ALTER TABLE interactions ADD COLUMN awaiting_reply INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE interactions ADD COLUMN sla_breached_at INTEGER;
      ALTER TABLE interactions ADD COLUMN unread INTEGER NOT NULL DEFAULT 0;
      UPDATE interactions SET awaiting_reply = 1, unread = 1 WHERE status = 'open' AND first_response_at IS NULL;
      CREATE INDEX interactions_inbox ON interactions (sla_due_at) WHERE awaiting_reply = 1;

      CREATE TABLE workspace_tabs (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('interaction', 'customer', 'case')),
        ref_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        pinned INTEGER NOT NULL DEFAULT 0,
        state TEXT NOT NULL DEFAULT '{}',
        opened_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        UNIQUE (kind, ref_id)
      ) STRICT;

      CREATE TABLE drafts (
        interaction_id TEXT PRIMARY KEY REFERENCES interactions (id) ON DELETE CASCADE,
        body TEXT NOT NULL DEFAULT '',
        subject TEXT,
        to_addresses TEXT NOT NULL DEFAULT '[]',
        cc_addresses TEXT NOT NULL DEFAULT '[]',
        mode TEXT NOT NULL DEFAULT 'reply',
        updated_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE notes (
        id TEXT PRIMARY KEY,
        customer_id TEXT REFERENCES customers (id) ON DELETE CASCADE,
        interaction_id TEXT REFERENCES interactions (id) ON DELETE CASCADE,
        body TEXT NOT NULL,
        pinned INTEGER NOT NULL DEFAULT 0,
        author TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX notes_customer ON notes (customer_id, pinned DESC, updated_at DESC);
      CREATE INDEX notes_interaction ON notes (interaction_id);
    `);
  },
};
