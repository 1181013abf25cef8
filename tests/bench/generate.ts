import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { CATEGORIES, LOCALES, type Channel, type Locale } from '../../src-main/contract/primitives';
import { createAuditor, createAuditRepo } from '../../src-main/core/audit/auditRepo';
import { createCustomerEditRepo } from '../../src-main/core/customers/customerEditRepo';
import { createCustomersRepo, type CustomersRepo } from '../../src-main/core/customers/customersRepo';
import { createCustomersService, type CustomersService } from '../../src-main/core/customers/customersService';
import { DB_FILE_NAME } from '../../src-main/core/createCore';
import { openDatabase } from '../../src-main/core/db/open';
import { makeDemoPerson } from '../../src-main/core/demo/demoPeople';
import { loadPools, type Pools } from '../../src-main/core/demo/pools';
import { createInteractionsRepo, type InteractionsRepo } from '../../src-main/core/interactions/interactionsRepo';
import { createInteractionRecorder, type InteractionRecorder } from '../../src-main/core/interactions/recordInteraction';
import { createSearchRepo, type NewSearchDocument, type SearchRepo } from '../../src-main/core/search/searchRepo';
import { ManualClock } from '../../src-main/core/shared/clock';
import { createIdGenerator } from '../../src-main/core/shared/ids';
import { createRandom, type Random } from '../../src-main/core/shared/random';

export interface GenerateOptions {
  customers: number;
  messages: number;
  out: string;
  seed: number;
  resourcesDir: string;
  log?: (line: string) => void;
}

export interface GenerateResult {
  customers: number;
  messages: number;
  /** Everything, from an empty folder to the closed file. */
  seconds: number;
  /** Customers with their contact points and memberships, indexes built: searchable. */
  customerSeconds: number;
  /** Conversations with their messages, search index and report rollups, last contacts raised. */
  messageSeconds: number;
}

const DAY = 86_400_000;
const BATCH = 10_000;
const CHANNELS: Channel[] = ['phone', 'email', 'wechat', 'line', 'whatsapp', 'webchat'];
/** Agents who sign the replies, per language they answer in (~20 in all, like one team). */
const AGENTS_PER_LANGUAGE: Record<Locale, number> = { 'zh-CN': 8, 'zh-TW': 6, en: 6 };

/** The generated history ends here; anything later in a generated file was written by a benchmark run. */
export const GENERATED_UNTIL = Date.UTC(2026, 10, 25, 1);

type AgentRoster = Record<Locale, string[]>;

interface Generation {
  db: Database.Database;
  clock: ManualClock;
  r: Random;
  pools: Pools;
  customersRepo: CustomersRepo;
  interactionsRepo: InteractionsRepo;
  search: SearchRepo;
  service: CustomersService;
  record: InteractionRecorder;
  /** The batch's messages, indexed together before it commits (see searchRepo.indexNewDocuments). */
  unindexed: NewSearchDocument[];
  agents: AgentRoster;
  log: (line: string) => void;
}

/**
 * Builds a database through the real store code (migrations, repos, services, the recorder with
 * its search indexing and the report triggers), deterministic for a seed. Bulk work runs in
 * transactions of 10,000 rows; synchronous=OFF while generating (a generator can be rerun; the app
 * itself never does this). The store's bulk paths replace per-row work whose cost grew with the
 * file, with the same result: indexes that take entries at random places are built once after the
 * rows are in, last contacts are raised once after the conversations are in, and each batch's
 * messages are indexed for search together.
 */
export function generate(o: GenerateOptions): GenerateResult {
  const started = performance.now();
  const g = openGeneration(o);
  const ids = loadCustomers(g, o.customers);
  const customerSeconds = (performance.now() - started) / 1000;
  const messagesStarted = performance.now();
  loadConversations(g, ids, o.messages);
  const messageSeconds = (performance.now() - messagesStarted) / 1000;
  g.db.pragma('synchronous = FULL');
  g.db.exec('ANALYZE');
  g.db.close();
  return { customers: o.customers, messages: o.messages, seconds: (performance.now() - started) / 1000, customerSeconds, messageSeconds };
}

function openGeneration(o: GenerateOptions): Generation {
  fs.mkdirSync(o.out, { recursive: true });
  const file = path.join(o.out, DB_FILE_NAME);
  fs.rmSync(file, { force: true });
  const clock = new ManualClock(GENERATED_UNTIL - 400 * DAY);
  const { db } = openDatabase(file, { now: () => clock.now() });
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -200000');
  // Checkpoints copy every page changed since the last one: rarer, a page changed by many batches is copied once.
  db.pragma('wal_autocheckpoint = 100000');
  const newId = createIdGenerator(clock);
  const customersRepo = createCustomersRepo(db);
  const interactionsRepo = createInteractionsRepo(db);
  const search = createSearchRepo(db);
  const service = createCustomersService({
    db, customers: customersRepo, edits: createCustomerEditRepo(db), interactions: interactionsRepo, clock, newId,
    audit: createAuditor(createAuditRepo(db), { newId, now: () => clock.now(), actor: () => 'generator' }),
  });
  const unindexed: NewSearchDocument[] = [];
  // Last contact is raised once after the load (raiseLastContactToInteractions): touched per
  // conversation it rewrote five customer index entries at random places each time.
  const record = createInteractionRecorder({
    interactions: interactionsRepo, customers: { touchLastContact: () => undefined }, newId,
    index: (kind, refId, at, text) => {
      unindexed.push({ kind, refId, at, text });
    },
  });
  const pools = loadPools(o.resourcesDir);
  const r = createRandom(o.seed);
  const agents = makeAgentRoster(pools, r);
  return { db, clock, r, pools, customersRepo, interactionsRepo, search, service, record, unindexed, agents, log: o.log ?? (() => undefined) };
}

/**
 * Agent names per language: Chinese names in the language's script, English first and last names.
 * All distinct, also across scripts (黄美玲 and 黃美玲 would read as one person).
 */
function makeAgentRoster(pools: Pools, r: Random): AgentRoster {
  const nameFor = (language: Locale): { name: string; key: string } => {
    if (language === 'en') {
      const name = `${r.pick(r.chance(0.5) ? pools.enFirstNames.female : pools.enFirstNames.male)} ${r.pick(pools.enLastNames)}`;
      return { name, key: name };
    }
    const surname = r.pick(pools.zhSurnames);
    const given = r.pick(r.chance(0.5) ? pools.zhGivenNames.female : pools.zhGivenNames.male);
    const form = language === 'zh-TW' ? 't' : 's';
    return { name: `${surname[form]}${given[form]}`, key: `${surname.s}${given.s}` };
  };
  const roster = {} as AgentRoster;
  const taken = new Set<string>();
  for (const language of LOCALES) {
    roster[language] = [];
    while (roster[language].length < AGENTS_PER_LANGUAGE[language]) {
      const { name, key } = nameFor(language);
      if (taken.has(key)) continue;
      taken.add(key);
      roster[language].push(name);
    }
  }
  return roster;
}

/** Returns each customer's id and language, in insertion order. */
function loadCustomers(g: Generation, count: number): { ids: string[]; languages: Locale[] } {
  const started = performance.now();
  const ids: string[] = [];
  const languages: Locale[] = [];
  g.customersRepo.contactPointIndexes.dropIndexes();
  g.customersRepo.lastContactIndexes.dropIndexes();
  for (let done = 0; done < count; ) {
    const n = Math.min(BATCH, count - done);
    g.db.transaction(() => {
      for (let i = 0; i < n; i++) {
        const serial = done + i + 1;
        const { id, language } = insertCustomer(g, serial);
        ids.push(id);
        languages.push(language);
      }
    })();
    done += n;
    if (done % 100_000 === 0 || done === count) g.log(`customers ${done}/${count} (${rate(done, started)}/s)`);
  }
  const indexing = performance.now();
  g.customersRepo.contactPointIndexes.buildIndexes();
  g.log(`contact point indexes built in ${seconds(indexing)} s; customers in all ${rate(count, started)}/s`);
  return { ids, languages };
}

function insertCustomer(g: Generation, serial: number): { id: string; language: Locale } {
  const x = g.r.next();
  const language: Locale = x < 0.55 ? 'zh-CN' : x < 0.8 ? 'zh-TW' : 'en';
  const { tier, ...person } = makeDemoPerson(g.pools, g.r, language, serial);
  // Time moves forward so ids (ULIDs) stay time-ordered like real data.
  g.clock.advance(20);
  const now = g.clock.now();
  // makeDemoPerson returns validated input (a unit test holds it to the schema): no per-row parse.
  const id = g.service.insert(person, { createdAt: now });
  if (tier) g.customersRepo.upsertMembership(id, tier, g.r.int(0, 30_000), now, GENERATED_UNTIL + g.r.int(-30, 330) * DAY, now);
  return { id, language };
}

function loadConversations(g: Generation, customers: { ids: string[]; languages: Locale[] }, count: number): void {
  const started = performance.now();
  g.interactionsRepo.channelTimelineIndexes.dropIndexes();
  for (let done = 0; done < count; ) {
    const n = Math.min(BATCH, count - done);
    g.db.transaction(() => {
      for (let made = 0; made < n; ) made += recordConversation(g, customers, n - made);
      g.search.indexNewDocuments(g.unindexed.splice(0));
    })();
    done += n;
    if (done % 200_000 === 0 || done === count) g.log(`messages ${done}/${count} (${rate(done, started)}/s)`);
  }
  const finishing = performance.now();
  g.interactionsRepo.channelTimelineIndexes.buildIndexes();
  g.db.transaction(() => g.customersRepo.raiseLastContactToInteractions())();
  g.customersRepo.lastContactIndexes.buildIndexes();
  g.log(`last contacts raised, indexes built in ${seconds(finishing)} s; messages in all ${rate(count, started)}/s`);
}

/** One conversation of one to three turns (never more than `room` messages); returns how many messages it has. */
function recordConversation(g: Generation, customers: { ids: string[]; languages: Locale[] }, room: number): number {
  const { r, pools } = g;
  const k = r.int(0, customers.ids.length - 1);
  const language = customers.languages[k]!;
  const category = r.pick(CATEGORIES);
  const channel = r.pick(CHANNELS);
  const turns = Math.min(room, r.int(1, 3));
  const agent = r.pick(g.agents[language]);
  g.clock.advance(500);
  const at = g.clock.now();
  const messages = Array.from({ length: turns }, (_, t) => {
    const inbound = t % 2 === 0;
    return {
      direction: inbound ? ('inbound' as const) : ('outbound' as const),
      author: inbound ? '' : agent,
      body: inbound ? r.pick(pools.inbound[language][category]) : r.pick(pools.agentReplies[language][category]),
      sentAt: at + t * 60_000,
    };
  });
  g.record(
    {
      customerId: r.chance(0.97) ? customers.ids[k]! : null, channel, direction: 'inbound', address: '', subject: channel === 'email' ? r.pick(pools.emailSubjects[language][category]) : null,
      category, status: r.chance(0.02) ? 'open' : 'resolved', startedAt: at, endedAt: at + turns * 60_000, durationSeconds: channel === 'phone' ? r.int(30, 900) : null,
      firstResponseAt: turns > 1 ? at + 60_000 : null, slaDueAt: at + 30_000, messages,
    },
    at,
  );
  return turns;
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
const rate = (done: number, since: number) => Math.round(done / ((performance.now() - since) / 1000));
