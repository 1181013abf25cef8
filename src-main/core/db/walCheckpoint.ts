import type Database from 'better-sqlite3';

/**
 * Copies what the write-ahead log holds into the database file without waiting for anyone
 * (PASSIVE). Run between calls, it leaves SQLite's own checkpoint (every 1,000 pages, inside the
 * commit that crosses it: a 5 ms send every ~67 messages) with nothing to do at an agent's pace.
 */
export function createWalCheckpointer(db: Database.Database): () => void {
  const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
  return () => {
    checkpoint.run();
  };
}
