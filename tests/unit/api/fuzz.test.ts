import Database from 'better-sqlite3';
import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../src-main/contract/errors';
import { METHOD_NAMES } from '../../../src-main/contract/methods';
import { DB_FILE_NAME } from '../../../src-main/core/createCore';
import { makeCore, ok } from '../../helpers/core';

/**
 * What a second, read-only connection sees: row counts of every table and data_version, which
 * changes whenever another connection (the core's) commits anything at all.
 */
function fingerprint(reader: Database.Database): string {
  const tables = reader.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%'").pluck().all() as string[];
  const counts = tables.map((t) => `${t}:${reader.prepare(`SELECT count(*) FROM "${t.replace(/"/g, '')}"`).pluck().get() as number}`);
  return `${counts.join(',')}|${reader.pragma('data_version', { simple: true }) as number}`;
}

// Near-valid inputs: the right field names with hostile values, which reach deeper than random data.
const hostileString = fc.oneof(
  fc.constantFrom('', ' ', "'; DROP TABLE customers; --", '<script>alert(1)</script>', '\u0000', '\u202Eevil', '退款'.repeat(5000), '😀'.repeat(100), 'x'.repeat(300_000), '01JZZZZZZZZZZZZZZZZZZZZZZZ', '__proto__', 'constructor'),
  fc.string({ maxLength: 50 }),
);
const hostileValue = fc.oneof(hostileString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(hostileString, { maxLength: 3 }), fc.constant(undefined));
const nearValidInput = fc.dictionary(
  fc.constantFrom('id', 'query', 'fullName', 'phones', 'emails', 'customerId', 'interactionId', 'body', 'text', 'limit', 'offset', 'kind', 'refId', 'content', 'json', 'importId', 'chunk', 'mapping', 'language', 'dueAt', 'status', 'until', 'ms', '__proto__'),
  hostileValue,
  { maxKeys: 4 },
);
const methods = METHOD_NAMES.filter((m) => !m.startsWith('test.'));

/** A random session.signOut or setMode would leave the rest of the run refused at the door: go back to the live desk. */
function backAtTheDesk(core: ReturnType<typeof makeCore>['core'], profileId: string) {
  const s = core.dispatch('session.current', {});
  if (s.ok && ((s.value as { profile: unknown }).profile === null || (s.value as { mode: string }).mode !== 'live')) {
    core.dispatch('session.signIn', { id: profileId });
    core.dispatch('session.setMode', { mode: 'live' });
  }
}
const supervisorOf = (core: ReturnType<typeof makeCore>['core']) => (ok<{ profile: { id: string } }>(core.dispatch('session.current', {}))).profile.id;

describe('every contract method under random and hostile input', () => {
  it('answers with a structured result and never an internal error', () => {
    const { core } = makeCore({ demo: true, demoCustomers: 5 });
    const me = supervisorOf(core);
    fc.assert(
      fc.property(fc.constantFrom(...methods), fc.oneof(fc.anything(), nearValidInput), (method, input) => {
        backAtTheDesk(core, me);
        const result = core.dispatch(method, input);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) {
          expect(ERROR_CODES).toContain(result.error.code);
          expect(result.error.code).not.toBe('INTERNAL');
        }
      }),
      { numRuns: 1500 },
    );
    backAtTheDesk(core, me);
    expect(core.dispatch('customers.list', {}).ok).toBe(true);
    // Thousands of calls, some of them whole exports: minutes on a busy machine is fine, speed is the bench's job.
  }, 120_000);

  it('leaves the database untouched whenever it refuses the input', () => {
    const { core, dataDir } = makeCore({ demo: true, demoCustomers: 5 });
    const reader = new Database(path.join(dataDir, DB_FILE_NAME), { readonly: true });
    const me = supervisorOf(core);
    let refused = 0;
    fc.assert(
      fc.property(fc.constantFrom(...methods), nearValidInput, (method, input) => {
        backAtTheDesk(core, me);
        const before = fingerprint(reader);
        const result = core.dispatch(method, input);
        if (!result.ok) {
          refused++;
          expect(fingerprint(reader), `${method} ${JSON.stringify(input)?.slice(0, 200)}`).toBe(before);
        }
      }),
      { numRuns: 800 },
    );
    expect(refused).toBeGreaterThan(400);
    // The fingerprint does see writes: an accepted change moves it.
    backAtTheDesk(core, me);
    const before = fingerprint(reader);
    expect(core.dispatch('settings.update', { agentName: '林晓' }).ok).toBe(true);
    expect(fingerprint(reader)).not.toBe(before);
    reader.close();
  }, 120_000);
});
