import type { Migration } from '../migration';

/**
 * How far ahead renewal dates have been turned into reminders. The start-up and midnight scans
 * read only renewals beyond it; at a million customers the whole lead window was 58,000
 * memberships read and offered to the reminders table at every start (0.7 s).
 */
export const migration0021: Migration = {
  version: 21,
  name: 'renewal-scan',
  up(db) {
    db.exec('CREATE TABLE renewal_scan (id INTEGER PRIMARY KEY CHECK (id = 1), covered_until INTEGER NOT NULL)');
  },
};
