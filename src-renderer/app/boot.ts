import { prefetch } from '../api/client';
import { parseHash } from './route';

/**
 * The window's first calls, all sent at once before React has rendered anything: who is signed in,
 * the settings, and what the shell and the first page show. The components ask for the same things
 * when they mount and are handed these answers (client.prefetch), so the core works while the
 * script renders instead of after it, one round after another. Signed out, the core refuses the
 * desk's calls (nothing is recorded) and nobody takes those answers: signing in reloads the window.
 */
export function startBoot(): void {
  prefetch('settings.get', {});
  prefetch('app.info', {});
  prefetch('session.current', {});
  prefetch('tabs.list', {});
  prefetch('inbox.count', {});
  prefetch('reminders.counts', {});
  prefetch('calls.live', {});
  prefetch('agent.status', {});
  if (parseHash(location.hash).page === 'inbox') {
    prefetch('inbox.list', {});
    prefetch('cases.overdueHandoffs', {});
  }
}
