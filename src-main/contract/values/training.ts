// Constants only, no schemas: the window imports these without bringing zod into its script.

export const TRAINING_CHANNELS = ['call', 'chat', 'email'] as const;

export const MOODS = ['calm', 'anxious', 'angry', 'confused'] as const;

/** Anger runs 0 (content) to 5 (gives up: hangs up or demands a manager). A persona starts at its mood's level. */
export const MAX_ANGER = 5;

/** The skills a score is broken into; rubric weights and trainee progress use the same names. */
export const TRAINING_SKILLS = ['script', 'phrases', 'avoid', 'procedure', 'timing', 'goals', 'mood'] as const;

/** Phrase groups every reply is checked against; a group is "used" when any of its phrases appears. */
export const REQUIRED_PHRASE_GROUPS = ['greeting', 'apology', 'thanks', 'closing'] as const;

/** The complaint procedure, in order: calm → apologise → confirm → resolve → follow up. */
export const PROCEDURE_STEPS = ['calm', 'apologise', 'confirm', 'resolve', 'follow-up'] as const;
