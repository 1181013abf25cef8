import type Database from 'better-sqlite3';

export interface ScriptRow {
  id: string; key: string; builtin: number; language: string; title: string; category: string; tags: string; summary: string;
  steps: string; version: number; content_hash: string; created_at: number; updated_at: number;
}
export interface ArticleRow {
  id: string; key: string; builtin: number; language: string; title: string; category: string; tags: string; body: string;
  last_reviewed: number | null; content_hash: string; created_at: number; updated_at: number;
}
export interface CannedRow {
  id: string; key: string; builtin: number; language: string; title: string; category: string; shortcut: string; body: string;
  content_hash: string; created_at: number; updated_at: number;
}
export interface RunRow {
  id: string; script_id: string; interaction_id: string | null; customer_id: string | null; path: string; checked: string; started_at: number; updated_at: number;
}

/** Scripts (with versions and runs), knowledge articles and canned responses. */
export function createLibraryRepo(db: Database.Database) {
  const s = {
    insertScript: db.prepare(`INSERT INTO scripts (id, key, builtin, language, title, category, tags, summary, steps, version, content_hash, created_at, updated_at)
      VALUES (@id, @key, @builtin, @language, @title, @category, @tags, @summary, @steps, @version, @content_hash, @created_at, @updated_at)`),
    updateScript: db.prepare(`UPDATE scripts SET language = @language, title = @title, category = @category, tags = @tags, summary = @summary,
      steps = @steps, version = @version, content_hash = @content_hash, updated_at = @updated_at WHERE id = @id`),
    scriptById: db.prepare('SELECT * FROM scripts WHERE id = ?'),
    builtinScript: db.prepare('SELECT * FROM scripts WHERE builtin = 1 AND key = ? AND language = ?'),
    listScripts: db.prepare(`SELECT * FROM scripts WHERE (@language IS NULL OR language = @language) AND (@category IS NULL OR category = @category)
      ORDER BY builtin DESC, category, title LIMIT 1000`),
    deleteScript: db.prepare('DELETE FROM scripts WHERE id = ? AND builtin = 0'),
    insertVersion: db.prepare(`INSERT INTO script_versions (id, script_id, version, title, category, tags, summary, steps, saved_at)
      VALUES (@id, @script_id, @version, @title, @category, @tags, @summary, @steps, @saved_at)`),
    listVersions: db.prepare('SELECT version, title, saved_at, steps FROM script_versions WHERE script_id = ? ORDER BY version DESC'),
    version: db.prepare('SELECT * FROM script_versions WHERE script_id = ? AND version = ?'),
    upsertRun: db.prepare(`INSERT INTO script_runs (id, script_id, interaction_id, customer_id, path, checked, started_at, updated_at)
      VALUES (@id, @script_id, @interaction_id, @customer_id, @path, @checked, @started_at, @updated_at)
      ON CONFLICT (id) DO UPDATE SET path = excluded.path, checked = excluded.checked, updated_at = excluded.updated_at`),
    runById: db.prepare('SELECT * FROM script_runs WHERE id = ?'),
    runsForInteraction: db.prepare('SELECT * FROM script_runs WHERE interaction_id = ? ORDER BY started_at'),
    insertArticle: db.prepare(`INSERT INTO articles (id, key, builtin, language, title, category, tags, body, last_reviewed, content_hash, created_at, updated_at)
      VALUES (@id, @key, @builtin, @language, @title, @category, @tags, @body, @last_reviewed, @content_hash, @created_at, @updated_at)`),
    updateArticle: db.prepare(`UPDATE articles SET language = @language, title = @title, category = @category, tags = @tags, body = @body,
      last_reviewed = @last_reviewed, content_hash = @content_hash, updated_at = @updated_at WHERE id = @id`),
    articleById: db.prepare('SELECT * FROM articles WHERE id = ?'),
    builtinArticle: db.prepare('SELECT * FROM articles WHERE builtin = 1 AND key = ? AND language = ?'),
    listArticles: db.prepare(`SELECT * FROM articles WHERE (@language IS NULL OR language = @language) AND (@category IS NULL OR category = @category)
      ORDER BY category, title LIMIT 2000`),
    insertCanned: db.prepare(`INSERT INTO canned_responses (id, key, builtin, language, title, category, shortcut, body, content_hash, created_at, updated_at)
      VALUES (@id, @key, @builtin, @language, @title, @category, @shortcut, @body, @content_hash, @created_at, @updated_at)`),
    updateCanned: db.prepare(`UPDATE canned_responses SET title = @title, category = @category, shortcut = @shortcut, body = @body,
      content_hash = @content_hash, updated_at = @updated_at WHERE id = @id`),
    builtinCanned: db.prepare('SELECT * FROM canned_responses WHERE builtin = 1 AND key = ? AND language = ?'),
    cannedById: db.prepare('SELECT * FROM canned_responses WHERE id = ?'),
    listCanned: db.prepare('SELECT * FROM canned_responses WHERE (@language IS NULL OR language = @language) ORDER BY category, shortcut LIMIT 2000'),
  };
  return {
    insertScript: (row: ScriptRow) => s.insertScript.run(row),
    updateScript: (row: Omit<ScriptRow, 'key' | 'builtin' | 'created_at'>) => s.updateScript.run(row),
    findScriptById: (id: string) => s.scriptById.get(id) as ScriptRow | undefined,
    findBuiltinScript: (key: string, language: string) => s.builtinScript.get(key, language) as ScriptRow | undefined,
    listScripts: (language: string | null, category: string | null) => s.listScripts.all({ language, category }) as ScriptRow[],
    deleteUserScript: (id: string) => s.deleteScript.run(id).changes > 0,
    insertScriptVersion: (row: { id: string; script_id: string; version: number; title: string; category: string; tags: string; summary: string; steps: string; saved_at: number }) =>
      s.insertVersion.run(row),
    listScriptVersions: (scriptId: string) => s.listVersions.all(scriptId) as { version: number; title: string; saved_at: number; steps: string }[],
    findScriptVersion: (scriptId: string, version: number) =>
      s.version.get(scriptId, version) as { title: string; category: string; tags: string; summary: string; steps: string } | undefined,
    saveRun: (row: RunRow) => s.upsertRun.run(row),
    findRunById: (id: string) => s.runById.get(id) as RunRow | undefined,
    listRunsForInteraction: (interactionId: string) => s.runsForInteraction.all(interactionId) as RunRow[],
    insertArticle: (row: ArticleRow) => s.insertArticle.run(row),
    updateArticle: (row: Omit<ArticleRow, 'key' | 'builtin' | 'created_at'>) => s.updateArticle.run(row),
    findArticleById: (id: string) => s.articleById.get(id) as ArticleRow | undefined,
    findBuiltinArticle: (key: string, language: string) => s.builtinArticle.get(key, language) as ArticleRow | undefined,
    listArticles: (language: string | null, category: string | null) => s.listArticles.all({ language, category }) as ArticleRow[],
    insertCanned: (row: CannedRow) => s.insertCanned.run(row),
    updateCanned: (row: Omit<CannedRow, 'key' | 'builtin' | 'language' | 'created_at'>) => s.updateCanned.run(row),
    findBuiltinCanned: (key: string, language: string) => s.builtinCanned.get(key, language) as CannedRow | undefined,
    findCannedById: (id: string) => s.cannedById.get(id) as CannedRow | undefined,
    listCanned: (language: string | null) => s.listCanned.all({ language }) as CannedRow[],
  };
}
export type LibraryRepo = ReturnType<typeof createLibraryRepo>;
