import type { PartialHandlers } from '../api/handlers';
import type { EventBus } from '../events';
import type { ImportService } from './importService';

export function importHandlers(service: ImportService, events: EventBus): PartialHandlers {
  return {
    'imports.begin': () => service.begin(),
    'imports.append': ({ importId, chunk }) => service.append(importId, chunk),
    'imports.preview': ({ importId, encoding, mapping }) => service.preview(importId, encoding, mapping),
    'imports.commit': ({ importId, encoding, mapping, skipInvalid }) => {
      const result = service.commit(importId, encoding, mapping, skipInvalid);
      events.emit('customers.changed', { ids: [] });
      return result;
    },
    'imports.cancel': ({ importId }) => service.cancel(importId),
  };
}
