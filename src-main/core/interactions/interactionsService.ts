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
        messages: repo.listMessages(id).map((m) => ({
          id: m.id,
          direction: m.direction as Interaction['direction'],
          author: m.author,
          body: m.body,
          sentAt: m.sent_at,
        })),
      };
    },
  };
}
export type InteractionsService = ReturnType<typeof createInteractionsService>;
