import fs from 'node:fs';
import path from 'node:path';
import { CATEGORIES, type Channel, type Locale } from '../../src-main/contract/primitives';
import { createAuditor, createAuditRepo } from '../../src-main/core/audit/auditRepo';
import { createCustomerEditRepo } from '../../src-main/core/customers/customerEditRepo';
import { createCustomersRepo } from '../../src-main/core/customers/customersRepo';
import { createCustomersService } from '../../src-main/core/customers/customersService';
import { DB_FILE_NAME } from '../../src-main/core/createCore';
import { openDatabase } from '../../src-main/core/db/open';
import { makeDemoPerson } from '../../src-main/core/demo/demoPeople';
import { loadPools } from '../../src-main/core/demo/pools';
import { createInteractionsRepo } from '../../src-main/core/interactions/interactionsRepo';
import { createInteractionRecorder } from '../../src-main/core/interactions/recordInteraction';
import { createSearchRepo } from '../../src-main/core/search/searchRepo';
import { ManualClock } from '../../src-main/core/shared/clock';
import { createIdGenerator } from '../../src-main/core/shared/ids';
import { createRandom } from '../../src-main/core/shared/random';

export interface GenerateOptions {
  customers: number;
  messages: number;
  out: string;
  seed: number;
  resourcesDir: string;
  log?: (line: string) => void;
}

const DAY = 86_400_000;
const BATCH = 10_000;
const CHANNELS: Channel[] = ['phone', 'email', 'wechat', 'line', 'whatsapp', 'webchat'];

/**
 * Builds a database through the real store code (migrations, repos, services, the recorder with
 * its search indexing), deterministic for a seed. Bulk work runs in transactions of 10,000 rows;
 * synchronous=OFF while generating (a generator can be rerun; the app itself never does this).
 */
/** The generated history ends here; anything later in a generated file was written by a benchmark run. */
export const GENERATED_UNTIL = Date.UTC(2026, 10, 25, 1);

export function generate(o: GenerateOptions): { customers: number; messages: number; seconds: number } {
  const log = o.log ?? (() => undefined);
  fs.mkdirSync(o.out, { recursive: true });
  const file = path.join(o.out, DB_FILE_NAME);
  fs.rmSync(file, { force: true });
  const now = GENERATED_UNTIL;
  const clock = new ManualClock(now - 400 * DAY);
  const { db } = openDatabase(file, { now: () => clock.now() });
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -200000');
  const newId = createIdGenerator(clock);
  const customersRepo = createCustomersRepo(db);
  const interactionsRepo = createInteractionsRepo(db);
  const search = createSearchRepo(db);
  const service = createCustomersService({
    db, customers: customersRepo, edits: createCustomerEditRepo(db), interactions: interactionsRepo, clock, newId,
    audit: createAuditor(createAuditRepo(db), { newId, now: () => clock.now(), actor: () => 'generator' }),
  });
  const record = createInteractionRecorder({ interactions: interactionsRepo, customers: customersRepo, newId, index: search.indexDocument });
  const pools = loadPools(o.resourcesDir);
  const r = createRandom(o.seed);
  const started = performance.now();
  const ids: string[] = [];
  const languages: Locale[] = [];

  for (let done = 0; done < o.customers; ) {
    const n = Math.min(BATCH, o.customers - done);
    db.transaction(() => {
      for (let i = 0; i < n; i++) {
        const serial = done + i + 1;
        const x = r.next();
        const language: Locale = x < 0.55 ? 'zh-CN' : x < 0.8 ? 'zh-TW' : 'en';
        const { tier, ...person } = makeDemoPerson(pools, r, language, serial);
        // Time moves forward so ids (ULIDs) stay time-ordered like real data.
        clock.advance(20);
        // makeDemoPerson returns validated input (a unit test holds it to the schema): no per-row parse.
        const id = service.insert(person, { createdAt: clock.now() });
        if (tier) customersRepo.upsertMembership(id, tier, r.int(0, 30_000), clock.now(), now + r.int(-30, 330) * DAY, clock.now());
        ids.push(id);
        languages.push(language);
      }
    })();
    done += n;
    if (done % 100_000 === 0 || done === o.customers) log(`customers ${done}/${o.customers} (${Math.round(done / ((performance.now() - started) / 1000))}/s)`);
  }

  const msgStart = performance.now();
  for (let done = 0; done < o.messages; ) {
    const n = Math.min(BATCH, o.messages - done);
    db.transaction(() => {
      let made = 0;
      while (made < n) {
        const k = r.int(0, ids.length - 1);
        const language = languages[k]!;
        const category = r.pick(CATEGORIES);
        const channel = r.pick(CHANNELS);
        const turns = Math.min(n - made, r.int(1, 3));
        clock.advance(500);
        const at = clock.now();
        const messages = Array.from({ length: turns }, (_, t) => ({
          direction: (t % 2 === 0 ? 'inbound' : 'outbound') as 'inbound' | 'outbound',
          author: '',
          body: t % 2 === 0 ? r.pick(pools.inbound[language][category]) : r.pick(pools.agentReplies[language][category]),
          sentAt: at + t * 60_000,
        }));
        record(
          {
            customerId: r.chance(0.97) ? ids[k]! : null, channel, direction: 'inbound', address: '', subject: channel === 'email' ? r.pick(pools.emailSubjects[language][category]) : null,
            category, status: r.chance(0.02) ? 'open' : 'resolved', startedAt: at, endedAt: at + turns * 60_000, durationSeconds: channel === 'phone' ? r.int(30, 900) : null,
            firstResponseAt: turns > 1 ? at + 60_000 : null, slaDueAt: at + 30_000, messages,
          },
          at,
        );
        made += turns;
      }
    })();
    done += n;
    if (done % 200_000 === 0 || done === o.messages) log(`messages ${done}/${o.messages} (${Math.round(done / ((performance.now() - msgStart) / 1000))}/s)`);
  }
  db.pragma('synchronous = FULL');
  db.exec('ANALYZE');
  db.close();
  return { customers: o.customers, messages: o.messages, seconds: (performance.now() - started) / 1000 };
}
