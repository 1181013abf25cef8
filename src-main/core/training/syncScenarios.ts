import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Logger } from '../api/dispatch';
import type { IdGenerator } from '../shared/ids';
import type { TrainingFile } from './resources';
import type { TrainingRepo } from './trainingRepo';

export const contentHash = (v: unknown) => crypto.createHash('sha1').update(JSON.stringify(v)).digest('hex');

/**
 * Brings the shipped scenarios into the database, keyed by (key, language): changed text updates
 * the row (sessions keep the snapshot they ran on), a scenario no longer shipped is hidden (its
 * sessions and assignments stay readable), supervisors' own scenarios are never touched.
 */
export function syncBuiltinScenarios(deps: { db: Database.Database; repo: TrainingRepo; files: TrainingFile[]; newId: IdGenerator; now: number; logger: Logger }) {
  const { repo, now } = deps;
  for (const f of deps.files) for (const p of f.problems) deps.logger.warn(`Training scenarios in ${f.file}: ${p}`);
  let changed = 0;
  deps.db.transaction(() => {
    const shipped = new Set<string>();
    for (const f of deps.files) {
      for (const { key, ...content } of f.scenarios) {
        shipped.add(`${key}\u0000${content.language}`);
        const hash = contentHash(content);
        const existing = repo.findBuiltinScenario(key, content.language);
        if (existing && existing.content_hash === hash && existing.removed_at === null) continue;
        const row = { language: content.language, title: content.title, content: JSON.stringify(content), content_hash: hash, now };
        if (existing) repo.updateScenario({ ...row, id: existing.id });
        else repo.insertScenario({ ...row, id: deps.newId(), key, builtin: 1, created_by: null });
        changed++;
      }
    }
    for (const b of repo.listBuiltinScenarioKeys()) {
      if (b.removed_at === null && !shipped.has(`${b.key}\u0000${b.language}`)) {
        repo.removeScenario(b.id, now);
        changed++;
      }
    }
  })();
  return { changed };
}
