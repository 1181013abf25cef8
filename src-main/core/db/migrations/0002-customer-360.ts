import type { Migration } from '../migration';

/**
 * Customer 360: an append-only audit trail (erasures, merges, exports, imports) and the indexes
 * the customer filters and the per-channel timeline need.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'customer-360',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        id TEXT PRIMARY KEY,
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT,
        details TEXT NOT NULL DEFAULT '{}'
      ) STRICT;
      CREATE INDEX audit_log_at ON audit_log (at);
      CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

      CREATE INDEX customers_owner ON customers (owner) WHERE owner IS NOT NULL;
      CREATE INDEX customers_key_accounts ON customers (last_contact_at DESC) WHERE is_key_account = 1;
      CREATE INDEX memberships_tier ON memberships (tier);
      CREATE INDEX interactions_customer_channel ON interactions (customer_id, channel, started_at DESC, id DESC);
    `);
  },
};
