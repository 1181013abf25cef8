import type { Migration } from '../migration';

/**
 * Search ranks its matches by last contact. At 1M customers a name, pinyin or initials prefix
 * matches up to 1,000 customers, and each match cost a random read of its (wide) table row just
 * for last_contact_at and id; a phone tail or email prefix cost a row read of the contact point
 * and then of the customer. These indexes carry what the ranking reads, so the candidates come
 * from index pages alone:
 * - the three name prefix indexes gain (last_contact_at DESC, id): recency order within a name,
 *   so when a prefix reaches the 1,000-candidate cap the candidates kept are each name's most
 *   recently contacted customers (before: insertion order), never the least recent;
 * - phone tails and email prefixes gain customer_id (the customer's last contact is then one
 *   lookup by id; an (id, last_contact_at) index measured slower than the id index and the row).
 * The name indexes now change when last_contact_at does (each send): three more index entries
 * rewritten per send, measured against the send's target.
 * Names are kept where an index is replaced, so plans and tests still name the same index.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'search-rank-indexes',
  up(db) {
    db.exec(`
      DROP INDEX customers_search_name;
      CREATE INDEX customers_search_name ON customers (search_name, last_contact_at DESC, id);
      DROP INDEX customers_name_pinyin;
      CREATE INDEX customers_name_pinyin ON customers (name_pinyin, last_contact_at DESC, id);
      DROP INDEX customers_name_initials;
      CREATE INDEX customers_name_initials ON customers (name_initials, last_contact_at DESC, id);
      DROP INDEX customer_phones_reversed;
      CREATE INDEX customer_phones_reversed ON customer_phones (reversed, customer_id);
      DROP INDEX customer_emails_lower;
      CREATE INDEX customer_emails_lower ON customer_emails (email_lower, customer_id);
    `);
  },
};
