import type { Migration } from '../migration';

/** Reports read by time: interactions by start, case history by kind and time (breaches, reopenings). */
export const migration0009: Migration = {
  version: 9,
  name: 'reports',
  up(db) {
    db.exec(`
      CREATE INDEX interactions_started ON interactions (started_at);
      CREATE INDEX cases_created ON cases (created_at);
      CREATE INDEX case_events_kind_time ON case_events (kind, at);
    `);
  },
};
