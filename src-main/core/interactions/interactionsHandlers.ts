import type { PartialHandlers } from '../api/handlers';
import type { InteractionsService } from './interactionsService';

export function interactionsHandlers(service: InteractionsService): PartialHandlers {
  return { 'interactions.get': ({ id }) => service.get(id) };
}
