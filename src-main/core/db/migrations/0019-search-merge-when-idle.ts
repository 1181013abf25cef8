import type { Migration } from '../migration';

/**
 * FTS5 merges its segments inside the write that completes a level (automerge 4: every 4th, 16th,
 * 64th… insert), and at 2M messages every 64th message sent took 50–75 ms instead of 0.6. Automerge
 * is off; the core merges a little at a time between calls (searchRepo.mergeSome on a timer), and
 * FTS5's crisis merge (16 segments on a level) still bounds the index if that never runs.
 */
export const migration0019: Migration = {
  version: 19,
  name: 'search-merge-when-idle',
  up(db) {
    db.exec(`INSERT INTO search_index(search_index, rank) VALUES('automerge', 0);`);
  },
};
