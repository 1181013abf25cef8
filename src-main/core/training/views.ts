import type { Locale } from '../../contract/primitives';
import type {
  Rubric,
  ScenarioContent,
  TrainingFeedback,
  TrainingScenario,
  TrainingScenarioSummary,
  TrainingScore,
  TrainingSession,
  TrainingLine,
} from '../../contract/training';
import type { CommentRow, LineRow, ScenarioRow, ScenarioStatsRow, SessionListRow, SessionRow } from './trainingRepo';

/**
 * Parsed scenario content, remembered by content hash: lists and progress read every scenario on
 * each call, and a scenario's JSON only changes with its hash. Callers never mutate the result.
 */
const parsed = new Map<string, ScenarioContent>();
export function contentOf(row: { content: string; content_hash: string }): ScenarioContent {
  let c = parsed.get(row.content_hash);
  if (!c) {
    if (parsed.size >= 500) parsed.clear();
    c = JSON.parse(row.content) as ScenarioContent;
    parsed.set(row.content_hash, c);
  }
  return c;
}

export function toScenario(row: ScenarioRow): TrainingScenario {
  return { id: row.id, key: row.key, builtin: row.builtin === 1, content: contentOf(row), updatedAt: row.updated_at };
}

/** For the profile asking: whether it is assigned to them, and how they have done on it. */
export function toScenarioSummary(row: ScenarioRow, stats: ScenarioStatsRow | undefined, assigned: boolean): TrainingScenarioSummary {
  const c = contentOf(row);
  return {
    id: row.id,
    key: row.key,
    builtin: row.builtin === 1,
    title: c.title,
    language: c.language,
    channel: c.channel,
    summary: c.summary,
    difficulty: c.difficulty,
    tags: c.tags,
    passMark: c.passMark,
    personaName: c.persona.name,
    mood: c.persona.mood,
    assigned,
    attempts: stats?.attempts ?? 0,
    best: stats?.best ?? null,
    passed: stats?.passed === 1,
  };
}

export function toLine(row: LineRow): TrainingLine {
  return {
    index: row.idx,
    speaker: row.speaker,
    text: row.text,
    at: row.at,
    elapsedMs: row.elapsed_ms,
    turnId: row.turn_id,
    anger: row.anger,
    feedback: JSON.parse(row.feedback) as TrainingFeedback[],
  };
}

export const snapshotOf = (row: SessionRow) => ({ scenario: JSON.parse(row.scenario) as ScenarioContent, rubric: JSON.parse(row.rubric) as Rubric });
export const scoreOf = (row: { score: string | null }) => (row.score === null ? null : (JSON.parse(row.score) as TrainingScore));

export function toSession(row: SessionRow, lines: LineRow[], comments: CommentRow[]): TrainingSession {
  const { scenario } = snapshotOf(row);
  const ended = row.status !== 'active';
  return {
    id: row.id,
    scenarioId: row.scenario_id,
    title: row.title,
    language: row.language as Locale,
    channel: scenario.channel,
    persona: scenario.persona,
    goals: scenario.goals.map((g) => ({ id: g.id, label: g.label })),
    profileId: row.profile_id,
    profileName: row.profile_name,
    status: row.status,
    anger: row.anger,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    lines: lines.map(toLine),
    score: scoreOf(row),
    comments: comments.map((c) => ({ id: c.id, lineIndex: c.line_index, author: c.author_name, text: c.text, at: c.at })),
    // The model answer would spoil the practice while it runs.
    modelReplies: ended ? scenario.modelReplies : [],
  };
}

export function toSessionSummary(row: SessionListRow) {
  return {
    id: row.id,
    scenarioId: row.scenario_id,
    title: row.title,
    language: row.language as Locale,
    profileId: row.profile_id,
    profileName: row.profile_name,
    status: row.status,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    total: row.total,
    passed: row.passed === null ? null : row.passed === 1,
    comments: row.comments,
  };
}
