import { z } from 'zod';
import { idSchema, localeSchema, shortText, timestampSchema } from './primitives';
import { TRAINING_CHANNELS, MOODS, MAX_ANGER, TRAINING_SKILLS, PROCEDURE_STEPS } from './values/training';
export { TRAINING_CHANNELS, MOODS, MAX_ANGER, TRAINING_SKILLS, REQUIRED_PHRASE_GROUPS, PROCEDURE_STEPS } from './values/training';

/**
 * Training scenarios: a simulated customer whose turns form a graph driven by what the trainee
 * writes. Built-ins ship in resources/training/<language>.json; supervisors edit copies.
 */
export const trainingChannelSchema = z.enum(TRAINING_CHANNELS);

export const moodSchema = z.enum(MOODS);

export const START_ANGER: Record<z.infer<typeof moodSchema>, number> = { calm: 0, confused: 1, anxious: 2, angry: 3 };

const keySchema = z.string().regex(/^[a-z0-9-]{2,80}$/);
const turnIdSchema = z.string().regex(/^[a-z0-9-]{1,40}$/);
const phrases = z.array(shortText(100)).max(40);

export const trainingSkillSchema = z.enum(TRAINING_SKILLS);
export type TrainingSkill = z.infer<typeof trainingSkillSchema>;


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

// ---------------------------------------------------------------------------------------------
// The training API: views the core returns. Sessions, custom scenarios, rubric edits, comments and
// assignments live in the live database beside the profiles they belong to; practice itself
// never reads or writes customers.

/** A scenario in the library: a built-in (read-only, key set) or a supervisor's copy. */
export const trainingScenarioSummarySchema = z.object({
  id: idSchema,
  key: z.string().nullable(),
  builtin: z.boolean(),
  title: z.string(),
  language: localeSchema,
  channel: trainingChannelSchema,
  summary: z.string(),
  difficulty: z.number().int(),
  tags: z.array(z.string()),
  passMark: z.number().int(),
  personaName: z.string(),
  mood: moodSchema,
  /** For the profile asking: assigned by a supervisor, attempts, best score, passed. */
  assigned: z.boolean(),
  attempts: z.number().int(),
  best: z.number().int().nullable(),
  passed: z.boolean(),
});
export type TrainingScenarioSummary = z.infer<typeof trainingScenarioSummarySchema>;

export const trainingScenarioSchema = z.object({
  id: idSchema,
  key: z.string().nullable(),
  builtin: z.boolean(),
  content: scenarioContentSchema,
  updatedAt: timestampSchema,
});
export type TrainingScenario = z.infer<typeof trainingScenarioSchema>;

/**
 * Feedback on one line. `code` is translated by the window (training.feedback.<code>) with
 * `params`; `text` carries a scenario's own words (a branch's feedback), already in its language.
 */
export const FEEDBACK_TONES = ['good', 'warn', 'bad'] as const;
export const feedbackSchema = z.object({
  tone: z.enum(FEEDBACK_TONES),
  code: z.string().max(60),
  text: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type TrainingFeedback = z.infer<typeof feedbackSchema>;

export const trainingLineSchema = z.object({
  index: z.number().int(),
  speaker: z.enum(['customer', 'trainee']),
  text: z.string(),
  at: timestampSchema,
  /** Trainee lines: how long the trainee took since the customer's line appeared (measured in the window). */
  elapsedMs: z.number().int().nullable(),
  /** Customer lines: the scenario turn spoken. */
  turnId: z.string().nullable(),
  /** The customer's anger after this line, 0..MAX_ANGER. */
  anger: z.number().int(),
  feedback: z.array(feedbackSchema),
});
export type TrainingLine = z.infer<typeof trainingLineSchema>;

export const SESSION_STATUSES = ['active', 'completed', 'gave-up', 'stopped'] as const;
export const trainingSessionStatusSchema = z.enum(SESSION_STATUSES);

const skillScores = z.record(trainingSkillSchema, z.number().int().min(0).max(100));

/** A session's score: deterministic from the scenario, the rubric and the transcript. */
export const trainingScoreSchema = z.object({
  total: z.number().int().min(0).max(100),
  passed: z.boolean(),
  passMark: z.number().int(),
  /** 0–100 per skill, and each skill's weight in the rubric used. */
  skills: skillScores,
  weights: skillScores,
  /** Required phrase groups (greeting, apology, thanks, closing) and scenario phrases never used. */
  missingPhrases: z.array(z.string()),
  /** Phrases to avoid that were used. */
  avoidedUsed: z.array(z.string()),
  /** Complaint procedure steps in the order the trainee took them; null when the scenario is not a complaint. */
  procedure: z.array(z.enum(PROCEDURE_STEPS)).nullable(),
  procedureInOrder: z.boolean().nullable(),
  firstResponseMs: z.number().int().nullable(),
  /** Replies slower than the limit (the first against the first-response standard). */
  slowReplies: z.number().int(),
  goals: z.array(z.object({ id: z.string(), label: z.string(), reached: z.boolean() })),
  endAnger: z.number().int(),
});
export type TrainingScore = z.infer<typeof trainingScoreSchema>;

export const trainingCommentSchema = z.object({
  id: idSchema,
  lineIndex: z.number().int(),
  author: z.string(),
  text: z.string(),
  at: timestampSchema,
});

export const trainingSessionSchema = z.object({
  id: idSchema,
  scenarioId: idSchema,
  title: z.string(),
  language: localeSchema,
  channel: trainingChannelSchema,
  persona: personaSchema,
  goals: z.array(z.object({ id: z.string(), label: z.string() })),
  profileId: idSchema,
  profileName: z.string(),
  status: trainingSessionStatusSchema,
  anger: z.number().int(),
  startedAt: timestampSchema,
  endedAt: timestampSchema.nullable(),
  lines: z.array(trainingLineSchema),
  /** Set once the session has ended. */
  score: trainingScoreSchema.nullable(),
  comments: z.array(trainingCommentSchema),
  /** Shown only after the session has ended. */
  modelReplies: z.array(z.string()),
});
export type TrainingSession = z.infer<typeof trainingSessionSchema>;

export const trainingSessionSummarySchema = z.object({
  id: idSchema,
  scenarioId: idSchema,
  title: z.string(),
  language: localeSchema,
  profileId: idSchema,
  profileName: z.string(),
  status: trainingSessionStatusSchema,
  startedAt: timestampSchema,
  endedAt: timestampSchema.nullable(),
  total: z.number().int().nullable(),
  passed: z.boolean().nullable(),
  comments: z.number().int(),
});

export const trainingProgressSchema = z.object({
  profileId: idSchema,
  profileName: z.string(),
  sessions: z.number().int(),
  /** Finished sessions, oldest first (at most the last 50): the skills-over-time chart. */
  trend: z.array(z.object({ sessionId: idSchema, at: timestampSchema, title: z.string(), total: z.number().int(), skills: skillScores })),
  /** Average per skill over the last 10 finished sessions; empty before the first. */
  // partialRecord: a record over an enum demands every key in zod 4, and this one is empty at first.
  skillAverages: z.partialRecord(trainingSkillSchema, z.number().int()),
  /** Up to three weakest skills, weakest first. */
  weakest: z.array(trainingSkillSchema),
  /** Up to three scenarios to try next: assigned and not passed first, then ones that practise the weakest skills. */
  suggested: z.array(trainingScenarioSummarySchema),
  /** The set a certificate is given for: the assigned scenarios, or every built-in of the profile's language when none are assigned. */
  certificate: z.object({
    set: z.enum(['assigned', 'builtin']),
    passed: z.number().int(),
    of: z.number().int(),
    complete: z.boolean(),
    /** When the last scenario of the set was passed. */
    completedAt: timestampSchema.nullable(),
    average: z.number().int().nullable(),
  }),
});
export type TrainingProgress = z.infer<typeof trainingProgressSchema>;

export const trainingTeamMemberSchema = z.object({
  profileId: idSchema,
  name: z.string(),
  role: z.string(),
  sessions: z.number().int(),
  average: z.number().int().nullable(),
  passed: z.number().int(),
  assigned: z.number().int(),
  lastAt: timestampSchema.nullable(),
  weakest: trainingSkillSchema.nullable(),
});
