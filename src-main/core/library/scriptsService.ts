import type Database from 'better-sqlite3';
import { AppError } from '../../contract/errors';
import { scriptContentSchema, type Script, type ScriptContent, type ScriptStep, type ScriptSummary } from '../../contract/library';
import type { Locale } from '../../contract/primitives';
import type { SearchRepo } from '../search/searchRepo';
import type { Clock } from '../shared/clock';
import type { IdGenerator } from '../shared/ids';
import { scriptSearchText } from './indexText';
import type { LibraryRepo, RunRow, ScriptRow } from './libraryRepo';

function toScript(row: ScriptRow): Script {
  return {
    id: row.id,
    key: row.key,
    builtin: row.builtin === 1,
    language: row.language as Locale,
    title: row.title,
    category: row.category as Script['category'],
    tags: JSON.parse(row.tags) as string[],
    summary: row.summary,
    steps: JSON.parse(row.steps) as ScriptStep[],
    version: row.version,
    updatedAt: row.updated_at,
  };
}

function toRun(row: RunRow) {
  return {
    id: row.id, scriptId: row.script_id, interactionId: row.interaction_id, customerId: row.customer_id,
    path: JSON.parse(row.path) as string[], checked: JSON.parse(row.checked) as string[], startedAt: row.started_at, updatedAt: row.updated_at,
  };
}

/**
 * The script library: built-ins are read-only (duplicate to change them); users' scripts keep every
 * saved version and can go back to any of them; runs record the path an agent took on a call.
 */
export function createScriptsService(deps: { db: Database.Database; library: LibraryRepo; search: SearchRepo; clock: Clock; newId: IdGenerator }) {
  const { library, search, clock, newId } = deps;

  function find(id: string): ScriptRow {
    const row = library.findScriptById(id);
    if (!row) throw new AppError('NOT_FOUND', `No script with id ${id}.`, { id });
    return row;
  }
  function editable(id: string): ScriptRow {
    const row = find(id);
    if (row.builtin === 1) throw new AppError('FORBIDDEN', 'Built-in scripts are read-only; duplicate it to make your own version.', { id, reason: 'builtin' });
    return row;
  }
  function snapshot(id: string, version: number, c: ScriptContent, now: number) {
    library.insertScriptVersion({ id: newId(), script_id: id, version, title: c.title, category: c.category, tags: JSON.stringify(c.tags), summary: c.summary, steps: JSON.stringify(c.steps), saved_at: now });
  }

  const create = deps.db.transaction((c: ScriptContent, key: string): string => {
    const now = clock.now();
    const id = newId();
    library.insertScript({ id, key, builtin: 0, language: c.language, title: c.title, category: c.category, tags: JSON.stringify(c.tags), summary: c.summary, steps: JSON.stringify(c.steps), version: 1, content_hash: '', created_at: now, updated_at: now });
    snapshot(id, 1, c, now);
    search.indexDocument('script', id, now, scriptSearchText(c.title, c.summary, c.tags, c.steps));
    return id;
  });

  const update = deps.db.transaction((id: string, c: ScriptContent): void => {
    const row = editable(id);
    const now = clock.now();
    const version = row.version + 1;
    library.updateScript({ id, language: c.language, title: c.title, category: c.category, tags: JSON.stringify(c.tags), summary: c.summary, steps: JSON.stringify(c.steps), version, content_hash: '', updated_at: now });
    snapshot(id, version, c, now);
    search.indexDocument('script', id, now, scriptSearchText(c.title, c.summary, c.tags, c.steps));
  });

  const remove = deps.db.transaction((id: string): boolean => {
    editable(id);
    search.removeDocument('script', id);
    return library.deleteUserScript(id);
  });

  return {
    list(language?: Locale, category?: string, query?: string): { items: ScriptSummary[] } {
      const q = query?.trim().toLowerCase();
      const rows = library.listScripts(language ?? null, category ?? null).filter((r) => !q || r.title.toLowerCase().includes(q) || r.tags.toLowerCase().includes(q));
      return {
        items: rows.map((r) => {
          const { steps, ...rest } = toScript(r);
          return { ...rest, stepCount: steps.length };
        }),
      };
    },
    get: (id: string) => toScript(find(id)),
    create: (c: ScriptContent) => toScript(find(create(c, 'custom'))),
    update(id: string, c: ScriptContent) {
      update(id, c);
      return toScript(find(id));
    },
    duplicate(id: string) {
      const s = toScript(find(id));
      const copy = create({ title: s.title, category: s.category, language: s.language, tags: s.tags, summary: s.summary, steps: s.steps }, s.key);
      return toScript(find(copy));
    },
    delete: (id: string) => ({ deleted: remove(id) }),
    versions(id: string) {
      find(id);
      return { items: library.listScriptVersions(id).map((v) => ({ version: v.version, title: v.title, savedAt: v.saved_at, stepCount: (JSON.parse(v.steps) as unknown[]).length })) };
    },
    restore(id: string, version: number) {
      const row = editable(id);
      const v = library.findScriptVersion(id, version);
      if (!v) throw new AppError('NOT_FOUND', `Script ${id} has no version ${version}.`, { id, version });
      update(id, scriptContentSchema.parse({ title: v.title, category: v.category, language: row.language, tags: JSON.parse(v.tags), summary: v.summary, steps: JSON.parse(v.steps) }));
      return toScript(find(id));
    },
    export(id: string) {
      const s = toScript(find(id));
      const content = { format: 'agent-workstation.script', version: 1, script: { title: s.title, category: s.category, language: s.language, tags: s.tags, summary: s.summary, steps: s.steps } };
      return { filename: `script-${s.key}-${s.language}.json`, content: JSON.stringify(content, null, 2) };
    },
    import(json: string) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(json);
      } catch {
        throw new AppError('VALIDATION', 'The file is not valid JSON.', { issues: [{ path: ['json'], code: 'invalid_json', message: 'not JSON' }] });
      }
      const inner = (parsed as { script?: unknown } | null)?.script ?? parsed;
      const content = scriptContentSchema.safeParse(inner);
      if (!content.success) {
        throw new AppError('VALIDATION', 'The file is not a script this app can read.', {
          issues: content.error.issues.slice(0, 50).map((i) => ({ path: ['script', ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))], code: i.code, message: i.message })),
        });
      }
      return toScript(find(create(content.data, 'imported')));
    },
    saveRun(p: { runId?: string; scriptId: string; interactionId: string | null; customerId: string | null; path: string[]; checked: string[] }) {
      const script = toScript(find(p.scriptId));
      const ids = new Set(script.steps.map((s) => s.id));
      const unknown = [...p.path, ...p.checked].find((s) => !ids.has(s));
      if (unknown) throw new AppError('VALIDATION', `Step ${unknown} is not in this script.`, { issues: [{ path: ['path'], code: 'unknown_step', message: unknown }] });
      const now = clock.now();
      const existing = p.runId ? library.findRunById(p.runId) : undefined;
      if (p.runId && !existing) throw new AppError('NOT_FOUND', `No script run ${p.runId}.`, { id: p.runId });
      const id = existing?.id ?? newId();
      library.saveRun({ id, script_id: p.scriptId, interaction_id: existing?.interaction_id ?? p.interactionId, customer_id: existing?.customer_id ?? p.customerId, path: JSON.stringify(p.path), checked: JSON.stringify(p.checked), started_at: existing?.started_at ?? now, updated_at: now });
      return toRun(library.findRunById(id)!);
    },
    runsForInteraction: (interactionId: string) => ({ items: library.listRunsForInteraction(interactionId).map(toRun) }),
  };
}
export type ScriptsService = ReturnType<typeof createScriptsService>;
