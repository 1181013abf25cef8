import type { Migration } from '../migration';

/**
 * The first schema: settings, customers with their contact points, membership, orders, and the
 * interactions (calls, email threads, social conversations) with their messages.
 * Shared records carry ULID text ids and updated_at so a sync engine can observe them later.
 * Times are integer milliseconds since the epoch, UTC.
 */
export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE customers (
        id TEXT PRIMARY KEY,
        full_name TEXT NOT NULL,
        surname TEXT NOT NULL,
        honorific TEXT NOT NULL CHECK (honorific IN ('ms', 'mr', 'mx', 'none')),
        company TEXT,
        language TEXT NOT NULL,
        preferred_channel TEXT,
        best_time TEXT,
        preferences TEXT NOT NULL DEFAULT '',
        is_key_account INTEGER NOT NULL DEFAULT 0 CHECK (is_key_account IN (0, 1)),
        owner TEXT,
        search_name TEXT NOT NULL,
        name_pinyin TEXT NOT NULL,
        name_initials TEXT NOT NULL,
        last_contact_at INTEGER,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX customers_search_name ON customers (search_name);
      CREATE INDEX customers_name_pinyin ON customers (name_pinyin);
      CREATE INDEX customers_name_initials ON customers (name_initials);
      CREATE INDEX customers_last_contact ON customers (last_contact_at DESC, id);

      CREATE TABLE customer_phones (
        id TEXT PRIMARY KEY,
        customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
        raw TEXT NOT NULL,
        normalized TEXT NOT NULL,
        reversed TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX customer_phones_customer ON customer_phones (customer_id, position);
      CREATE INDEX customer_phones_normalized ON customer_phones (normalized);
      CREATE INDEX customer_phones_reversed ON customer_phones (reversed);

      CREATE TABLE customer_emails (
        id TEXT PRIMARY KEY,
        customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
        email TEXT NOT NULL,
        email_lower TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX customer_emails_customer ON customer_emails (customer_id, position);
      CREATE INDEX customer_emails_lower ON customer_emails (email_lower);

      CREATE TABLE customer_handles (
        id TEXT PRIMARY KEY,
        customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
        channel TEXT NOT NULL,
        handle TEXT NOT NULL,
        handle_lower TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX customer_handles_customer ON customer_handles (customer_id);
      CREATE INDEX customer_handles_lookup ON customer_handles (handle_lower, channel);

      CREATE TABLE customer_tags (
        customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (customer_id, tag)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX customer_tags_tag ON customer_tags (tag);

      CREATE TABLE memberships (
        customer_id TEXT PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
        tier TEXT NOT NULL,
        points INTEGER NOT NULL DEFAULT 0,
        member_since INTEGER,
        renewal_date INTEGER,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX memberships_renewal ON memberships (renewal_date);

      CREATE TABLE orders (
        id TEXT PRIMARY KEY,
        customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
        number TEXT NOT NULL UNIQUE,
        ordered_at INTEGER NOT NULL,
        items_summary TEXT NOT NULL,
        amount_cents INTEGER NOT NULL,
        currency TEXT NOT NULL,
        status TEXT NOT NULL,
        carrier TEXT,
        tracking_number TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX orders_customer ON orders (customer_id, ordered_at DESC);

      CREATE TABLE interactions (
        id TEXT PRIMARY KEY,
        customer_id TEXT REFERENCES customers (id) ON DELETE CASCADE,
        channel TEXT NOT NULL,
        direction TEXT NOT NULL CHECK (direction IN ('inbound', 'outbound')),
        address TEXT NOT NULL,
        subject TEXT,
        preview TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'waiting', 'resolved')),
        started_at INTEGER NOT NULL,
        ended_at INTEGER,
        duration_seconds INTEGER,
        first_response_at INTEGER,
        sla_due_at INTEGER,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX interactions_customer_time ON interactions (customer_id, started_at DESC, id DESC);
      CREATE INDEX interactions_waiting ON interactions (status, sla_due_at);

      CREATE TABLE messages (
        id TEXT PRIMARY KEY,
        interaction_id TEXT NOT NULL REFERENCES interactions (id) ON DELETE CASCADE,
        direction TEXT NOT NULL CHECK (direction IN ('inbound', 'outbound')),
        author TEXT NOT NULL,
        body TEXT NOT NULL,
        sent_at INTEGER NOT NULL,
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX messages_interaction ON messages (interaction_id, sent_at);
    `);
  },
};
