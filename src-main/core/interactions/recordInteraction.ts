import type { Category, Channel } from '../../contract/primitives';
import type { IdGenerator } from '../shared/ids';
import type { InteractionsRepo } from './interactionsRepo';

export interface NewInteraction {
  customerId: string | null;
  channel: Channel;
  direction: 'inbound' | 'outbound';
  address: string;
  subject: string | null;
  category: Category;
  status: 'open' | 'waiting' | 'resolved';
  startedAt: number;
  endedAt: number | null;
  durationSeconds: number | null;
  firstResponseAt: number | null;
  slaDueAt: number | null;
  messages: { direction: 'inbound' | 'outbound'; author: string; body: string; sentAt: number; html?: string | null; to?: string[]; attachments?: { name: string; size: number; type: string }[] }[];
}

const PREVIEW_LENGTH = 140;

/**
 * Stores an interaction with its messages, keeps its preview (the latest message) and the
 * customer's last-contact time in step. Call inside a transaction.
 */
export function createInteractionRecorder(deps: {
  interactions: InteractionsRepo;
  /** A bulk load passes a no-op here and raises every last contact once afterwards (raiseLastContactToInteractions). */
  customers: { touchLastContact(customerId: string, at: number): unknown };
  newId: IdGenerator;
  /** Full-text indexing of each message, in the same transaction. */
  index?: (kind: 'message', refId: string, at: number, text: string) => void;
}) {
  return (item: NewInteraction, now: number): string => {
    const id = deps.newId();
    const last = item.messages.at(-1);
    const inboundTimes = item.messages.filter((m) => m.direction === 'inbound').map((m) => m.sentAt);
    deps.interactions.insertInteraction({
      id,
      customer_id: item.customerId,
      channel: item.channel,
      direction: item.direction,
      address: item.address,
      subject: item.subject,
      preview: (last?.body ?? '').replace(/\s+/g, ' ').slice(0, PREVIEW_LENGTH),
      category: item.category,
      status: item.status,
      started_at: item.startedAt,
      ended_at: item.endedAt,
      duration_seconds: item.durationSeconds,
      first_response_at: item.firstResponseAt,
      sla_due_at: item.slaDueAt,
      created_at: now,
      updated_at: now,
      // Waiting for us: still open and the customer spoke last.
      awaiting_reply: item.status === 'open' && last?.direction === 'inbound' ? 1 : 0,
      unread: item.status === 'open' && last?.direction === 'inbound' ? 1 : 0,
      // Kept here so the inbox need not look through messages for it.
      last_inbound_at: inboundTimes.length > 0 ? Math.max(...inboundTimes) : null,
    });
    for (const m of item.messages) {
      const messageId = deps.newId();
      deps.interactions.insertMessage({
        id: messageId,
        interaction_id: id,
        direction: m.direction,
        author: m.author,
        body: m.body,
        sent_at: m.sentAt,
        created_at: now,
        html: m.html ?? null,
        to_addresses: JSON.stringify(m.to ?? []),
        attachments: JSON.stringify(m.attachments ?? []),
      });
      deps.index?.('message', messageId, m.sentAt, m.body);
    }
    if (item.customerId) deps.customers.touchLastContact(item.customerId, item.startedAt);
    return id;
  };
}
export type InteractionRecorder = ReturnType<typeof createInteractionRecorder>;
