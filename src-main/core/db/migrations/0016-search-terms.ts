import type { Migration } from '../migration';

/**
 * The words in the full-text index, so a typed word can be searched as the words it starts
 * ("order" → order OR orders OR ordered): FTS5 reads every match of a prefix term before it can
 * return the newest (12–19 ms for "order" at 2M messages) but stops an OR of words at the page.
 * Filled from the index's own vocabulary; the store adds each new word as it indexes. Words are
 * never removed: one that no longer matches anything only widens an OR by a term that finds nothing.
 */
export const migration0016: Migration = {
  version: 16,
  name: 'search-terms',
  up(db) {
    db.exec(`
      CREATE TABLE search_terms (term TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;
      CREATE VIRTUAL TABLE temp.search_vocabulary USING fts5vocab(main, search_index, 'row');
      INSERT INTO search_terms SELECT term FROM temp.search_vocabulary WHERE unicode(term) < 11904 OR unicode(term) > 40959;
      DROP TABLE temp.search_vocabulary;
    `);
  },
};
