import type { EventName, EventPayload } from '../contract/events';

export type EventListener = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

/** The core's push channel; each shell forwards it over its own transport. */
export function createEventBus() {
  const listeners = new Set<EventListener>();
  return {
    emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
      for (const l of listeners) l(name, payload);
    },
    subscribe(listener: EventListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
export type EventBus = ReturnType<typeof createEventBus>;
