import type Database from 'better-sqlite3';

export interface ScenarioRow {
  id: string;
  key: string | null;
  builtin: 0 | 1;
  language: string;
  title: string;
  content: string;
  content_hash: string;
  created_by: string | null;
  created_at: number;
  updated_at: number;
  removed_at: number | null;
}

export interface SessionRow {
  id: string;
  scenario_id: string;
  profile_id: string;
  profile_name: string;
  language: string;
  title: string;
  scenario: string;
  rubric: string;
  status: 'active' | 'completed' | 'gave-up' | 'stopped';
  anger: number;
  started_at: number;
  ended_at: number | null;
  total: number | null;
  passed: 0 | 1 | null;
  score: string | null;
}
export type SessionListRow = Omit<SessionRow, 'scenario' | 'rubric'> & { comments: number };

export interface LineRow {
  session_id: string;
  idx: number;
  speaker: 'customer' | 'trainee';
  text: string;
  at: number;
  elapsed_ms: number | null;
  turn_id: string | null;
  anger: number;
  feedback: string;
}

export interface CommentRow { id: string; session_id: string; line_index: number; author_id: string; author_name: string; text: string; at: number }
export interface ScenarioStatsRow { scenario_id: string; attempts: number; best: number | null; passed: 0 | 1; first_passed_at: number | null }

/** Opened and stopped without a word is not practice: it would drag every skill, and the best score, to zero. */
const PRACTISED = `(s.status <> 'stopped' OR EXISTS (SELECT 1 FROM training_lines l WHERE l.session_id = s.id AND l.speaker = 'trainee'))`;

const SESSION_LIST_COLUMNS = `s.id, s.scenario_id, s.profile_id, s.profile_name, s.language, s.title, s.status, s.anger, s.started_at, s.ended_at, s.total, s.passed, s.score,
  (SELECT count(*) FROM training_comments c WHERE c.session_id = s.id) AS comments`;

export function createTrainingRepo(db: Database.Database) {
  const scenarioById = db.prepare('SELECT * FROM training_scenarios WHERE id = ?');
  const builtinByKey = db.prepare('SELECT * FROM training_scenarios WHERE builtin = 1 AND key = ? AND language = ?');
  const builtins = db.prepare('SELECT id, key, language, removed_at FROM training_scenarios WHERE builtin = 1');
  const scenarios = db.prepare(`
    SELECT * FROM training_scenarios
    WHERE removed_at IS NULL AND (@language IS NULL OR language = @language)
    ORDER BY language, builtin DESC, title, id`);
  const insertScenario = db.prepare(`
    INSERT INTO training_scenarios (id, key, builtin, language, title, content, content_hash, created_by, created_at, updated_at)
    VALUES (@id, @key, @builtin, @language, @title, @content, @content_hash, @created_by, @now, @now)`);
  const updateScenario = db.prepare(`
    UPDATE training_scenarios SET language = @language, title = @title, content = @content, content_hash = @content_hash, updated_at = @now, removed_at = NULL
    WHERE id = @id`);
  const removeScenario = db.prepare('UPDATE training_scenarios SET removed_at = ? WHERE id = ?');

  const insertSession = db.prepare(`
    INSERT INTO training_sessions (id, scenario_id, profile_id, profile_name, language, title, scenario, rubric, status, anger, started_at)
    VALUES (@id, @scenario_id, @profile_id, @profile_name, @language, @title, @scenario, @rubric, @status, @anger, @started_at)`);
  const updateSession = db.prepare(`
    UPDATE training_sessions SET status = @status, anger = @anger, ended_at = @ended_at, total = @total, passed = @passed, score = @score
    WHERE id = @id`);
  const sessionById = db.prepare('SELECT * FROM training_sessions WHERE id = ?');
  const sessions = db.prepare(`
    SELECT ${SESSION_LIST_COLUMNS} FROM training_sessions s
    WHERE (@profileId IS NULL OR s.profile_id = @profileId)
      AND (@scenarioId IS NULL OR s.scenario_id = @scenarioId)
      AND (@before IS NULL OR s.started_at < @before)
    ORDER BY s.started_at DESC, s.id DESC
    LIMIT @limit`);
  const finished = db.prepare(`
    SELECT ${SESSION_LIST_COLUMNS} FROM training_sessions s
    WHERE s.profile_id = ? AND s.score IS NOT NULL
      AND ${PRACTISED}
    ORDER BY s.ended_at DESC, s.id DESC
    LIMIT ?`);
  const countSessions = db.prepare('SELECT count(*) FROM training_sessions WHERE profile_id = ?').pluck();
  const lastStarted = db.prepare('SELECT max(started_at) FROM training_sessions WHERE profile_id = ?').pluck();
  const stats = db.prepare(`
    SELECT scenario_id, count(*) AS attempts, max(total) AS best, coalesce(max(passed), 0) AS passed,
      min(CASE WHEN passed = 1 THEN ended_at END) AS first_passed_at
    FROM training_sessions s WHERE profile_id = ? AND ${PRACTISED} GROUP BY scenario_id`);

  const insertLine = db.prepare(`
    INSERT INTO training_lines (session_id, idx, speaker, text, at, elapsed_ms, turn_id, anger, feedback)
    VALUES (@session_id, @idx, @speaker, @text, @at, @elapsed_ms, @turn_id, @anger, @feedback)`);
  const lines = db.prepare('SELECT * FROM training_lines WHERE session_id = ? ORDER BY idx');

  const insertComment = db.prepare(`
    INSERT INTO training_comments (id, session_id, line_index, author_id, author_name, text, at)
    VALUES (@id, @session_id, @line_index, @author_id, @author_name, @text, @at)`);
  const comments = db.prepare('SELECT * FROM training_comments WHERE session_id = ? ORDER BY at, id');

  const assign = db.prepare(`
    INSERT INTO training_assignments (profile_id, scenario_id, assigned_by, assigned_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (profile_id, scenario_id) DO NOTHING`);
  const unassign = db.prepare('DELETE FROM training_assignments WHERE profile_id = ? AND scenario_id = ?');
  const assigned = db.prepare(`
    SELECT a.scenario_id FROM training_assignments a JOIN training_scenarios t ON t.id = a.scenario_id
    WHERE a.profile_id = ? AND t.removed_at IS NULL ORDER BY a.assigned_at, a.scenario_id`).pluck();

  const rubric = db.prepare('SELECT rubric FROM training_rubrics WHERE language = ?').pluck();
  const saveRubric = db.prepare(`
    INSERT INTO training_rubrics (language, rubric, updated_by, updated_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (language) DO UPDATE SET rubric = excluded.rubric, updated_by = excluded.updated_by, updated_at = excluded.updated_at`);

  return {
    findScenarioById: (id: string) => scenarioById.get(id) as ScenarioRow | undefined,
    findBuiltinScenario: (key: string, language: string) => builtinByKey.get(key, language) as ScenarioRow | undefined,
    listBuiltinScenarioKeys: () => builtins.all() as { id: string; key: string; language: string; removed_at: number | null }[],
    listScenarios: (language: string | null) => scenarios.all({ language }) as ScenarioRow[],
    insertScenario: (row: { id: string; key: string | null; builtin: 0 | 1; language: string; title: string; content: string; content_hash: string; created_by: string | null; now: number }) =>
      insertScenario.run(row),
    updateScenario: (row: { id: string; language: string; title: string; content: string; content_hash: string; now: number }) => updateScenario.run(row),
    removeScenario: (id: string, now: number) => removeScenario.run(now, id),

    insertSession: (row: Omit<SessionRow, 'ended_at' | 'total' | 'passed' | 'score'>) => insertSession.run(row),
    updateSession: (row: { id: string; status: string; anger: number; ended_at: number | null; total: number | null; passed: 0 | 1 | null; score: string | null }) => updateSession.run(row),
    findSessionById: (id: string) => sessionById.get(id) as SessionRow | undefined,
    listSessions: (f: { profileId: string | null; scenarioId: string | null; before: number | null; limit: number }) => sessions.all(f) as SessionListRow[],
    listFinishedSessions: (profileId: string, limit: number) => finished.all(profileId, limit) as SessionListRow[],
    countSessions: (profileId: string) => countSessions.get(profileId) as number,
    lastSessionAt: (profileId: string) => (lastStarted.get(profileId) as number | null) ?? null,
    scenarioStats: (profileId: string) => stats.all(profileId) as ScenarioStatsRow[],

    insertLine: (row: LineRow) => insertLine.run(row),
    listLines: (sessionId: string) => lines.all(sessionId) as LineRow[],

    insertComment: (row: CommentRow) => insertComment.run(row),
    listComments: (sessionId: string) => comments.all(sessionId) as CommentRow[],

    assign: (profileId: string, scenarioId: string, by: string, now: number) => assign.run(profileId, scenarioId, by, now),
    unassign: (profileId: string, scenarioId: string) => unassign.run(profileId, scenarioId),
    listAssigned: (profileId: string) => assigned.all(profileId) as string[],

    findRubric: (language: string) => (rubric.get(language) as string | undefined) ?? null,
    saveRubric: (language: string, json: string, by: string, now: number) => saveRubric.run(language, json, by, now),
  };
}
export type TrainingRepo = ReturnType<typeof createTrainingRepo>;
