import type { TFunction } from 'i18next';
import type { TrainingSkill } from '@contract/training';

export const skillLabel = (t: TFunction, skill: TrainingSkill | string) => t(`training.supervisor.skills.${skill}`, { defaultValue: skill });

/** Required phrase groups and procedure steps come back by name; a scenario's own phrases as typed. */
export const phraseLabel = (t: TFunction, phrase: string) => t(`training.supervisor.groups.${phrase}`, { defaultValue: phrase });

/** "问候、道歉和致谢" / "greeting, apology, and thanks" in the user's language. */
export const listOf = (items: string[], locale: string) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
