import { create } from 'zustand';
import type { ApiError } from '@contract/errors';
import type { Session } from '@contract/profiles';
import { call, onCoreEvent, toApiError } from '../../api/client';

interface SessionState {
  session: Session | null;
  error: ApiError | null;
  load(): Promise<void>;
}

const sameDesk = (a: Session | null, b: Session) => a?.profile?.id === b.profile?.id && a?.mode === b.mode && a?.profile?.role === b.profile?.role;

let unsubscribe: (() => void) | null = null;

/**
 * Who is signed in and which workspace is shown. A change of person or workspace reloads the window:
 * every page's data came from the other desk, and a fresh start is the one way to drop all of it.
 */
export const useSession = create<SessionState>((set, get) => ({
  session: null,
  error: null,
  async load() {
    unsubscribe ??= onCoreEvent('session.changed', (next) => {
      const before = get().session;
      if (before && !sameDesk(before, next)) location.reload();
      else set({ session: next });
    });
    try {
      set({ session: await call('session.current', {}), error: null });
    } catch (err) {
      set({ error: toApiError(err) });
    }
  },
}));

export const useRole = () => useSession((s) => s.session?.profile?.role ?? null);
export const useIsSupervisor = () => useRole() === 'supervisor';
/** A trainee at the live desk: read-only, contact details masked by the core. */
export const useReadOnly = () => useSession((s) => s.session?.masked ?? false);
