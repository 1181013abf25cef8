import type Database from 'better-sqlite3';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../contract/settings';
import type { Clock } from '../shared/clock';
import type { SettingsRepo } from './settingsRepo';

export function createSettingsService(db: Database.Database, repo: SettingsRepo, clock: Clock) {
  function read(): Settings {
    const stored: Record<string, unknown> = {};
    for (const { key, value } of repo.readAllSettings()) {
      try {
        stored[key] = JSON.parse(value);
      } catch {
        // A value we cannot read falls back to its default rather than breaking start-up.
      }
    }
    const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
    for (const key of Object.keys(DEFAULT_SETTINGS)) {
      const candidate = settingsSchema.shape[key as keyof Settings].safeParse(stored[key]);
      if (candidate.success) merged[key] = candidate.data;
    }
    return merged as Settings;
  }

  const writeMany = db.transaction((patch: Partial<Settings>) => {
    const now = clock.now();
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) repo.writeSetting(key, JSON.stringify(value), now);
    }
  });

  return {
    read,
    update(patch: Partial<Settings>): Settings {
      writeMany(patch);
      return read();
    },
  };
}
export type SettingsService = ReturnType<typeof createSettingsService>;
