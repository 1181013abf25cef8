import type { Migration } from '../migration';

/**
 * Local profiles with roles and optional PINs (scrypt hash and salt, never the PIN). Failed attempts
 * and the lock are stored so that restarting the app does not reset a lockout.
 * The audit trail gains an index by actor for the supervisor's filter.
 */
export const migration0011: Migration = {
  version: 11,
  name: 'profiles',
  up(db) {
    db.exec(`
      CREATE TABLE profiles (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('agent', 'trainee', 'supervisor')),
        pin_hash TEXT,
        pin_salt TEXT,
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until INTEGER,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        last_sign_in_at INTEGER,
        removed_at INTEGER
      ) STRICT;
      CREATE UNIQUE INDEX profiles_name ON profiles (name COLLATE NOCASE) WHERE removed_at IS NULL;
      CREATE INDEX audit_log_actor ON audit_log (actor, at);
    `);
  },
};
