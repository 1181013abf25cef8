import { create } from 'zustand';

export type Route =
  | { page: 'customers'; customerId: string | null }
  | { page: 'scripts' }
  | { page: 'knowledge'; articleId: string | null }
  | { page: 'inbox' }
  | { page: 'reminders' }
  | { page: 'notes' }
  | { page: 'cases' }
  | { page: 'reports' }
  | { page: 'audit' }
  /** view: a tab of the training page (practice, progress, a supervisor tab); sessionId: one practice session. */
  | { page: 'training'; view: string | null; sessionId: string | null }
  | { page: 'tab'; tabId: string }
  | { page: 'settings' };

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'settings') return { page: 'settings' };
  if (parts[0] === 'inbox') return { page: 'inbox' };
  if (parts[0] === 'reminders') return { page: 'reminders' };
  if (parts[0] === 'notes') return { page: 'notes' };
  if (parts[0] === 'cases') return { page: 'cases' };
  if (parts[0] === 'reports') return { page: 'reports' };
  if (parts[0] === 'audit') return { page: 'audit' };
  if (parts[0] === 'training') {
    if (parts[1] === 'session' && parts[2]) return { page: 'training', view: null, sessionId: parts[2] };
    return { page: 'training', view: parts[1] ?? null, sessionId: null };
  }
  if (parts[0] === 'tab' && parts[1]) return { page: 'tab', tabId: parts[1] };
  if (parts[0] === 'scripts') return { page: 'scripts' };
  if (parts[0] === 'knowledge') return { page: 'knowledge', articleId: parts[1] ?? null };
  if (parts[0] === 'customers') return { page: 'customers', customerId: parts[1] ?? null };
  return { page: 'inbox' };
}

export function hrefFor(route: Route): string {
  if (route.page === 'settings') return '#/settings';
  if (route.page === 'inbox') return '#/inbox';
  if (route.page === 'reminders') return '#/reminders';
  if (route.page === 'notes') return '#/notes';
  if (route.page === 'cases') return '#/cases';
  if (route.page === 'reports') return '#/reports';
  if (route.page === 'audit') return '#/audit';
  if (route.page === 'training') {
    if (route.sessionId) return `#/training/session/${encodeURIComponent(route.sessionId)}`;
    return route.view ? `#/training/${encodeURIComponent(route.view)}` : '#/training';
  }
  if (route.page === 'tab') return `#/tab/${encodeURIComponent(route.tabId)}`;
  if (route.page === 'scripts') return '#/scripts';
  if (route.page === 'knowledge') return route.articleId ? `#/knowledge/${encodeURIComponent(route.articleId)}` : '#/knowledge';
  return route.customerId ? `#/customers/${encodeURIComponent(route.customerId)}` : '#/customers';
}

/** The location hash is the route, so back/forward and reloads land where the agent was. */
export const useRoute = create<{ route: Route; sync(): void }>((set) => ({
  route: parseHash(typeof location === 'undefined' ? '' : location.hash),
  sync: () => set({ route: parseHash(location.hash) }),
}));

if (typeof window !== 'undefined') window.addEventListener('hashchange', () => useRoute.getState().sync());
