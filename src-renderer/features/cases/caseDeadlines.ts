import type { CaseSummary } from '@contract/cases';
import { OPEN_CASE_STATUSES } from '@contract/values/cases';
import { slaState, type SlaState } from '../inbox/sla';

export interface DeadlineView {
  which: 'first-contact' | 'resolution';
  state: SlaState;
  /** Time left (negative once late); frozen while the case waits on the customer. */
  leftMs: number;
  paused: boolean;
}

/**
 * The deadline that matters now: first contact until the customer has been contacted, then
 * resolution. Amber at 80 % of the allowed time, red once breached, as in the inbox.
 */
export function caseDeadline(c: CaseSummary, now: number): DeadlineView | null {
  if (!OPEN_CASE_STATUSES.includes(c.status)) return null;
  if (c.firstContactAt === null) {
    return { which: 'first-contact', state: slaState(c.createdAt, c.firstContactDueAt, now, c.firstContactBreachedAt !== null), leftMs: c.firstContactDueAt - now, paused: false };
  }
  const at = c.pausedSince ?? now;
  return {
    which: 'resolution',
    state: slaState(c.createdAt, c.resolutionDueAt, at, c.resolutionBreachedAt !== null),
    leftMs: c.resolutionDueAt - at,
    paused: c.pausedSince !== null,
  };
}
