import type Database from 'better-sqlite3';
import { isHan, toIndexText } from './fold';

export type SearchKind = import('../../contract/library').SearchKind;
export interface DocHit {
  rowid: number;
  kind: SearchKind;
  ref_id: string;
  at: number;
}

/** Runs of letters and digits, as the tokenizer cuts words; Han characters are tokens of one and never words. */
const WORD = /[\p{L}\p{N}]+/gu;
const wordsOf = (indexed: string) => new Set((indexed.match(WORD) ?? []).filter((w) => !isHan(w[0]!)));

export interface NewSearchDocument {
  kind: SearchKind;
  refId: string;
  at: number;
  text: string;
}

/** The full-text index: folded text in FTS5, which record each rowid stands for, and its words. */
export function createSearchRepo(db: Database.Database) {
  const insertDoc = db.prepare('INSERT INTO search_docs (kind, ref_id, at) VALUES (?, ?, ?)');
  const insertText = db.prepare('INSERT INTO search_index (rowid, body) VALUES (?, ?)');
  const findDoc = db.prepare('SELECT rowid FROM search_docs WHERE kind = ? AND ref_id = ?').pluck();
  const deleteText = db.prepare('DELETE FROM search_index WHERE rowid = ?');
  const deleteDocRow = db.prepare('DELETE FROM search_docs WHERE rowid = ?');
  // Up to ~100 pages of merge work, only where a level has 4 segments (FTS5's usermerge); see 0019.
  const mergeStep = db.prepare("INSERT INTO search_index(search_index, rank) VALUES('merge', 100)");
  const insertTerm = db.prepare('INSERT OR IGNORE INTO search_terms (term) VALUES (?)');
  const termsWithPrefix = db.prepare('SELECT term FROM search_terms WHERE term >= @p AND term < @p || char(1114111) ORDER BY term LIMIT @limit').pluck();
  const messageDocsOfCustomer = db.prepare(`
    SELECT d.rowid FROM search_docs d
    JOIN messages m ON m.id = d.ref_id
    JOIN interactions i ON i.id = m.interaction_id
    WHERE d.kind = 'message' AND i.customer_id = ?
    UNION ALL
    SELECT d.rowid FROM search_docs d JOIN notes n ON n.id = d.ref_id
    WHERE d.kind = 'note' AND n.customer_id = ?
    UNION ALL
    SELECT d.rowid FROM search_docs d JOIN cases k ON k.id = d.ref_id
    WHERE d.kind = 'case' AND k.customer_id = ?`).pluck();

  // Newest first: FTS5 walks its doclists by descending rowid and the LIMIT stops it early.
  const newest = db.prepare(`
    SELECT d.rowid, d.kind, d.ref_id, d.at FROM search_index s JOIN search_docs d ON d.rowid = s.rowid
    WHERE search_index MATCH @match AND s.rowid < @before
      AND (@kinds IS NULL OR d.kind IN (SELECT value FROM json_each(@kinds)))
    ORDER BY s.rowid DESC LIMIT @limit`);
  // Relevance is bm25 over a bounded window of the newest matches: ranking every match of a
  // common character would cost seconds.
  const relevant = db.prepare(`
    SELECT d.rowid, d.kind, d.ref_id, d.at FROM (
      SELECT s.rowid AS rid, bm25(search_index) AS score FROM search_index s
      WHERE search_index MATCH @match ORDER BY s.rowid DESC LIMIT @window
    ) w JOIN search_docs d ON d.rowid = w.rid
    WHERE (@kinds IS NULL OR d.kind IN (SELECT value FROM json_each(@kinds)))
    ORDER BY w.score LIMIT @limit`);

  function remove(rowid: number): void {
    deleteText.run(rowid);
    deleteDocRow.run(rowid);
  }

  return {
    indexDocument(kind: SearchKind, refId: string, at: number, text: string): void {
      const existing = findDoc.get(kind, refId) as number | undefined;
      if (existing !== undefined) remove(existing);
      const { lastInsertRowid } = insertDoc.run(kind, refId, at);
      const indexed = toIndexText(text);
      insertText.run(lastInsertRowid, indexed);
      for (const term of wordsOf(indexed)) insertTerm.run(term);
    },
    /** Indexed words starting with prefix, at most max of them, else null (a short prefix of a common start). */
    expandWord(prefix: string, max = 200): string[] | null {
      const terms = termsWithPrefix.all({ p: prefix, limit: max + 1 }) as string[];
      return terms.length > max ? null : terms;
    },
    /**
     * Records created in this transaction, which nothing can have indexed yet (no lookup of an
     * earlier entry; the unique ref index still refuses a second), in order: a bulk load indexes a
     * batch together because FTS5 writes out what it holds in memory at every statement savepoint,
     * and each conversation's inserts open one, so indexing as each was stored left a tiny segment
     * per conversation to merge.
     */
    indexNewDocuments(docs: readonly NewSearchDocument[]): void {
      for (const d of docs) {
        const { lastInsertRowid } = insertDoc.run(d.kind, d.refId, d.at);
        const indexed = toIndexText(d.text);
        insertText.run(lastInsertRowid, indexed);
        for (const term of wordsOf(indexed)) insertTerm.run(term);
      }
    },
    /** A bounded step of segment merging, for idle moments (automerge is off: writes never merge). */
    mergeSome(): void {
      mergeStep.run();
    },
    removeDocument(kind: SearchKind, refId: string): void {
      const existing = findDoc.get(kind, refId) as number | undefined;
      if (existing !== undefined) remove(existing);
    },
    /** Before a customer is erased: none of their messages, notes or cases may stay findable. */
    removeMessagesOfCustomer(customerId: string): number {
      const rowids = messageDocsOfCustomer.all(customerId, customerId, customerId) as number[];
      for (const r of rowids) remove(r);
      return rowids.length;
    },
    findNewest: (match: string, kinds: readonly SearchKind[] | null, limit: number, before = Number.MAX_SAFE_INTEGER) =>
      newest.all({ match, kinds: kinds ? JSON.stringify(kinds) : null, limit, before }) as DocHit[],
    findRelevant: (match: string, kinds: readonly SearchKind[] | null, limit: number, window = 2000) =>
      relevant.all({ match, kinds: kinds ? JSON.stringify(kinds) : null, limit, window }) as DocHit[],
  };
}
export type SearchRepo = ReturnType<typeof createSearchRepo>;
