import type { TFunction } from 'i18next';
import type { TrainingFeedback } from '@contract/training';
import { REQUIRED_PHRASE_GROUPS } from '@contract/values/training';

const GROUPS: readonly string[] = REQUIRED_PHRASE_GROUPS;

/** A phrase group key (greeting, apology…) in the user's words; a scenario's own phrase as written. */
export function phraseLabel(t: TFunction, phrase: string): string {
  return GROUPS.includes(phrase) ? t(`training.phraseGroups.${phrase}`) : phrase;
}

/**
 * One feedback note in the user's language. A branch's note is the scenario's own words; a code the
 * window does not know yet still shows the engine's text rather than a raw key.
 */
export function feedbackText(t: TFunction, f: TrainingFeedback): string {
  if (f.code === 'branch') return f.text;
  const params: Record<string, string | number> = { ...f.params };
  if (typeof params.group === 'string') params.group = phraseLabel(t, params.group);
  if (typeof params.step === 'string') params.step = t(`training.procedureSteps.${params.step}`, { defaultValue: params.step });
  if (typeof params.reason === 'string') params.reason = t(`training.gaveUpReasons.${params.reason}`, { defaultValue: params.reason });
  return t(`training.feedback.${f.code}`, { ...params, defaultValue: f.text || f.code });
}
