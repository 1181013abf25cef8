import { AppError } from '../../contract/errors';
import type { Session } from '../../contract/profiles';
import type { PartialHandlers } from '../api/handlers';
import type { Auditor } from '../audit/auditRepo';
import type { EventBus } from '../events';
import type { SessionService } from './sessionService';

export function sessionHandlers(session: SessionService, events: EventBus, audit: Auditor, resetTraining: () => void): PartialHandlers {
  const changed = (s: Session): Session => {
    events.emit('session.changed', s);
    return s;
  };
  return {
    'session.current': () => session.session(),
    'session.signIn': ({ id, pin }) => {
      try {
        const s = changed(session.signIn(id, pin));
        audit('session.signIn', 'profile', id);
        return s;
      } catch (err) {
        // Wrong PINs and lockouts are what a supervisor looks for after the fact.
        const reason = err instanceof AppError ? err.details?.reason : undefined;
        if (reason === 'pin-wrong' || reason === 'profile-locked') {
          const name = session.list().find((p) => p.id === id)?.name;
          audit('session.pinFailed', 'profile', id, { reason }, name);
        }
        throw err;
      }
    },
    'session.signOut': () => {
      const who = session.session().profile?.id ?? null;
      const s = changed(session.signOut());
      if (who) audit('session.signOut', 'profile', who);
      return s;
    },
    'session.setMode': ({ mode }) => changed(session.setMode(mode)),
    'profiles.list': () => ({ items: session.list() }),
    'profiles.create': (input) => {
      const p = session.create(input);
      audit('profile.create', 'profile', p.id, { role: p.role, pin: p.hasPin });
      return p;
    },
    'profiles.update': (patch) => {
      const p = session.update(patch);
      audit('profile.update', 'profile', p.id, { role: patch.role, renamed: patch.name !== undefined });
      events.emit('session.changed', session.session());
      return p;
    },
    'profiles.setPin': (input) => {
      const p = session.setPin(input);
      audit('profile.pin', 'profile', p.id, { pin: p.hasPin });
      return p;
    },
    'profiles.unlock': ({ id }) => {
      const p = session.unlock(id);
      audit('profile.unlock', 'profile', id);
      return p;
    },
    'profiles.remove': ({ id }) => {
      const r = session.remove(id);
      audit('profile.remove', 'profile', id);
      return r;
    },
    'trainingWorkspace.reset': () => {
      resetTraining();
      audit('training.reset', 'workspace', null);
      return { reset: true as const };
    },
  };
}
