import type { TFunction } from 'i18next';
import type { ApiError, FieldIssue } from '@contract/errors';
import { fieldMessage } from '../../../app/fieldErrors';

/** The contract's own rules (scenario graph, rubric total) by their message, to a translated key. */
const RULES: Record<string, string> = {
  'duplicate turn id': 'duplicateTurn',
  'start must name a turn': 'startMissing',
  'next must name a turn': 'nextMissing',
  'turn must name a turn': 'goalTurnMissing',
  'a goal needs phrases or a turn': 'goalEmpty',
  'at least one turn must end the session': 'noEnd',
  'a branch needs at least one phrase': 'branchEmpty',
  'weights must sum to 100': 'weightsTotal',
};

export function trainingIssueMessage(t: TFunction, issue: FieldIssue): string {
  const rule = RULES[issue.message];
  if (rule) return t(`training.supervisor.errors.${rule}`);
  const last = issue.path.at(-1);
  if (issue.code === 'invalid_format' && (last === 'id' || last === 'start' || last === 'next' || last === 'turn')) return t('training.supervisor.errors.idFormat');
  if (issue.code === 'invalid_format' && issue.path.includes('facts')) return t('training.supervisor.errors.factKey');
  if ((issue.code === 'too_small' || issue.code === 'too_big') && /number/i.test(issue.message)) return t('training.supervisor.errors.outOfRange');
  if (issue.code === 'too_small' && /array/i.test(issue.message)) return t('training.supervisor.errors.tooFew');
  if (issue.code === 'too_big' && /array/i.test(issue.message)) return t('training.supervisor.errors.tooMany');
  return fieldMessage(t, issue);
}

/**
 * Field errors keyed by their path below `prefix` ("turns.2.branches.0.next"). A refinement on a
 * whole object (a branch without phrases) lands on that object's path, so the editor shows it there.
 */
export function trainingErrors(t: TFunction, error: ApiError | null, prefix: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error?.details?.issues ?? []) {
    if (!prefix.every((p, i) => issue.path[i] === p)) continue;
    const path = issue.path.slice(prefix.length).join('.');
    if (!(path in out)) out[path] = trainingIssueMessage(t, issue);
  }
  return out;
}
