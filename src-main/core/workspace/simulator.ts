import type Database from 'better-sqlite3';
import { CATEGORIES, type Category, type Channel, type Locale } from '../../contract/primitives';
import type { Pools } from '../demo/pools';
import type { SettingsService } from '../settings/settingsService';
import type { Clock } from '../shared/clock';
import type { Random } from '../shared/random';
import type { Scheduler } from '../shared/scheduler';
import type { ChannelConnector, Inbound } from './conversationService';

const SOCIAL: Channel[] = ['wechat', 'line', 'whatsapp', 'messenger', 'webchat', 'weibo', 'telegram'];

/**
 * The built-in channel simulator: customers write in (emails and social messages in their own
 * language, at the configured rate) and answer what agents send, so demos, training and tests
 * have a living workspace. It is also the connector that "delivers" outgoing messages.
 */
export function createChannelSimulator(deps: {
  db: Database.Database;
  pools: () => Pools | null;
  random: Random;
  clock: Clock;
  scheduler: Scheduler;
  settings: SettingsService;
  receive: (msg: Inbound) => string;
}) {
  const randomCustomer = deps.db.prepare(`
    SELECT c.id, c.full_name, c.language,
      (SELECT email FROM customer_emails e WHERE e.customer_id = c.id ORDER BY position LIMIT 1) AS email,
      (SELECT raw FROM customer_phones p WHERE p.customer_id = c.id ORDER BY position LIMIT 1) AS phone,
      (SELECT json_group_array(json_object('channel', channel, 'handle', handle)) FROM customer_handles h WHERE h.customer_id = c.id) AS handles
    FROM customers c WHERE c.rowid >= (abs(random()) % (SELECT coalesce(max(rowid), 1) FROM customers)) LIMIT 1`);
  const customerById = deps.db.prepare(`
    SELECT c.id, c.full_name, c.language,
      (SELECT email FROM customer_emails e WHERE e.customer_id = c.id ORDER BY position LIMIT 1) AS email,
      (SELECT raw FROM customer_phones p WHERE p.customer_id = c.id ORDER BY position LIMIT 1) AS phone,
      (SELECT json_group_array(json_object('channel', channel, 'handle', handle)) FROM customer_handles h WHERE h.customer_id = c.id) AS handles
    FROM customers c WHERE c.id = ?`);
  type Row = { id: string; full_name: string; language: string; email: string | null; phone: string | null; handles: string };
  let cancelNext: (() => void) | null = null;

  function inboundFrom(c: Row | undefined, channel: Channel | undefined, body?: string): Inbound | null {
    const pools = deps.pools();
    const r = deps.random;
    const language = (c?.language ?? 'zh-CN') as Locale;
    const handles = c ? (JSON.parse(c.handles) as { channel: Channel; handle: string }[]) : [];
    const chosen = channel ?? (c?.email && r.chance(0.35) ? 'email' : (handles[0]?.channel ?? r.pick(SOCIAL)));
    const category: Category = r.pick(CATEGORIES);
    const text = body ?? (pools ? r.pick(pools.inbound[language][category]) : null);
    if (!text) return null;
    const address =
      chosen === 'email' ? (c?.email ?? 'visitor@example.com') : (handles.find((h) => h.channel === chosen)?.handle ?? c?.phone ?? c?.full_name ?? `guest_${r.int(1000, 9999)}`);
    return {
      customerId: c?.id ?? null, channel: chosen, address, category, body: text, author: c?.full_name ?? '',
      subject: chosen === 'email' ? (pools ? r.pick(pools.emailSubjects[language][category]) : null) : null,
    };
  }

  function scheduleNext(): void {
    cancelNext?.();
    cancelNext = null;
    const { enabled, messagesPerHour } = deps.settings.read().simulator;
    if (!enabled || messagesPerHour <= 0) return;
    // Exponential gaps: arrivals look like a real queue, not a metronome.
    const gap = Math.max(2000, Math.round((-Math.log(1 - deps.random.next()) * 3_600_000) / messagesPerHour));
    cancelNext = deps.scheduler.at(deps.clock.now() + gap, () => {
      const msg = inboundFrom(randomCustomer.get() as Row | undefined, undefined);
      if (msg) deps.receive(msg);
      scheduleNext();
    });
  }

  const connector: ChannelConnector = {
    async deliver() {
      return { ok: true };
    },
  };

  return {
    connector,
    start: scheduleNext,
    /** Settings changed: pick up a new rate or stop. */
    restart: scheduleNext,
    stop() {
      cancelNext?.();
      cancelNext = null;
    },
    /** Now, for tests and demos: a message from a given (or random) customer. */
    inboundNow(opts: { channel?: Channel; customerId?: string; body?: string; html?: string; subject?: string }): string | null {
      const c = (opts.customerId ? customerById.get(opts.customerId) : randomCustomer.get()) as Row | undefined;
      const msg = inboundFrom(c, opts.channel, opts.body);
      return msg ? deps.receive({ ...msg, ...(opts.html ? { html: opts.html } : {}), ...(opts.subject ? { subject: opts.subject } : {}) }) : null;
    },
    /** After an agent's reply is delivered, the customer sometimes answers (social channels). */
    maybeAnswer(channel: Channel, customerId: string | null): void {
      if (!deps.settings.read().simulator.enabled || channel === 'email' || channel === 'phone' || !deps.random.chance(0.5)) return;
      deps.scheduler.at(deps.clock.now() + deps.random.int(15, 60) * 1000, () => {
        const c = customerId ? (customerById.get(customerId) as Row | undefined) : undefined;
        const msg = inboundFrom(c, channel);
        if (msg) deps.receive({ ...msg, customerId, channel });
      });
    },
  };
}
export type ChannelSimulator = ReturnType<typeof createChannelSimulator>;
