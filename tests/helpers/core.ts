import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type CoreOptions } from '../../src-main/core/createCore';
import { ManualClock } from '../../src-main/core/shared/clock';

export const RESOURCES_DIR = path.resolve(__dirname, '../../resources');
/** 2026-11-25 09:00 in Shanghai: tests never depend on the real clock. */
export const T0 = Date.UTC(2026, 10, 25, 1, 0, 0);

const created: string[] = [];

export function tempDir(prefix = 'aw-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Removes every folder tempDir made (registered in tests/unit/setup.ts). */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** A fresh migrated core on its own data folder with a controllable clock. */
export function makeCore(overrides: Partial<CoreOptions> = {}) {
  const clock = new ManualClock(T0);
  const dataDir = overrides.dataDir ?? tempDir();
  const core = createCore({ dataDir, resourcesDir: RESOURCES_DIR, clock, demo: false, version: 'test', ...overrides });
  return { core, clock, dataDir };
}

/** Calls a method and returns the value, failing the test with the structured error otherwise. */
export function ok<T = unknown>(result: { ok: true; value: unknown } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value as T;
}
