import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src-main/core/db/open';

describe('migration search-rank-indexes', () => {
  it('ranks name, phone-tail and email matches from index pages alone', () => {
    const { db } = openDatabase(':memory:');
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ p: 'x', limit: 1000 }) as { detail: string }[]).map((r) => r.detail).join(' | ');
    for (const column of ['search_name', 'name_pinyin', 'name_initials']) {
      const index = column === 'search_name' ? 'customers_search_name' : `customers_${column}`;
      expect(plan(`SELECT id, last_contact_at FROM customers WHERE ${column} >= @p AND ${column} < @p || char(1114111) LIMIT @limit`)).toMatch(
        new RegExp(`USING COVERING INDEX ${index} `),
      );
    }
    const tail = plan(`SELECT p.customer_id, c.last_contact_at FROM customer_phones p JOIN customers c ON c.id = p.customer_id
      WHERE p.reversed >= @p AND p.reversed < @p || char(1114111) LIMIT @limit`);
    expect(tail).toMatch(/USING COVERING INDEX customer_phones_reversed .*sqlite_autoindex_customers_1 \(id=\?\)/);
    const email = plan(`SELECT e.customer_id, c.last_contact_at FROM customer_emails e JOIN customers c ON c.id = e.customer_id
      WHERE e.email_lower >= @p AND e.email_lower < @p || char(1114111) LIMIT @limit`);
    expect(email).toMatch(/USING COVERING INDEX customer_emails_lower .*sqlite_autoindex_customers_1 \(id=\?\)/);
    // Within one name, most recent first: a capped candidate list keeps the most recently contacted.
    const columns = db.prepare('SELECT name, "desc" FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno').all('customers_search_name');
    expect(columns).toEqual([{ name: 'search_name', desc: 0 }, { name: 'last_contact_at', desc: 1 }, { name: 'id', desc: 0 }]);
    db.close();
  });
});
