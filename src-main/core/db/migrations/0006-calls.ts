import type { Migration } from '../migration';

/**
 * Calls (one row beside each phone interaction: state, timers, wrap-up) and the agent's status log,
 * which reports read to show time spent available, on calls, in after-call work and on break.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'calls',
  up(db) {
    db.exec(`
      CREATE TABLE calls (
        interaction_id TEXT PRIMARY KEY REFERENCES interactions (id) ON DELETE CASCADE,
        number TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('ringing', 'dialing', 'connected', 'held', 'wrap-up', 'done')),
        muted INTEGER NOT NULL DEFAULT 0,
        ring_at INTEGER NOT NULL,
        answered_at INTEGER,
        ended_at INTEGER,
        end_reason TEXT,
        hold_ms INTEGER NOT NULL DEFAULT 0,
        held_since INTEGER,
        disposition TEXT,
        resolved INTEGER,
        wrapped_at INTEGER,
        transferred_to TEXT,
        script_id TEXT REFERENCES scripts (id) ON DELETE SET NULL,
        order_id TEXT REFERENCES orders (id) ON DELETE SET NULL,
        case_id TEXT,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX calls_live ON calls (state) WHERE state <> 'done';
      CREATE INDEX calls_recent ON calls (ring_at DESC);

      CREATE TABLE agent_status_log (
        id INTEGER PRIMARY KEY,
        status TEXT NOT NULL CHECK (status IN ('available', 'on-call', 'after-call-work', 'break', 'offline')),
        started_at INTEGER NOT NULL,
        ended_at INTEGER
      ) STRICT;
      CREATE INDEX agent_status_time ON agent_status_log (started_at);
    `);
  },
};
