import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../src-main/core/db/migrations';
import { migrate } from '../../../src-main/core/db/migrate';
import { openDatabase } from '../../../src-main/core/db/open';

const INBOX_ORDER = 'SELECT id FROM interactions WHERE awaiting_reply = 1 ORDER BY sla_due_at, id LIMIT 1000';

describe('migration inbox-last-inbound', () => {
  it('backfills each interaction with its latest inbound message and serves the inbox order from an index', () => {
    const own = MIGRATIONS.find((m) => m.name === 'inbox-last-inbound')!;
    const before = MIGRATIONS.filter((m) => m.version < own.version);
    const { db } = openDatabase(':memory:', { migrations: before });
    const interaction = db.prepare(`INSERT INTO interactions (id, channel, direction, address, category, status, started_at, created_at, updated_at, awaiting_reply, sla_due_at)
      VALUES (?, 'wechat', 'inbound', '', 'other', 'open', ?, 1, 1, ?, 100)`);
    const message = db.prepare(`INSERT INTO messages (id, interaction_id, direction, author, body, sent_at, created_at) VALUES (?, ?, ?, '', 'x', ?, 1)`);
    interaction.run('I1', 10, 1);
    message.run('M1', 'I1', 'inbound', 20);
    message.run('M2', 'I1', 'inbound', 40);
    message.run('M3', 'I1', 'outbound', 50);
    interaction.run('I2', 10, 0);
    message.run('M4', 'I2', 'outbound', 30);

    expect(migrate(db, MIGRATIONS, () => 1)).toBe(MIGRATIONS.length - before.length);
    const rows = db.prepare('SELECT id, last_inbound_at FROM interactions ORDER BY id').all();
    expect(rows).toEqual([{ id: 'I1', last_inbound_at: 40 }, { id: 'I2', last_inbound_at: null }]);
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${INBOX_ORDER}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan).toMatch(/USING (COVERING )?INDEX interactions_inbox_by_due/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
    db.close();
  });
});
