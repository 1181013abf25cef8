import type Database from 'better-sqlite3';

export interface ProfileRow {
  id: string;
  name: string;
  role: 'agent' | 'trainee' | 'supervisor';
  pin_hash: string | null;
  pin_salt: string | null;
  failed_attempts: number;
  locked_until: number | null;
  created_at: number;
  updated_at: number;
  last_sign_in_at: number | null;
}

export function createProfilesRepo(db: Database.Database) {
  const all = db.prepare('SELECT * FROM profiles WHERE removed_at IS NULL ORDER BY role = \'trainee\', name COLLATE NOCASE');
  const byId = db.prepare('SELECT * FROM profiles WHERE id = ? AND removed_at IS NULL');
  const byName = db.prepare('SELECT id FROM profiles WHERE name = ? COLLATE NOCASE AND removed_at IS NULL').pluck();
  const lastSignedIn = db.prepare('SELECT * FROM profiles WHERE removed_at IS NULL ORDER BY last_sign_in_at DESC NULLS LAST, created_at LIMIT 1');
  const countSupervisors = db.prepare("SELECT count(*) FROM profiles WHERE role = 'supervisor' AND removed_at IS NULL").pluck();
  const insert = db.prepare(`
    INSERT INTO profiles (id, name, role, pin_hash, pin_salt, created_at, updated_at)
    VALUES (@id, @name, @role, @pin_hash, @pin_salt, @now, @now)`);
  const rename = db.prepare('UPDATE profiles SET name = ?, updated_at = ? WHERE id = ?');
  const setRole = db.prepare('UPDATE profiles SET role = ?, updated_at = ? WHERE id = ?');
  const setPin = db.prepare('UPDATE profiles SET pin_hash = ?, pin_salt = ?, failed_attempts = 0, locked_until = NULL, updated_at = ? WHERE id = ?');
  const failed = db.prepare('UPDATE profiles SET failed_attempts = ?, locked_until = ? WHERE id = ?');
  const signedIn = db.prepare('UPDATE profiles SET failed_attempts = 0, locked_until = NULL, last_sign_in_at = ? WHERE id = ?');
  const remove = db.prepare('UPDATE profiles SET removed_at = ?, pin_hash = NULL, pin_salt = NULL WHERE id = ?');
  return {
    listProfiles: () => all.all() as ProfileRow[],
    findProfileById: (id: string) => byId.get(id) as ProfileRow | undefined,
    findProfileIdByName: (name: string) => byName.get(name) as string | undefined,
    findLastSignedInProfile: () => lastSignedIn.get() as ProfileRow | undefined,
    countSupervisors: () => countSupervisors.get() as number,
    insertProfile: (row: { id: string; name: string; role: string; pin_hash: string | null; pin_salt: string | null; now: number }) => insert.run(row),
    renameProfile: (id: string, name: string, now: number) => rename.run(name, now, id),
    setProfileRole: (id: string, role: string, now: number) => setRole.run(role, now, id),
    setProfilePin: (id: string, hash: string | null, salt: string | null, now: number) => setPin.run(hash, salt, now, id),
    recordFailedPin: (id: string, attempts: number, lockedUntil: number | null) => failed.run(attempts, lockedUntil, id),
    recordSignIn: (id: string, now: number) => signedIn.run(now, id),
    removeProfile: (id: string, now: number) => remove.run(now, id),
  };
}
export type ProfilesRepo = ReturnType<typeof createProfilesRepo>;
