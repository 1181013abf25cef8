import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { builtinArticleSchema, builtinCannedSchema, builtinScriptSchema, scriptContentSchema } from '../../contract/library';
import { LOCALES } from '../../contract/primitives';
import type { Logger } from '../api/dispatch';
import type { SearchRepo } from '../search/searchRepo';
import type { SettingsRepo } from '../settings/settingsRepo';
import type { IdGenerator } from '../shared/ids';
import { articleSearchText, cannedSearchText, scriptSearchText } from './indexText';
import type { LibraryRepo } from './libraryRepo';

const HASH_KEY = 'library.builtinsHash';
const hash = (v: unknown) => crypto.createHash('sha1').update(JSON.stringify(v)).digest('hex');

function readAll(resourcesDir: string, folder: string): { file: string; items: unknown[] }[] {
  return LOCALES.flatMap((l) => {
    const file = path.join(resourcesDir, folder, `${l}.json`);
    if (!fs.existsSync(file)) return [];
    const items = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    return Array.isArray(items) ? [{ file, items }] : [];
  });
}

/**
 * Brings the shipped scripts, articles and canned responses into the database. Built-ins are
 * keyed by (key, language) and updated when the shipped text changes; users' own copies are
 * separate rows and never touched. Skipped entirely when the shipped files have not changed.
 */
export function syncBuiltins(deps: { db: Database.Database; resourcesDir: string; library: LibraryRepo; search: SearchRepo; settings: SettingsRepo; newId: IdGenerator; now: number; logger: Logger }) {
  const { library, search, now } = deps;
  const sources = { scripts: readAll(deps.resourcesDir, 'scripts'), knowledge: readAll(deps.resourcesDir, 'knowledge'), canned: readAll(deps.resourcesDir, 'canned') };
  const overall = hash(sources);
  if (deps.settings.readAllSettings().find((s) => s.key === HASH_KEY)?.value === JSON.stringify(overall)) return { changed: 0 };
  let changed = 0;
  const warn = (file: string, i: number, why: string) => deps.logger.warn(`Built-in entry ${i} of ${file} skipped: ${why}`);

  deps.db.transaction(() => {
    for (const { file, items } of sources.scripts) {
      items.forEach((raw, i) => {
        const head = builtinScriptSchema.safeParse(raw);
        if (!head.success) return warn(file, i, head.error.message);
        const content = scriptContentSchema.safeParse({ title: head.data.title, category: head.data.category, language: head.data.language, tags: head.data.tags, summary: head.data.summary, steps: head.data.steps });
        if (!content.success) return warn(file, i, content.error.message);
        const c = content.data;
        const h = hash(c);
        const existing = library.findBuiltinScript(head.data.key, c.language);
        if (existing?.content_hash === h) return;
        const row = { title: c.title, category: c.category, language: c.language, tags: JSON.stringify(c.tags), summary: c.summary, steps: JSON.stringify(c.steps), content_hash: h, updated_at: now };
        const id = existing?.id ?? deps.newId();
        if (existing) library.updateScript({ ...row, id, version: existing.version + 1 });
        else library.insertScript({ ...row, id, key: head.data.key, builtin: 1, version: 1, created_at: now });
        search.indexDocument('script', id, now, scriptSearchText(c.title, c.summary, c.tags, c.steps));
        changed++;
      });
    }
    for (const { file, items } of sources.knowledge) {
      items.forEach((raw, i) => {
        const a = builtinArticleSchema.safeParse(raw);
        if (!a.success) return warn(file, i, a.error.message);
        const h = hash(a.data);
        const existing = library.findBuiltinArticle(a.data.key, a.data.language);
        if (existing?.content_hash === h) return;
        const reviewed = Date.parse(`${a.data.lastReviewed}T00:00:00Z`);
        const row = { title: a.data.title, category: a.data.category, language: a.data.language, tags: JSON.stringify(a.data.tags), body: a.data.body, last_reviewed: Number.isNaN(reviewed) ? null : reviewed, content_hash: h, updated_at: now };
        const id = existing?.id ?? deps.newId();
        if (existing) library.updateArticle({ ...row, id });
        else library.insertArticle({ ...row, id, key: a.data.key, builtin: 1, created_at: now });
        search.indexDocument('article', id, now, articleSearchText(a.data.title, a.data.tags, a.data.body));
        changed++;
      });
    }
    for (const { file, items } of sources.canned) {
      items.forEach((raw, i) => {
        const c = builtinCannedSchema.safeParse(raw);
        if (!c.success) return warn(file, i, c.error.message);
        const h = hash(c.data);
        const existing = library.findBuiltinCanned(c.data.key, c.data.language);
        if (existing?.content_hash === h) return;
        const id = existing?.id ?? deps.newId();
        const row = { title: c.data.title, category: c.data.category, shortcut: c.data.shortcut, body: c.data.body, content_hash: h, updated_at: now };
        if (existing) library.updateCanned({ ...row, id });
        else library.insertCanned({ ...row, id, key: c.data.key, builtin: 1, language: c.data.language, created_at: now });
        search.indexDocument('canned', id, now, cannedSearchText(c.data.title, c.data.shortcut, c.data.body));
        changed++;
      });
    }
    deps.settings.writeSetting(HASH_KEY, JSON.stringify(overall), now);
  })();
  return { changed };
}
