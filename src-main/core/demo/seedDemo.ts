import type Database from 'better-sqlite3';
import { customerInputSchema } from '../../contract/customers';
import { CATEGORIES, type Category, type Channel, type Locale } from '../../contract/primitives';
import type { CustomersRepo } from '../customers/customersRepo';
import type { CustomersService } from '../customers/customersService';
import type { InteractionRecorder } from '../interactions/recordInteraction';
import type { IdGenerator } from '../shared/ids';
import { createRandom, type Random } from '../shared/random';
import { makeDemoPerson } from './demoPeople';
import type { Pools } from './pools';

const DAY = 86_400_000;
const AGENTS: Record<Locale, string[]> = { 'zh-CN': ['林晓', '周宁', '陈思'], 'zh-TW': ['張雅婷', '吳冠宇'], en: ['Emma', 'Lucas'] };
const CHANNELS_BY_LANGUAGE: Record<Locale, Channel[]> = {
  'zh-CN': ['phone', 'phone', 'wechat', 'wechat', 'weibo', 'email', 'webchat'],
  'zh-TW': ['phone', 'phone', 'line', 'line', 'messenger', 'email', 'webchat'],
  en: ['email', 'email', 'phone', 'whatsapp', 'telegram', 'messenger', 'webchat'],
};
const ORDER_STATUSES = ['paid', 'shipped', 'delivered', 'completed', 'completed', 'return-requested', 'refunded', 'cancelled'] as const;
const CARRIERS: Record<Locale, string[]> = { 'zh-CN': ['顺丰速运', '京东物流', '中通快递'], 'zh-TW': ['黑貓宅急便', '新竹物流', '7-ELEVEN 交貨便'], en: ['DHL', 'UPS', 'FedEx'] };

export interface SeedDeps {
  db: Database.Database;
  pools: Pools;
  customersService: CustomersService;
  customersRepo: CustomersRepo;
  record: InteractionRecorder;
  newId: IdGenerator;
  now: number;
}

function pickLanguage(r: Random): Locale {
  const x = r.next();
  return x < 0.55 ? 'zh-CN' : x < 0.8 ? 'zh-TW' : 'en';
}

function addressFor(channel: Channel, detail: ReturnType<CustomersService['get']>): string {
  if (channel === 'phone') return detail.phones[0]?.raw ?? '';
  if (channel === 'email') return detail.emails[0]?.email ?? '';
  return detail.handles.find((h) => h.channel === channel)?.handle ?? detail.fullName;
}

/**
 * A living demo workspace: customers in three languages with membership, orders, and a few weeks
 * of calls, emails and social conversations, some still waiting for an answer.
 */
export function seedDemo(deps: SeedDeps, options: { customers: number; seed: number }): { customers: number; interactions: number } {
  const { pools, now } = deps;
  const r = createRandom(options.seed);
  let interactionCount = 0;
  let orderSerial = 0;
  deps.db.transaction(() => {
    for (let i = 0; i < options.customers; i++) {
      const language = pickLanguage(r);
      const person = makeDemoPerson(pools, r, language, i + 1);
      const { tier, ...input } = person;
      const createdAt = now - r.int(40, 900) * DAY;
      const id = deps.customersService.insert(customerInputSchema.parse(input), { createdAt });
      if (tier) {
        deps.customersRepo.upsertMembership(id, tier, r.int(0, 30_000), createdAt, now + r.int(-20, 330) * DAY, now);
      }
      const orders: string[] = [];
      for (let o = r.int(0, 4); o > 0; o--) {
        const product = r.pick(pools.products);
        const orderedAt = now - r.int(1, 120) * DAY - r.int(0, DAY);
        const status = r.pick(ORDER_STATUSES);
        const number = `SO${new Date(orderedAt).toISOString().slice(0, 10).replace(/-/g, '')}${String(++orderSerial).padStart(5, '0')}`;
        orders.push(number);
        deps.customersRepo.insertOrder({
          id: deps.newId(), customerId: id, number, orderedAt, itemsSummary: `${product[language]} × ${r.int(1, 2)}`,
          amountCents: Math.round(product.price * 100), currency: language === 'zh-TW' ? 'TWD' : language === 'en' ? 'USD' : 'CNY',
          status, carrier: status === 'paid' || status === 'cancelled' ? null : r.pick(CARRIERS[language]),
          trackingNumber: status === 'paid' || status === 'cancelled' ? null : `${r.int(1000, 9999)}${r.int(10_000_000, 99_999_999)}`,
          now,
        });
      }
      const detail = deps.customersService.get(id);
      for (let k = r.int(1, 9); k > 0; k--) {
        const recent = k === 1 && r.chance(0.06);
        recordOne(deps, r, detail, language, recent ? now - r.int(20, 600) * 1000 : now - r.int(0, 35) * DAY - r.int(0, DAY), recent);
        interactionCount++;
      }
    }
    // Strangers: people who wrote or called before anyone knew them.
    for (let u = 0; u < 4; u++) {
      const language = pickLanguage(r);
      const channel = r.pick(['phone', 'email', 'wechat', 'line'] as const);
      const category = r.pick(CATEGORIES);
      const at = now - r.int(30, 3600) * 1000;
      deps.record(
        {
          customerId: null, channel, direction: 'inbound',
          address: channel === 'phone' ? `+86 1${r.int(30, 99)}${r.int(1000_0000, 9999_9999)}` : channel === 'email' ? `visitor${u}@example.com` : `guest_${r.int(1000, 9999)}`,
          subject: channel === 'email' ? r.pick(pools.emailSubjects[language][category]) : null,
          category, status: 'open', startedAt: at, endedAt: null, durationSeconds: null, firstResponseAt: null,
          slaDueAt: at + (channel === 'email' ? 8 * 3600_000 : channel === 'phone' ? 15_000 : 30_000),
          messages: [{ direction: 'inbound', author: '', body: r.pick(pools.inbound[language][category]), sentAt: at }],
        },
        now,
      );
      interactionCount++;
    }
  })();
  return { customers: options.customers, interactions: interactionCount };
}

function recordOne(deps: SeedDeps, r: Random, detail: ReturnType<CustomersService['get']>, language: Locale, at: number, waiting: boolean): void {
  const { pools } = deps;
  const channel = r.pick(CHANNELS_BY_LANGUAGE[language]);
  const category: Category = r.pick(CATEGORIES);
  const agent = r.pick(AGENTS[language]);
  const direction = channel === 'phone' && r.chance(0.3) ? 'outbound' : 'inbound';
  const address = addressFor(channel, detail);
  if (channel === 'phone') {
    const talk = r.int(40, 900);
    deps.record(
      {
        customerId: detail.id, channel, direction, address, subject: null, category, status: 'resolved',
        startedAt: at, endedAt: at + talk * 1000, durationSeconds: talk, firstResponseAt: at + r.int(3, 14) * 1000, slaDueAt: at + 15_000,
        messages: [{ direction: 'outbound', author: agent, body: r.pick(pools.callSummaries[language][category]), sentAt: at + talk * 1000 }],
      },
      deps.now,
    );
    return;
  }
  const messages: { direction: 'inbound' | 'outbound'; author: string; body: string; sentAt: number }[] = [];
  let t = at;
  const turns = waiting ? 1 : r.int(1, 3);
  let firstResponseAt: number | null = null;
  for (let turn = 0; turn < turns; turn++) {
    messages.push({ direction: 'inbound', author: detail.fullName, body: r.pick(pools.inbound[language][category]), sentAt: t });
    if (waiting) break;
    t += channel === 'email' ? r.int(10, 300) * 60_000 : r.int(5, 150) * 1000;
    firstResponseAt ??= t;
    messages.push({ direction: 'outbound', author: agent, body: r.pick(pools.agentReplies[language][category]), sentAt: t });
    t += r.int(1, 20) * 60_000;
  }
  const slaMs = channel === 'email' ? 8 * 3600_000 : 30_000;
  deps.record(
    {
      customerId: detail.id, channel, direction: 'inbound', address,
      subject: channel === 'email' ? r.pick(pools.emailSubjects[language][category]) : null,
      category, status: waiting ? 'open' : r.chance(0.85) ? 'resolved' : 'waiting',
      startedAt: at, endedAt: waiting ? null : t, durationSeconds: null, firstResponseAt, slaDueAt: at + slaMs, messages,
    },
    deps.now,
  );
}
