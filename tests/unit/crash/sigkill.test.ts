import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../src-main/core/createCore';
import { openDatabase } from '../../../src-main/core/db/open';
import { type Ack, problemsIn, Promises } from '../../crash/checkDatabase';
import { RESOURCES_DIR, tempDir } from '../../helpers/core';

const ROOT = path.resolve(__dirname, '../../..');
// Bundled once: node starts a bundle in ~0.5 s, tsx in ~1 s, and 50+ rounds start it 50+ times.
// Inside out/ so Node finds better-sqlite3 in the repo's node_modules.
const WRITER = path.join(ROOT, 'out', 'crash-test', 'writer.cjs');
const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 60);
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 2 ** 31);

// mulberry32, so a failing run can be replayed with CRASH_SEED.
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Round {
  acks: Ack[];
  killedAfterReady: boolean;
  exitedOnItsOwn: string | null;
}

/** Starts the writer, SIGKILLs it `delayMs` after it is ready (or during start-up), returns what it acknowledged. */
function runRound(dataDir: string, seed: number, killDuringStart: boolean, delayMs: number): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, dataDir, String(seed), RESOURCES_DIR], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let ready = false;
    let killed = false;
    const kill = () => {
      killed = true;
      child.kill('SIGKILL');
    };
    if (killDuringStart) setTimeout(kill, delayMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!ready && out.includes('"ready"')) {
        ready = true;
        if (!killDuringStart) setTimeout(kill, delayMs);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      // Only whole lines are acknowledgements; a torn last line is not counted.
      const lines = out.split('\n').slice(0, -1);
      resolve({
        acks: lines.map((l) => JSON.parse(l) as Ack),
        killedAfterReady: ready && !killDuringStart,
        exitedOnItsOwn: killed && signal === 'SIGKILL' ? null : `exit ${code} ${signal}: ${err.slice(0, 2000)}`,
      });
    });
  });
}

describe('storage survives SIGKILL at random moments', () => {
  beforeAll(() => {
    buildSync({
      entryPoints: [path.join(ROOT, 'tests/crash/writer.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20',
      outfile: WRITER, external: ['better-sqlite3'], logLevel: 'error',
    });
  });

  it(`keeps every acknowledged write and never half a write over ${ROUNDS} kills (seed ${SEED})`, async () => {
    const random = prng(SEED);
    const dataDir = tempDir('aw-crash-');
    const promised = new Promises();
    let killedMidWrite = 0;
    for (let round = 0; round < ROUNDS; round++) {
      // One round in eight dies while the core is still opening (migrations, built-ins).
      const duringStart = random() < 0.125;
      const delay = duringStart ? 50 + random() * 450 : random() * 250;
      const r = await runRound(dataDir, Math.floor(random() * 2 ** 31), duringStart, delay);
      expect(r.exitedOnItsOwn, `round ${round} (seed ${SEED})`).toBeNull();
      for (const a of r.acks) promised.add(a);
      if (r.killedAfterReady && r.acks.length > 1) killedMidWrite++;

      const { db } = openDatabase(path.join(dataDir, DB_FILE_NAME));
      try {
        expect(problemsIn(db, promised), `round ${round} (seed ${SEED})`).toEqual([]);
      } finally {
        db.close();
      }
    }
    console.info(`crash test: ${ROUNDS} kills (seed ${SEED}), ${killedMidWrite} mid-write, ${promised.count} acknowledged writes checked`);
    // The test proves something only if the kills landed among writes.
    expect(killedMidWrite).toBeGreaterThan(ROUNDS / 2);
    expect(promised.count).toBeGreaterThan(ROUNDS * 3);
    expect(promised.notes.size).toBeGreaterThan(0);
    expect(fs.existsSync(path.join(dataDir, DB_FILE_NAME))).toBe(true);
  }, 150_000);
});
