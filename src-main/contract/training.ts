import { z } from 'zod';
import { localeSchema, shortText } from './primitives';

/**
 * Training scenarios: a simulated customer whose turns form a graph driven by what the trainee
 * writes. Built-ins ship in resources/training/<language>.json; supervisors edit copies.
 */
export const TRAINING_CHANNELS = ['call', 'chat', 'email'] as const;
export const trainingChannelSchema = z.enum(TRAINING_CHANNELS);

export const MOODS = ['calm', 'anxious', 'angry', 'confused'] as const;
export const moodSchema = z.enum(MOODS);

/** Anger runs 0 (content) to 5 (gives up: hangs up or demands a manager). A persona starts at its mood's level. */
export const MAX_ANGER = 5;
export const START_ANGER: Record<z.infer<typeof moodSchema>, number> = { calm: 0, confused: 1, anxious: 2, angry: 3 };

const keySchema = z.string().regex(/^[a-z0-9-]{2,80}$/);
const turnIdSchema = z.string().regex(/^[a-z0-9-]{1,40}$/);
const phrases = z.array(shortText(100)).max(40);

/** The skills a score is broken into; rubric weights and trainee progress use the same names. */
export const TRAINING_SKILLS = ['script', 'phrases', 'avoid', 'procedure', 'timing', 'goals', 'mood'] as const;
export const trainingSkillSchema = z.enum(TRAINING_SKILLS);
export type TrainingSkill = z.infer<typeof trainingSkillSchema>;

/** Phrase groups every reply is checked against; a group is "used" when any of its phrases appears. */
export const REQUIRED_PHRASE_GROUPS = ['greeting', 'apology', 'thanks', 'closing'] as const;
/** The complaint procedure, in order: calm → apologise → confirm → resolve → follow up. */
export const PROCEDURE_STEPS = ['calm', 'apologise', 'confirm', 'resolve', 'follow-up'] as const;

/**
 * A branch is taken when the trainee's reply matches: any one phrase of `any` (if given) and every
 * phrase of `all` (if given). Matching folds width, case and traditional/simplified characters.
 */
export const branchSchema = z
  .object({
    any: phrases.default([]),
    all: phrases.default([]),
    next: turnIdSchema,
    /** Change in anger when this branch is taken: negative calms the customer. */
    anger: z.number().int().min(-3).max(3).default(0),
    /** Shown to the trainee on this turn, e.g. "asked the area before recommending: good". */
    feedback: z.string().max(300).default(''),
  })
  .strict()
  .refine((b) => b.any.length + b.all.length > 0, { message: 'a branch needs at least one phrase' });

export const turnSchema = z
  .object({
    id: turnIdSchema,
    /** What the customer says on arriving at this turn. */
    say: z.string().min(1).max(2000),
    branches: z.array(branchSchema).max(10).default([]),
    /** When no branch matches: the customer repeats, pushes back or grows angrier (anger +1 unless set). */
    fallback: z.object({ say: z.string().min(1).max(2000), anger: z.number().int().min(0).max(3).default(1) }).strict(),
    /** Reaching an end turn finishes the session after the customer's line. */
    end: z.boolean().default(false),
  })
  .strict();

export const goalSchema = z
  .object({
    id: turnIdSchema,
    label: shortText(200),
    /** Reached when a trainee reply matches any of these, or the conversation arrives at `turn`. */
    any: phrases.default([]),
    turn: turnIdSchema.nullable().default(null),
  })
  .strict();

export const personaSchema = z
  .object({
    name: shortText(80),
    mood: moodSchema,
    /** How many unmatched replies (or slow replies) the customer tolerates before giving up: 1–5. */
    patience: z.number().int().min(1).max(5),
    /** Background the trainee can see, e.g. "bought a robot vacuum, 120 m² flat, two cats". */
    background: z.string().max(1000).default(''),
  })
  .strict();

export const scenarioContentSchema = z
  .object({
    title: shortText(200),
    language: localeSchema,
    channel: trainingChannelSchema,
    summary: z.string().max(1000).default(''),
    /** Key of the built-in script this scenario practises (resources/scripts), or null. */
    scriptKey: keySchema.nullable().default(null),
    difficulty: z.number().int().min(1).max(3).default(1),
    tags: z.array(shortText(40)).max(20).default([]),
    persona: personaSchema,
    /** Facts the customer holds, for the trainee to collect: order number, product, dates. */
    facts: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,30}$/), shortText(200)).default({}),
    /** Extra phrases this scenario expects or forbids, on top of the rubric's. */
    requiredPhrases: phrases.default([]),
    avoidPhrases: phrases.default([]),
    /** Whether the complaint procedure order is scored (complaints, damage, angry customers). */
    complaint: z.boolean().default(false),
    start: turnIdSchema,
    turns: z.array(turnSchema).min(2).max(60),
    goals: z.array(goalSchema).min(1).max(12),
    /** Pass mark 0–100. */
    passMark: z.number().int().min(0).max(100).default(80),
    /** A model answer: trainee replies that follow the script, reach an end turn and every goal. Shown after a session; replayed in tests. */
    modelReplies: z.array(z.string().min(1).max(2000)).max(30).default([]),
  })
  .strict()
  .superRefine((s, ctx) => {
    const ids = new Set(s.turns.map((t) => t.id));
    if (ids.size !== s.turns.length) ctx.addIssue({ code: 'custom', path: ['turns'], message: 'duplicate turn id' });
    if (!ids.has(s.start)) ctx.addIssue({ code: 'custom', path: ['start'], message: 'start must name a turn' });
    s.turns.forEach((t, i) =>
      t.branches.forEach((b, j) => {
        if (!ids.has(b.next)) ctx.addIssue({ code: 'custom', path: ['turns', i, 'branches', j, 'next'], message: 'next must name a turn' });
      }),
    );
    s.goals.forEach((g, i) => {
      if (g.turn !== null && !ids.has(g.turn)) ctx.addIssue({ code: 'custom', path: ['goals', i, 'turn'], message: 'turn must name a turn' });
      if (g.any.length === 0 && g.turn === null) ctx.addIssue({ code: 'custom', path: ['goals', i], message: 'a goal needs phrases or a turn' });
    });
    if (!s.turns.some((t) => t.end)) ctx.addIssue({ code: 'custom', path: ['turns'], message: 'at least one turn must end the session' });
  });
export type ScenarioContent = z.infer<typeof scenarioContentSchema>;

/** A built-in scenario as shipped: content plus a stable key (same key across the three languages). */
export const builtinScenarioSchema = z.object({ key: keySchema }).and(scenarioContentSchema);

/** The scoring rubric, one per language; data that supervisors may edit. Weights sum to 100. */
export const rubricSchema = z
  .object({
    language: localeSchema,
    weights: z.record(trainingSkillSchema, z.number().int().min(0).max(100)),
    requiredPhrases: z.object({ greeting: phrases, apology: phrases, thanks: phrases, closing: phrases }).strict(),
    avoidPhrases: phrases,
    procedure: z.object({ calm: phrases, apologise: phrases, confirm: phrases, resolve: phrases, 'follow-up': phrases }).strict(),
    /** Seconds: first reply (the 30 s standard) and any later reply (the 2 min limit). */
    firstResponseSeconds: z.number().int().min(5).max(600).default(30),
    replyLimitSeconds: z.number().int().min(10).max(1800).default(120),
  })
  .strict()
  .refine((r) => Object.values(r.weights).reduce((a, b) => a + b, 0) === 100, { message: 'weights must sum to 100' });
export type Rubric = z.infer<typeof rubricSchema>;
