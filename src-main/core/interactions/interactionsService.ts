import { AppError } from '../../contract/errors';
import type { Interaction, Message } from '../../contract/interactions';
import type { InteractionsRepo, MessageRow } from './interactionsRepo';

export function toMessage(m: MessageRow): Message {
  return {
    id: m.id,
    direction: m.direction as Message['direction'],
    author: m.author,
    body: m.body,
    html: m.html ?? null,
    // The stored entries also name the file in the data folder; that stays in the core.
    attachments: (JSON.parse(m.attachments ?? '[]') as (Message['attachments'][number] & { file?: string })[]).map(({ file: _file, ...a }) => a),
    to: JSON.parse(m.to_addresses ?? '[]') as string[],
    cc: JSON.parse(m.cc_addresses ?? '[]') as string[],
    delivery: (m.delivery ?? 'delivered') as Message['delivery'],
    deliveryError: m.delivery_error ?? null,
    sentAt: m.sent_at,
  };
}

export function createInteractionsService(repo: InteractionsRepo) {
  return {
    get(id: string): Interaction {
      const row = repo.findInteractionById(id);
      if (!row) throw new AppError('NOT_FOUND', `No interaction with id ${id}.`, { id });
      return {
        id: row.id,
        customerId: row.customer_id,
        channel: row.channel as Interaction['channel'],
        direction: row.direction as Interaction['direction'],
        address: row.address,
        subject: row.subject,
        category: row.category as Interaction['category'],
        status: row.status as Interaction['status'],
        startedAt: row.started_at,
        endedAt: row.ended_at,
        durationSeconds: row.duration_seconds,
        firstResponseAt: row.first_response_at,
        slaDueAt: row.sla_due_at,
        slaBreachedAt: row.sla_breached_at ?? null,
        awaitingReply: row.awaiting_reply === 1,
        unread: row.unread === 1,
        messages: repo.listMessages(id).map(toMessage),
      };
    },
    /** One message, read alone: rebuilding its whole conversation cost more as the conversation grew. */
    getMessage(id: string): Message {
      const row = repo.findMessageById(id);
      if (!row) throw new AppError('NOT_FOUND', `No message with id ${id}.`, { id });
      return toMessage(row);
    },
  };
}
export type InteractionsService = ReturnType<typeof createInteractionsService>;
