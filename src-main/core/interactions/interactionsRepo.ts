import type Database from 'better-sqlite3';
import { createIndexRebuilder, type IndexDefinition } from '../db/indexRepo';

export interface InteractionRow {
  id: string;
  customer_id: string | null;
  channel: string;
  direction: string;
  address: string;
  subject: string | null;
  preview: string;
  category: string;
  status: string;
  started_at: number;
  ended_at: number | null;
  duration_seconds: number | null;
  first_response_at: number | null;
  sla_due_at: number | null;
  created_at: number;
  updated_at: number;
  awaiting_reply?: number;
  sla_breached_at?: number | null;
  unread?: number;
  /** When the customer last wrote (max inbound sent_at); NULL when they never did. */
  last_inbound_at?: number | null;
}

export interface MessageRow {
  id: string;
  interaction_id: string;
  direction: string;
  author: string;
  body: string;
  sent_at: number;
  created_at: number;
  html?: string | null;
  attachments?: string;
  to_addresses?: string;
  cc_addresses?: string;
  delivery?: string;
  delivery_error?: string | null;
}

/**
 * The per-channel timeline index (migration 0002), which a bulk load of conversations builds once
 * at the end: its entries land at random places (by customer), and at a million conversations
 * keeping it entry by entry cost a fifth of each one's insert. interactions_customer_time stays
 * live: the repeat-contact trigger looks up each customer's earlier contacts through it.
 */
const CHANNEL_TIMELINE_INDEXES: readonly IndexDefinition[] = [
  {
    name: 'interactions_customer_channel',
    create: 'CREATE INDEX interactions_customer_channel ON interactions (customer_id, channel, started_at DESC, id DESC)',
    drop: 'DROP INDEX interactions_customer_channel',
  },
];

/** Interactions (calls, email threads, social conversations) and their messages. */
export function createInteractionsRepo(db: Database.Database) {
  const insertInteraction = db.prepare(`
    INSERT INTO interactions (id, customer_id, channel, direction, address, subject, preview, category, status,
      started_at, ended_at, duration_seconds, first_response_at, sla_due_at, created_at, updated_at, awaiting_reply, unread, last_inbound_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertMessage = db.prepare(`
    INSERT INTO messages (id, interaction_id, direction, author, body, sent_at, created_at, html, attachments, to_addresses, cc_addresses, delivery)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const selectById = db.prepare('SELECT * FROM interactions WHERE id = ?');
  const selectMessageById = db.prepare('SELECT * FROM messages WHERE id = ?');
  const selectAttachmentsOfCustomer = db.prepare(`SELECT m.attachments FROM messages m CROSS JOIN interactions i ON i.id = m.interaction_id
    WHERE i.customer_id = ? AND m.attachments <> '[]'`).pluck();
  const selectMessages = db.prepare(
    'SELECT * FROM messages WHERE interaction_id = ? ORDER BY sent_at, id LIMIT 2000',
  );
  // @channels is a JSON array or NULL (all channels).
  const selectTimelineFirst = db.prepare(`
    SELECT * FROM interactions WHERE customer_id = @customerId
      AND (@channels IS NULL OR channel IN (SELECT value FROM json_each(@channels)))
    ORDER BY started_at DESC, id DESC LIMIT @limit`);
  const selectTimelineBefore = db.prepare(`
    SELECT * FROM interactions WHERE customer_id = @customerId
      AND (@channels IS NULL OR channel IN (SELECT value FROM json_each(@channels)))
      AND (started_at < @at OR (started_at = @at AND id < @id))
    ORDER BY started_at DESC, id DESC LIMIT @limit`);

  const channelTimelineIndexes = createIndexRebuilder(db, CHANNEL_TIMELINE_INDEXES);

  return {
    /** For a bulk load of conversations: dropped before it, built once after it. */
    channelTimelineIndexes,
    // Positional: better-sqlite3 binds a named parameter by looking it up on the object (about twice the cost).
    insertInteraction: (r: InteractionRow) =>
      insertInteraction.run(r.id, r.customer_id, r.channel, r.direction, r.address, r.subject, r.preview, r.category, r.status,
        r.started_at, r.ended_at, r.duration_seconds, r.first_response_at, r.sla_due_at, r.created_at, r.updated_at,
        r.awaiting_reply ?? 0, r.unread ?? 0, r.last_inbound_at ?? null),
    insertMessage: (r: MessageRow) =>
      insertMessage.run(r.id, r.interaction_id, r.direction, r.author, r.body, r.sent_at, r.created_at,
        r.html ?? null, r.attachments ?? '[]', r.to_addresses ?? '[]', r.cc_addresses ?? '[]', r.delivery ?? 'delivered'),
    findInteractionById: (id: string) => selectById.get(id) as InteractionRow | undefined,
    listMessages: (interactionId: string) => selectMessages.all(interactionId) as MessageRow[],
    findMessageById: (id: string) => selectMessageById.get(id) as MessageRow | undefined,
    /** The stored attachment lists (JSON) of every message to or from a customer, for erasing their files. */
    listAttachmentsOfCustomer: (customerId: string) => selectAttachmentsOfCustomer.all(customerId) as string[],
    /** Newest first, keyset-paged so page 200 costs what page 1 costs. */
    listTimeline: (customerId: string, limit: number, before?: { at: number; id: string }, channels?: readonly string[]) => {
      const channelsJson = channels && channels.length > 0 ? JSON.stringify(channels) : null;
      return (before
        ? selectTimelineBefore.all({ customerId, channels: channelsJson, at: before.at, id: before.id, limit })
        : selectTimelineFirst.all({ customerId, channels: channelsJson, limit })) as InteractionRow[];
    },
  };
}

export type InteractionsRepo = ReturnType<typeof createInteractionsRepo>;
