import type { Migration } from '../migration';
import { INDEX_TOKEN_CHARS, toIndexText } from '../../search/fold';

/**
 * The script library, knowledge base and canned responses, and one full-text index over them and
 * every interaction message. The index holds folded text (one token per Han character, see
 * search/fold.ts); search_docs maps its rowids to the records they index. Rowids grow with
 * insertion, so "newest first" is a reverse rowid walk that stops at the page size.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'library-and-search',
  up(db) {
    db.exec(`
      CREATE TABLE scripts (
        id TEXT PRIMARY KEY,
        key TEXT NOT NULL,
        builtin INTEGER NOT NULL CHECK (builtin IN (0, 1)),
        language TEXT NOT NULL,
        title TEXT NOT NULL,
        category TEXT NOT NULL,
        tags TEXT NOT NULL DEFAULT '[]',
        summary TEXT NOT NULL DEFAULT '',
        steps TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        content_hash TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX scripts_builtin_key ON scripts (key, language) WHERE builtin = 1;
      CREATE INDEX scripts_language_category ON scripts (language, category, title);

      CREATE TABLE script_versions (
        id TEXT PRIMARY KEY,
        script_id TEXT NOT NULL REFERENCES scripts (id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        title TEXT NOT NULL,
        category TEXT NOT NULL,
        tags TEXT NOT NULL,
        summary TEXT NOT NULL,
        steps TEXT NOT NULL,
        saved_at INTEGER NOT NULL,
        UNIQUE (script_id, version)
      ) STRICT;

      CREATE TABLE script_runs (
        id TEXT PRIMARY KEY,
        script_id TEXT NOT NULL REFERENCES scripts (id) ON DELETE CASCADE,
        interaction_id TEXT REFERENCES interactions (id) ON DELETE SET NULL,
        customer_id TEXT REFERENCES customers (id) ON DELETE SET NULL,
        path TEXT NOT NULL DEFAULT '[]',
        checked TEXT NOT NULL DEFAULT '[]',
        started_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX script_runs_interaction ON script_runs (interaction_id);

      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        key TEXT NOT NULL,
        builtin INTEGER NOT NULL CHECK (builtin IN (0, 1)),
        language TEXT NOT NULL,
        title TEXT NOT NULL,
        category TEXT NOT NULL,
        tags TEXT NOT NULL DEFAULT '[]',
        body TEXT NOT NULL,
        last_reviewed INTEGER,
        content_hash TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX articles_builtin_key ON articles (key, language) WHERE builtin = 1;
      CREATE INDEX articles_language_category ON articles (language, category, title);

      CREATE TABLE canned_responses (
        id TEXT PRIMARY KEY,
        key TEXT NOT NULL,
        builtin INTEGER NOT NULL CHECK (builtin IN (0, 1)),
        language TEXT NOT NULL,
        title TEXT NOT NULL,
        category TEXT NOT NULL,
        shortcut TEXT NOT NULL,
        body TEXT NOT NULL,
        content_hash TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX canned_builtin_key ON canned_responses (key, language) WHERE builtin = 1;
      CREATE INDEX canned_language_shortcut ON canned_responses (language, shortcut);

      CREATE TABLE search_docs (
        rowid INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        ref_id TEXT NOT NULL,
        at INTEGER NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX search_docs_ref ON search_docs (kind, ref_id);
    `);
    // The tokenizer option is a constant of ours (CJK punctuation and the gap token as token
    // characters); a virtual table's arguments cannot be bound parameters.
    db.exec(`CREATE VIRTUAL TABLE search_index USING fts5(body, content='', contentless_delete=1, tokenize="unicode61 remove_diacritics 2 tokenchars '${INDEX_TOKEN_CHARS}'")`);

    // Index the messages stored before this version.
    const insertDoc = db.prepare('INSERT INTO search_docs (kind, ref_id, at) VALUES (?, ?, ?)');
    const insertText = db.prepare('INSERT INTO search_index (rowid, body) VALUES (?, ?)');
    const rows = db.prepare('SELECT id, body, sent_at FROM messages ORDER BY sent_at, id').iterate() as Iterable<{ id: string; body: string; sent_at: number }>;
    for (const m of rows) {
      const { lastInsertRowid } = insertDoc.run('message', m.id, m.sent_at);
      insertText.run(lastInsertRowid, toIndexText(m.body));
    }
  },
};
