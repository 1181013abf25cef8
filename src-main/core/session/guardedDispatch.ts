import type { ApiError, Result } from '../../contract/errors';
import { isMethodName, type MethodName } from '../../contract/methods';
import { toApiError, type Dispatch, type Logger } from '../api/dispatch';
import { carriesCustomerData, METHOD_ACCESS, runsOnLiveDatabase, TRAINEE_SETTINGS } from './access';
import { maskContacts } from './maskContacts';
import type { SessionService } from './sessionService';

/** A trainee may change only how the window looks to them (language, theme). */
function isTraineeSettingsPatch(input: unknown): boolean {
  return input !== null && typeof input === 'object' && !Array.isArray(input) && Object.keys(input).every((k) => TRAINEE_SETTINGS.has(k));
}

/**
 * Settings only a supervisor decides: backups (how often, how many: the data owner's call) and the
 * team's targets every agent is measured against.
 */
const SUPERVISOR_SETTINGS = ['backups', 'targets'] as const;
function supervisorSettingIn(input: unknown): string | null {
  if (input === null || typeof input !== 'object') return null;
  return SUPERVISOR_SETTINGS.find((k) => Object.prototype.hasOwnProperty.call(input, k)) ?? null;
}

export function refusal(method: MethodName, input: unknown, session: SessionService): ApiError | null {
  const access = METHOD_ACCESS[method];
  if (access === 'public') return null;
  const role = session.role();
  if (role === null) return { code: 'UNAUTHORIZED', message: 'Sign in first.', details: { method, reason: 'sign-in-required' } };
  if (access === 'read' || access === 'ui') return null;
  if (access === 'supervisor') {
    return role === 'supervisor' ? null : { code: 'FORBIDDEN', message: `Only a supervisor may use ${method}.`, details: { method, reason: 'role-required', role: 'supervisor' } };
  }
  // write
  const reserved = method === 'settings.update' && role !== 'supervisor' ? supervisorSettingIn(input) : null;
  if (reserved) return { code: 'FORBIDDEN', message: `Only a supervisor may change ${reserved}.`, details: { method, reason: 'role-required', role: 'supervisor' } };
  if (role === 'trainee' && session.mode() === 'live' && !(method === 'settings.update' && isTraineeSettingsPatch(input))) {
    return { code: 'FORBIDDEN', message: 'Trainees practise in the training workspace; the live desk is read-only for them.', details: { method, reason: 'trainee-read-only' } };
  }
  return null;
}

/**
 * The core's front door: permission first (checked here, in the core, whatever the window shows),
 * then the workspace (the training database while in training), then masking for a trainee looking
 * at the live desk.
 */
export function createGuardedDispatch(deps: { live: Dispatch; training: () => Dispatch; session: SessionService; logger: Logger }): Dispatch {
  return (method, input) => {
    if (!isMethodName(method)) return deps.live(method, input);
    try {
      return guarded(method, input);
    } catch (err) {
      // Opening the training database can fail (disk full, damaged file): a structured error, never a throw.
      return { ok: false, error: toApiError(method, err, deps.logger) };
    }
  };
  function guarded(method: MethodName, input: unknown): Result<unknown> {
    const refused = refusal(method, input, deps.session);
    if (refused) return { ok: false, error: refused };
    if (deps.session.mode() === 'training' && !runsOnLiveDatabase(method)) return deps.training()(method, input);
    const result = deps.live(method, input);
    if (result.ok && deps.session.session().masked && carriesCustomerData(method)) return { ok: true, value: maskContacts(result.value) };
    return result;
  }
}
