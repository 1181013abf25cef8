import type { TFunction } from 'i18next';
import type { ApiError, FieldIssue } from '@contract/errors';

/** A readable message for one field's problem, in the user's language. */
export function fieldMessage(t: TFunction, issue: FieldIssue): string {
  const last = issue.path.at(-1);
  if (last === 'number') return t('fieldErrors.phone');
  if (last === 'email') return t('fieldErrors.email');
  if (issue.code === 'too_small') return t('fieldErrors.required');
  if (issue.code === 'too_big') return t('fieldErrors.tooLong');
  if (issue.code === 'duplicate') return t('fieldErrors.duplicate');
  return t('fieldErrors.invalid');
}

/** Field errors keyed by their path inside `prefix` ("phones.0.number"), for inline display. */
export function fieldErrorsByPath(t: TFunction, error: ApiError | null, prefix: string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error?.details?.issues ?? []) {
    const path = issue.path.slice(prefix.length).join('.');
    if (prefix.every((p, i) => issue.path[i] === p) && !(path in out)) out[path] = fieldMessage(t, issue);
  }
  return out;
}
