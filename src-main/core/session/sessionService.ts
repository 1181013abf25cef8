import type Database from 'better-sqlite3';
import { AppError } from '../../contract/errors';
import { PIN_LOCK_MS, PIN_MAX_ATTEMPTS, type Profile, type Role, type Session, type WorkspaceMode } from '../../contract/profiles';
import type { Clock } from '../shared/clock';
import { hashPin, pinMatches } from './pinHash';
import type { ProfileRow, ProfilesRepo } from './profilesRepo';

interface Deps {
  db: Database.Database;
  repo: ProfilesRepo;
  clock: Clock;
  newId: () => string;
  /** Name for the profile a fresh install starts with: the agent name in settings, else a default per language. */
  firstProfileName: () => string;
}

function toProfile(row: ProfileRow, now: number): Profile {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    hasPin: row.pin_hash !== null,
    lockedUntil: row.locked_until !== null && row.locked_until > now ? row.locked_until : null,
    lastSignInAt: row.last_sign_in_at,
  };
}

/**
 * Who is at the desk, and in which workspace. Held in the core (one per app launch), never trusted
 * from the window: every method's permission is checked against it before the handler runs.
 */
export function createSessionService(deps: Deps) {
  const { repo, clock } = deps;
  // The signed-in profile is held in memory: every call's permission check reads it.
  let currentRow: ProfileRow | null = null;
  let mode: WorkspaceMode = 'live';

  const mustFind = (id: string): ProfileRow => {
    const row = repo.findProfileById(id);
    if (!row) throw new AppError('NOT_FOUND', 'No such profile.', { id, reason: 'profile-not-found' });
    return row;
  };
  const current = (): ProfileRow | null => currentRow;
  const reloadCurrent = () => {
    if (currentRow) currentRow = repo.findProfileById(currentRow.id) ?? null;
  };
  const assertNameFree = (name: string, exceptId: string | null) => {
    const owner = repo.findProfileIdByName(name);
    if (owner && owner !== exceptId) throw new AppError('CONFLICT', 'Another profile has this name.', { reason: 'profile-name-taken', name });
  };
  const startIn = (row: ProfileRow) => {
    // Trainees start in practice; everyone else at the live desk.
    mode = row.role === 'trainee' ? 'training' : 'live';
    repo.recordSignIn(row.id, clock.now());
    currentRow = repo.findProfileById(row.id) ?? null;
  };

  /** A fresh install gets one supervisor profile so the owner can do everything until they add others. */
  function bootstrap(): void {
    if (repo.listProfiles().length === 0) {
      repo.insertProfile({ id: deps.newId(), name: deps.firstProfileName(), role: 'supervisor', pin_hash: null, pin_salt: null, now: clock.now() });
    }
    const last = repo.findLastSignedInProfile();
    if (last && last.pin_hash === null) startIn(last);
  }

  function session(): Session {
    const row = current();
    const profile = row ? toProfile(row, clock.now()) : null;
    return { profile, mode, masked: profile?.role === 'trainee' && mode === 'live' };
  }

  const updateTx = deps.db.transaction((patch: { id: string; name?: string; role?: Role }): Profile => {
    const row = mustFind(patch.id);
    if (patch.name !== undefined && patch.name !== row.name) {
      assertNameFree(patch.name, row.id);
      repo.renameProfile(row.id, patch.name, clock.now());
    }
    if (patch.role !== undefined && patch.role !== row.role) {
      if (row.role === 'supervisor' && repo.countSupervisors() === 1) {
        throw new AppError('CONFLICT', 'The last supervisor cannot change role.', { reason: 'last-supervisor' });
      }
      repo.setProfileRole(row.id, patch.role, clock.now());
      if (row.id === currentRow?.id) mode = patch.role === 'trainee' ? 'training' : mode;
    }
    reloadCurrent();
    return toProfile(mustFind(row.id), clock.now());
  });

  const removeTx = deps.db.transaction((id: string): { removed: true } => {
    const row = mustFind(id);
    if (row.id === currentRow?.id) throw new AppError('CONFLICT', 'You cannot remove the profile you are signed in with.', { reason: 'cannot-remove-self' });
    if (row.role === 'supervisor' && repo.countSupervisors() === 1) throw new AppError('CONFLICT', 'The last supervisor cannot be removed.', { reason: 'last-supervisor' });
    repo.removeProfile(id, clock.now());
    return { removed: true };
  });

  return {
    bootstrap,
    session,
    role: (): Role | null => current()?.role ?? null,
    mode: (): WorkspaceMode => mode,
    actorName: (): string | null => current()?.name ?? null,
    list: (): Profile[] => repo.listProfiles().map((r) => toProfile(r, clock.now())),

    /** Each wrong PIN is stored before the error returns, so restarting does not reset the count. */
    signIn(id: string, pin?: string): Session {
      const row = mustFind(id);
      const now = clock.now();
      if (row.locked_until !== null && row.locked_until > now) {
        throw new AppError('FORBIDDEN', 'This profile is locked after repeated wrong PINs.', { reason: 'profile-locked', until: row.locked_until });
      }
      if (row.pin_hash !== null && row.pin_salt !== null) {
        if (pin === undefined || pin === '') throw new AppError('UNAUTHORIZED', 'This profile needs its PIN.', { reason: 'pin-required' });
        if (!pinMatches(pin, row.pin_hash, row.pin_salt)) {
          const attempts = row.failed_attempts + 1;
          if (attempts >= PIN_MAX_ATTEMPTS) {
            repo.recordFailedPin(id, 0, now + PIN_LOCK_MS);
            throw new AppError('FORBIDDEN', 'Too many wrong PINs: the profile is locked for a while.', { reason: 'profile-locked', until: now + PIN_LOCK_MS });
          }
          repo.recordFailedPin(id, attempts, null);
          throw new AppError('UNAUTHORIZED', 'Wrong PIN.', { reason: 'pin-wrong', attemptsLeft: PIN_MAX_ATTEMPTS - attempts });
        }
      }
      startIn(row);
      return session();
    },
    signOut(): Session {
      currentRow = null;
      mode = 'live';
      return session();
    },
    setMode(next: WorkspaceMode): Session {
      if (!current()) throw new AppError('UNAUTHORIZED', 'Sign in first.', { reason: 'sign-in-required' });
      mode = next;
      return session();
    },

    create(input: { name: string; role: Role; pin: string | null }): Profile {
      assertNameFree(input.name, null);
      const id = deps.newId();
      const pin = input.pin === null ? null : hashPin(input.pin);
      repo.insertProfile({ id, name: input.name, role: input.role, pin_hash: pin?.hash ?? null, pin_salt: pin?.salt ?? null, now: clock.now() });
      return toProfile(mustFind(id), clock.now());
    },
    update: (patch: { id: string; name?: string; role?: Role }): Profile => updateTx(patch),
    /** Own PIN with the current one; a supervisor may set or clear anyone's (a forgotten PIN). */
    setPin(input: { id: string; pin: string | null; currentPin?: string }): Profile {
      const row = mustFind(input.id);
      const me = current();
      const bySupervisor = me?.role === 'supervisor' && me.id !== row.id;
      if (!bySupervisor && me?.id !== row.id) throw new AppError('FORBIDDEN', 'Only a supervisor can change another profile’s PIN.', { reason: 'role-required', role: 'supervisor' });
      if (!bySupervisor && row.pin_hash !== null && row.pin_salt !== null && !pinMatches(input.currentPin ?? '', row.pin_hash, row.pin_salt)) {
        throw new AppError('UNAUTHORIZED', 'The current PIN is wrong.', { reason: 'pin-wrong-current' });
      }
      const pin = input.pin === null ? null : hashPin(input.pin);
      repo.setProfilePin(row.id, pin?.hash ?? null, pin?.salt ?? null, clock.now());
      return toProfile(mustFind(row.id), clock.now());
    },
    unlock(id: string): Profile {
      mustFind(id);
      repo.recordFailedPin(id, 0, null);
      return toProfile(mustFind(id), clock.now());
    },
    remove: (id: string): { removed: true } => removeTx(id),
  };
}
export type SessionService = ReturnType<typeof createSessionService>;
