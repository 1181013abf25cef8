import type { Migration } from '../migration';

/** Reminders (callbacks, follow-up visits, renewals, custom) and the previous versions of notes. */
export const migration0005: Migration = {
  version: 5,
  name: 'reminders',
  up(db) {
    db.exec(`
      CREATE TABLE reminders (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('callback', 'follow-up', 'renewal', 'custom')),
        customer_id TEXT REFERENCES customers (id) ON DELETE CASCADE,
        interaction_id TEXT REFERENCES interactions (id) ON DELETE SET NULL,
        case_id TEXT,
        phone TEXT,
        reason TEXT NOT NULL DEFAULT '',
        due_at INTEGER NOT NULL,
        owner TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'fired', 'done', 'cancelled')),
        fired_at INTEGER,
        outcome TEXT,
        source_key TEXT UNIQUE,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX reminders_pending_due ON reminders (due_at) WHERE status = 'pending';
      CREATE INDEX reminders_status_due ON reminders (status, due_at);
      CREATE INDEX reminders_customer ON reminders (customer_id, due_at);

      CREATE TABLE note_versions (
        id TEXT PRIMARY KEY,
        note_id TEXT NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
        body TEXT NOT NULL,
        saved_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX note_versions_note ON note_versions (note_id, saved_at DESC);
    `);
  },
};
