import type Database from 'better-sqlite3';

export function createSettingsRepo(db: Database.Database) {
  const selectAll = db.prepare('SELECT key, value FROM settings');
  const upsert = db.prepare(`
    INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`);
  return {
    readAllSettings: () => selectAll.all() as { key: string; value: string }[],
    writeSetting: (key: string, json: string, now: number) => upsert.run(key, json, now),
  };
}
export type SettingsRepo = ReturnType<typeof createSettingsRepo>;
