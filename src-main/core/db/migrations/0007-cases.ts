import type { Migration } from '../migration';

/**
 * Cases (complaints, after-sales, returns, refunds…) with their deadlines, history, links to
 * interactions and orders, evidence files, and hand-offs to other departments. Calls already carry
 * a case_id; it now refers to a case.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'cases',
  up(db) {
    db.exec(`
      CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        grade TEXT NOT NULL CHECK (grade IN ('P1', 'P2', 'P3', 'P4')),
        status TEXT NOT NULL CHECK (status IN ('new', 'accepted', 'investigating', 'waiting-department', 'waiting-customer',
          'resolved', 'follow-up', 'closed', 'archived')),
        channel TEXT NOT NULL,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        occurred_at INTEGER,
        people_involved TEXT NOT NULL DEFAULT '',
        demand TEXT NOT NULL DEFAULT '',
        risk_flags TEXT NOT NULL DEFAULT '[]',
        owner TEXT NOT NULL DEFAULT '',
        investigation TEXT NOT NULL DEFAULT '{}',
        guide TEXT NOT NULL DEFAULT '[]',
        first_contact_due_at INTEGER NOT NULL,
        first_contact_at INTEGER,
        first_contact_breached_at INTEGER,
        -- Moves later by the time spent waiting on the customer, so it is always the effective deadline.
        resolution_due_at INTEGER NOT NULL,
        resolution_breached_at INTEGER,
        paused_since INTEGER,
        paused_ms INTEGER NOT NULL DEFAULT 0,
        resolved_at INTEGER,
        closed_at INTEGER,
        archived_at INTEGER,
        satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
        satisfaction_comment TEXT NOT NULL DEFAULT '',
        follow_up_reminder_id TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX cases_customer ON cases (customer_id, created_at DESC);
      CREATE INDEX cases_status_due ON cases (status, resolution_due_at);
      CREATE INDEX cases_updated ON cases (updated_at DESC);

      CREATE TABLE case_events (
        id INTEGER PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        kind TEXT NOT NULL,
        from_value TEXT,
        to_value TEXT,
        detail TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX case_events_case ON case_events (case_id, id);

      CREATE TABLE case_interactions (
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        interaction_id TEXT NOT NULL REFERENCES interactions (id) ON DELETE CASCADE,
        PRIMARY KEY (case_id, interaction_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX case_interactions_interaction ON case_interactions (interaction_id);

      CREATE TABLE case_orders (
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        order_id TEXT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
        PRIMARY KEY (case_id, order_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE case_attachments (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        mime TEXT NOT NULL,
        size INTEGER NOT NULL,
        file TEXT NOT NULL,
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX case_attachments_case ON case_attachments (case_id, created_at);

      CREATE TABLE case_handoffs (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        department TEXT NOT NULL,
        background TEXT NOT NULL,
        demand TEXT NOT NULL DEFAULT '',
        urgency TEXT NOT NULL CHECK (urgency IN ('low', 'normal', 'high', 'urgent')),
        due_at INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'replied', 'done')),
        reply TEXT NOT NULL DEFAULT '',
        result TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        replied_at INTEGER
      ) STRICT;
      CREATE INDEX case_handoffs_case ON case_handoffs (case_id, created_at);
      CREATE INDEX case_handoffs_open ON case_handoffs (due_at) WHERE status = 'open';
    `);
  },
};
