import { AppError } from '../../contract/errors';
import type { Interaction } from '../../contract/interactions';
import type { InteractionsRepo } from './interactionsRepo';

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
        messages: repo.listMessages(id).map((m) => ({
          id: m.id,
          direction: m.direction as Interaction['direction'],
          author: m.author,
          body: m.body,
          html: m.html ?? null,
          attachments: JSON.parse(m.attachments ?? '[]') as Interaction['messages'][number]['attachments'],
          to: JSON.parse(m.to_addresses ?? '[]') as string[],
          cc: JSON.parse(m.cc_addresses ?? '[]') as string[],
          delivery: (m.delivery ?? 'delivered') as Interaction['messages'][number]['delivery'],
          deliveryError: m.delivery_error ?? null,
          sentAt: m.sent_at,
        })),
      };
    },
  };
}
export type InteractionsService = ReturnType<typeof createInteractionsService>;
