import type { Migration } from '../migration';

/**
 * Training mode: scenarios (built-ins synced from resources/training by key and language, and
 * supervisors' own), practice sessions with a snapshot of the scenario and rubric they ran on (so
 * a score stays reproducible after either is edited), their lines, supervisors' comments per line,
 * assignments, and supervisors' rubric per language. All beside the profiles, in the live database.
 */
export const migration0012: Migration = {
  version: 12,
  name: 'training',
  up(db) {
    db.exec(`
      CREATE TABLE training_scenarios (
        id TEXT PRIMARY KEY,
        key TEXT,
        builtin INTEGER NOT NULL CHECK (builtin IN (0, 1)),
        language TEXT NOT NULL CHECK (language IN ('zh-CN', 'zh-TW', 'en')),
        title TEXT NOT NULL,
        content TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        created_by TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        removed_at INTEGER
      ) STRICT;
      CREATE UNIQUE INDEX training_scenarios_builtin ON training_scenarios (key, language) WHERE builtin = 1;
      CREATE INDEX training_scenarios_language ON training_scenarios (language, title) WHERE removed_at IS NULL;

      CREATE TABLE training_sessions (
        id TEXT PRIMARY KEY,
        scenario_id TEXT NOT NULL REFERENCES training_scenarios (id),
        profile_id TEXT NOT NULL,
        profile_name TEXT NOT NULL,
        language TEXT NOT NULL,
        title TEXT NOT NULL,
        scenario TEXT NOT NULL,
        rubric TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('active', 'completed', 'gave-up', 'stopped')),
        anger INTEGER NOT NULL,
        started_at INTEGER NOT NULL,
        ended_at INTEGER,
        total INTEGER,
        passed INTEGER,
        score TEXT
      ) STRICT;
      CREATE INDEX training_sessions_profile ON training_sessions (profile_id, started_at);
      CREATE INDEX training_sessions_started ON training_sessions (started_at);
      CREATE INDEX training_sessions_scenario ON training_sessions (scenario_id, profile_id);

      CREATE TABLE training_lines (
        session_id TEXT NOT NULL REFERENCES training_sessions (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        speaker TEXT NOT NULL CHECK (speaker IN ('customer', 'trainee')),
        text TEXT NOT NULL,
        at INTEGER NOT NULL,
        elapsed_ms INTEGER,
        turn_id TEXT,
        anger INTEGER NOT NULL,
        feedback TEXT NOT NULL,
        PRIMARY KEY (session_id, idx)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE training_comments (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES training_sessions (id) ON DELETE CASCADE,
        line_index INTEGER NOT NULL,
        author_id TEXT NOT NULL,
        author_name TEXT NOT NULL,
        text TEXT NOT NULL,
        at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX training_comments_session ON training_comments (session_id, at);

      CREATE TABLE training_assignments (
        profile_id TEXT NOT NULL,
        scenario_id TEXT NOT NULL REFERENCES training_scenarios (id),
        assigned_by TEXT NOT NULL,
        assigned_at INTEGER NOT NULL,
        PRIMARY KEY (profile_id, scenario_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE training_rubrics (
        language TEXT PRIMARY KEY CHECK (language IN ('zh-CN', 'zh-TW', 'en')),
        rubric TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
