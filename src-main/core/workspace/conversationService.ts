import type Database from 'better-sqlite3';
import { AppError } from '../../contract/errors';
import { MAX_ATTACHMENT_BYTES } from '../../contract/cases';
import type { InboxItem } from '../../contract/workspace';
import type { AttachmentStore } from '../cases/attachmentStore';
import type { Category, Channel } from '../../contract/primitives';
import type { CustomersRepo } from '../customers/customersRepo';
import type { EventBus } from '../events';
import type { InteractionsRepo, MessageRow } from '../interactions/interactionsRepo';
import { toMessage, type InteractionsService } from '../interactions/interactionsService';
import type { InteractionRecorder } from '../interactions/recordInteraction';
import type { SearchRepo } from '../search/searchRepo';
import type { SettingsService } from '../settings/settingsService';
import type { Clock } from '../shared/clock';
import type { IdGenerator } from '../shared/ids';
import type { Scheduler } from '../shared/scheduler';
import { slaDueAt } from './sla';
import type { InboxRow, WorkspaceRepo } from './workspaceRepo';

/** Sends outgoing messages. The simulator is one; IMAP/SMTP and chat connectors plug in here. */
export interface ChannelConnector {
  deliver(message: { interactionId: string; channel: Channel; address: string; subject: string | null; body: string }): Promise<{ ok: true } | { ok: false; error: string }>;
}

export interface Inbound {
  customerId: string | null;
  channel: Channel;
  address: string;
  subject?: string | null;
  body: string;
  html?: string | null;
  category: Category;
  author?: string;
}

const PREVIEW = 140;
const preview = (text: string) => text.replace(/\s+/g, ' ').slice(0, PREVIEW);
const DELIVERY_DELAY_MS = 400;

function toInboxItem(r: InboxRow): InboxItem {
  return {
    id: r.id, channel: r.channel as Channel, category: r.category as Category, status: r.status as InboxItem['status'],
    customerId: r.customer_id, customerName: r.customer_name, address: r.address, subject: r.subject, preview: r.preview,
    lastInboundAt: r.last_inbound_at, slaStartedAt: r.last_inbound_at, slaDueAt: r.sla_due_at, slaBreachedAt: r.sla_breached_at, unread: r.unread === 1,
  };
}

/**
 * Conversations: what arrives (and when its reply is due), what the agent sends (through the
 * outbox, delivered by a connector), first-response times and SLA breaches recorded for reports.
 */
export function createConversationService(deps: {
  /** Who is at the desk: the signed-in profile's name, signing replies, notes, cases and reminders. */
  agentName(): string;
  db: Database.Database;
  repo: WorkspaceRepo;
  interactionsRepo: InteractionsRepo;
  interactions: InteractionsService;
  customers: CustomersRepo;
  record: InteractionRecorder;
  search: SearchRepo;
  settings: SettingsService;
  clock: Clock;
  scheduler: Scheduler;
  events: EventBus;
  newId: IdGenerator;
  connector: () => ChannelConnector | null;
  /** Where sent files are kept (attachments/messages/<interaction>/ in the data folder). */
  files: AttachmentStore;
  onDelivered?: (interactionId: string, channel: Channel) => void;
}) {
  const { db, repo, clock, scheduler, events } = deps;

  // One timer, for the earliest deadline of a reply still inside it; when it fires, everything due
  // is marked in one statement and the timer moves to the next deadline.
  let breachTimer: { at: number; cancel: () => void } | null = null;
  function watchBreaches(): void {
    const next = repo.nextBreachDue();
    if (breachTimer && breachTimer.at === next) return;
    breachTimer?.cancel();
    breachTimer = next === null ? null : { at: next, cancel: scheduler.at(next, markBreaches) };
  }
  function markBreaches(): void {
    breachTimer = null;
    const ids = repo.markBreachedUpTo(clock.now());
    if (ids.length > 0) {
      events.emit('inbox.changed', {});
      for (const id of ids) events.emit('interaction.updated', { id });
    }
    watchBreaches();
  }

  // A delivery that cannot record its outcome (disk full, read-only folder) leaves the message
  // queued for the next start; it must never become an unhandled rejection that stops the core.
  function deliverLater(messageId: string): void {
    deliver(messageId).catch((err: unknown) => console.error('[outbox] delivery not recorded', err));
  }

  async function deliver(messageId: string): Promise<void> {
    const m = repo.findMessage(messageId);
    if (!m || m.delivery !== 'queued') return;
    const interaction = deps.interactionsRepo.findInteractionById(m.interaction_id);
    const connector = deps.connector();
    if (!interaction || !connector) return; // offline: stays queued and goes when a connector is back
    const result = await connector.deliver({ interactionId: interaction.id, channel: interaction.channel as Channel, address: interaction.address, subject: interaction.subject, body: m.body });
    repo.setDelivery(messageId, result.ok ? 'sent' : 'failed', result.ok ? null : result.error);
    events.emit('interaction.updated', { id: interaction.id });
    if (result.ok) deps.onDelivered?.(interaction.id, interaction.channel as Channel);
  }

  const receiveTx = db.transaction((msg: Inbound): string => {
    const now = clock.now();
    const rules = deps.settings.read().sla;
    const existing = msg.customerId && msg.channel !== 'email' ? deps.repo.findOpenInteraction(msg.customerId, msg.channel) : undefined;
    const due = slaDueAt(msg.channel, now, rules);
    if (existing) {
      const messageId = deps.newId();
      deps.interactionsRepo.insertMessage({ id: messageId, interaction_id: existing, direction: 'inbound', author: msg.author ?? '', body: msg.body, sent_at: now, created_at: now, html: msg.html ?? null });
      deps.search.indexDocument('message', messageId, now, msg.body);
      repo.recordInbound(existing, now, due, preview(msg.body));
      if (msg.customerId) deps.customers.touchLastContact(msg.customerId, now);
      return existing;
    }
    return deps.record(
      {
        customerId: msg.customerId, channel: msg.channel, direction: 'inbound', address: msg.address, subject: msg.subject ?? null, category: msg.category,
        status: 'open', startedAt: now, endedAt: null, durationSeconds: null, firstResponseAt: null, slaDueAt: due,
        messages: [{ direction: 'inbound', author: msg.author ?? '', body: msg.body, sentAt: now, html: msg.html ?? null }],
      },
      now,
    );
  });

  type Send = { interactionId: string; body: string; subject?: string; to?: string[]; cc?: string[]; attachments?: { name: string; dataBase64: string }[] };
  type Stored = { id: string; name: string; size: number; type: string; file: string };
  const sendTx = db.transaction((p: Send, messageId: string, files: Stored[]): MessageRow => {
    const interaction = deps.interactionsRepo.findInteractionById(p.interactionId);
    if (!interaction) throw new AppError('NOT_FOUND', `No interaction with id ${p.interactionId}.`, { id: p.interactionId });
    if (interaction.channel === 'phone') throw new AppError('VALIDATION', 'A call has no messages to send; use the call controls.', { issues: [{ path: ['interactionId'], code: 'phone_channel', message: 'phone' }] });
    const now = clock.now();
    const author = deps.agentName();
    const row: MessageRow = {
      id: messageId, interaction_id: p.interactionId, direction: 'outbound', author, body: p.body, sent_at: now, created_at: now,
      to_addresses: JSON.stringify(p.to ?? (interaction.channel === 'email' ? [interaction.address] : [])), cc_addresses: JSON.stringify(p.cc ?? []), delivery: 'queued',
      attachments: JSON.stringify(files), html: null, delivery_error: null,
    };
    deps.interactionsRepo.insertMessage(row);
    deps.search.indexDocument('message', messageId, now, p.body);
    repo.recordReply(p.interactionId, now, preview(p.body));
    repo.deleteDraft(p.interactionId);
    if (interaction.customer_id) deps.customers.touchLastContact(interaction.customer_id, now);
    return row;
  });

  const message = (id: string) => deps.interactions.getMessage(id);

  return {
    inboxCount: () => ({ waiting: repo.countInbox() }),
    inbox: (channels?: Channel[], categories?: Category[]) => ({ items: repo.listInbox(channels ?? null, categories ?? null).map(toInboxItem), now: clock.now() }),
    receive(msg: Inbound): string {
      const id = receiveTx(msg);
      watchBreaches();
      events.emit('inbox.changed', {});
      events.emit('interaction.updated', { id });
      return id;
    },
    send(p: Send) {
      const decoded = (p.attachments ?? []).map((a) => ({ name: a.name, data: Buffer.from(a.dataBase64, 'base64') }));
      const total = decoded.reduce((n, a) => n + a.data.length, 0);
      if (total > MAX_ATTACHMENT_BYTES) {
        throw new AppError('PAYLOAD_TOO_LARGE', `A message's files may add up to at most ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB.`, { reason: 'attachment-too-large', limit: MAX_ATTACHMENT_BYTES });
      }
      if (decoded.some((a) => a.data.length === 0)) throw new AppError('VALIDATION', 'An attached file is empty.', { issues: [{ path: ['attachments'], code: 'empty_file', message: 'empty' }] });
      const messageId = deps.newId();
      // Files are written and flushed before the message row that lists them commits; a refused send removes them.
      const files: Stored[] = decoded.map((a) => {
        const id = deps.newId();
        const saved = deps.files.save(`messages/${p.interactionId}`, id, a.name, a.data);
        return { id, name: saved.name, size: a.data.length, type: saved.mime, file: saved.file };
      });
      let row: MessageRow;
      try {
        row = sendTx(p, messageId, files);
      } catch (err) {
        for (const f of files) deps.files.remove(f.file);
        throw err;
      }
      scheduler.at(clock.now() + DELIVERY_DELAY_MS, () => deliverLater(messageId));
      events.emit('inbox.changed', {});
      events.emit('interaction.updated', { id: p.interactionId });
      // The row just written, not read back: the answer is what was committed.
      return toMessage(row);
    },
    /** A sent file's bytes, for the window to save or show. */
    attachment(messageId: string, attachmentId: string) {
      const m = deps.interactionsRepo.findMessageById(messageId);
      const entry = m ? (JSON.parse(m.attachments ?? '[]') as Partial<Stored>[]).find((a) => a.id === attachmentId && a.file) : undefined;
      if (!entry?.file) throw new AppError('NOT_FOUND', 'No such attachment on this message.', { id: attachmentId });
      return { id: attachmentId, name: entry.name ?? 'file', mime: entry.type ?? 'application/octet-stream', dataBase64: deps.files.read(entry.file).toString('base64') };
    },
    retry(messageId: string) {
      const m = repo.findMessage(messageId);
      if (!m) throw new AppError('NOT_FOUND', `No message with id ${messageId}.`, { id: messageId });
      if (m.delivery !== 'failed' && m.delivery !== 'queued') throw new AppError('CONFLICT', 'Only a message that failed or waits in the outbox can be sent again.', { id: messageId });
      repo.setDelivery(messageId, 'queued', null);
      scheduler.at(clock.now(), () => deliverLater(messageId));
      return message(messageId);
    },
    update(id: string, category?: Category, status?: 'open' | 'waiting' | 'resolved') {
      if (!deps.interactionsRepo.findInteractionById(id)) throw new AppError('NOT_FOUND', `No interaction with id ${id}.`, { id });
      repo.setCategoryStatus(id, category ?? null, status ?? null, clock.now());
      events.emit('inbox.changed', {});
      return deps.interactions.get(id);
    },
    markRead(id: string) {
      const changed = repo.markRead(id);
      if (changed) events.emit('inbox.changed', {});
      return { ok: true };
    },
    linkCustomer(id: string, customerId: string) {
      if (!deps.customers.findCustomerById(customerId)) throw new AppError('NOT_FOUND', `No customer with id ${customerId}.`, { id: customerId });
      if (!deps.interactionsRepo.findInteractionById(id)) throw new AppError('NOT_FOUND', `No interaction with id ${id}.`, { id });
      repo.linkCustomer(id, customerId, clock.now());
      events.emit('inbox.changed', {});
      return deps.interactions.get(id);
    },
    /** At start: watch every waiting reply's deadline, and retry what the outbox still holds. */
    resume(): void {
      watchBreaches();
      // What waited in the outbox goes once a connector is on; with none, nothing is read one by one.
      scheduler.at(clock.now() + DELIVERY_DELAY_MS, () => {
        if (deps.connector()) for (const id of repo.listQueuedMessageIds()) deliverLater(id);
      });
    },
  };
}
export type ConversationService = ReturnType<typeof createConversationService>;
