import type { PartialHandlers } from '../api/handlers';
import type { EventBus } from '../events';
import type { SettingsService } from './settingsService';

export function settingsHandlers(service: SettingsService, events: EventBus): PartialHandlers {
  return {
    'settings.get': () => service.read(),
    'settings.update': (patch) => {
      const next = service.update(patch);
      events.emit('settings.changed', next);
      return next;
    },
  };
}
