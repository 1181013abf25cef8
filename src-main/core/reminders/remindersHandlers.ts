import type { PartialHandlers } from '../api/handlers';
import type { RemindersService } from './remindersService';

export function remindersHandlers(service: RemindersService): PartialHandlers {
  return {
    'reminders.list': ({ view, kind, customerId }) => service.list(view, kind, customerId),
    'reminders.counts': () => service.counts(),
    'reminders.create': (r) => service.create(r),
    'reminders.snooze': ({ id, until }) => service.snooze(id, until),
    'reminders.complete': ({ id, outcome }) => service.complete(id, outcome),
    'reminders.cancel': ({ id }) => service.cancel(id),
  };
}
