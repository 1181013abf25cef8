import { create } from 'zustand';
import type { AgentStatus, Call } from '@contract/calls';
import type { ApiError } from '@contract/errors';
import { call, onCoreEvent, toApiError } from '../../api/client';
import { useWorkspace } from '../workspace/workspaceStore';

interface CallsState {
  /** Every call that is ringing, connected, held or waiting for its wrap-up, by id. */
  live: Record<string, Call>;
  status: { status: AgentStatus; since: number } | null;
  error: ApiError | null;
  load(): Promise<void>;
  /** Runs a call command; the result (and any refusal) is kept for the UI. */
  act(run: () => Promise<Call>): Promise<Call | null>;
  dial(number: string, customerId?: string): Promise<void>;
  setStatus(status: 'available' | 'break' | 'offline'): Promise<void>;
}

const isLive = (c: Call) => c.state !== 'done';

export const useCalls = create<CallsState>((set, get) => {
  const put = (c: Call) => {
    const live = { ...get().live };
    if (isLive(c)) live[c.id] = c;
    else delete live[c.id];
    set({ live });
  };
  return {
    live: {},
    status: null,
    error: null,
    async load() {
      const [live, status] = await Promise.all([call('calls.live', {}), call('agent.status', {})]);
      set({ live: Object.fromEntries(live.items.map((c) => [c.id, c])), status });
    },
    async act(run) {
      try {
        const c = await run();
        put(c);
        set({ error: null });
        return c;
      } catch (err) {
        set({ error: toApiError(err) });
        return null;
      }
    },
    async dial(number, customerId) {
      const c = await get().act(() => call('calls.dial', { number, ...(customerId ? { customerId } : {}) }));
      if (c) await useWorkspace.getState().open('interaction', c.id);
    },
    async setStatus(status) {
      try {
        set({ status: await call('agent.setStatus', { status }), error: null });
      } catch (err) {
        set({ error: toApiError(err) });
      }
    },
  };
});

/** Keeps the store in step with the core; a call dialled elsewhere (a tel: link) opens its tab here. */
export function subscribeCalls(): () => void {
  const offCall = onCoreEvent('call.updated', (c) => {
    const before = useCalls.getState().live[c.id];
    const live = { ...useCalls.getState().live };
    if (c.state !== 'done') live[c.id] = c;
    else delete live[c.id];
    useCalls.setState({ live });
    if (!before && c.state === 'dialing') void useWorkspace.getState().open('interaction', c.id);
  });
  const offStatus = onCoreEvent('agent.status', (status) => useCalls.setState({ status }));
  return () => {
    offCall();
    offStatus();
  };
}
