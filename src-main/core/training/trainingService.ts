import type Database from 'better-sqlite3';
import { AppError } from '../../contract/errors';
import type { Locale } from '../../contract/primitives';
import type { Profile } from '../../contract/profiles';
import { rubricSchema, scenarioContentSchema, type Rubric, type ScenarioContent, type TrainingSession } from '../../contract/training';
import type { Auditor } from '../audit/auditRepo';
import type { Clock } from '../shared/clock';
import type { IdGenerator } from '../shared/ids';
import { DEFAULT_RUBRICS } from './defaultRubrics';
import { replay, type Run } from './runner';
import { scoreRun } from './scorer';
import { contentHash } from './syncScenarios';
import type { ScenarioRow, SessionRow, TrainingRepo } from './trainingRepo';
import { contentOf, snapshotOf, toScenario, toScenarioSummary, toSession, toSessionSummary } from './views';

export interface TrainingDeps {
  db: Database.Database;
  repo: TrainingRepo;
  /** The signed-in profile (the core's session, never the window's word). */
  me: () => Profile | null;
  /** Rubrics shipped in resources/training, per language; a supervisor's saved rubric wins. */
  shippedRubrics: Partial<Record<Locale, Rubric>>;
  clock: Clock;
  newId: IdGenerator;
  audit: Auditor;
}

export const EXPORT_FORMAT = 'agent-workstation.training-scenario';

/** Scenarios, rubrics, practice sessions and comments. Identity and "own data only" are checked here. */
export function createTrainingService(deps: TrainingDeps) {
  const { repo, clock } = deps;

  const me = (): Profile => {
    const p = deps.me();
    if (!p) throw new AppError('UNAUTHORIZED', 'Sign in first.', { reason: 'sign-in-required' });
    return p;
  };
  const isSupervisor = () => me().role === 'supervisor';
  /** Own data for anyone; someone else's only for a supervisor. */
  const assertMayRead = (profileId: string) => {
    const p = me();
    if (p.id !== profileId && p.role !== 'supervisor') {
      throw new AppError('FORBIDDEN', "Only a supervisor may see another person's practice.", { reason: 'not-own-training' });
    }
  };

  const findScenario = (id: string): ScenarioRow => {
    const row = repo.findScenarioById(id);
    if (!row || row.removed_at !== null) throw new AppError('NOT_FOUND', `No training scenario ${id}.`, { id, reason: 'scenario-not-found' });
    return row;
  };
  const findSession = (id: string): SessionRow => {
    const row = repo.findSessionById(id);
    if (!row) throw new AppError('NOT_FOUND', `No training session ${id}.`, { id, reason: 'session-not-found' });
    return row;
  };
  const view = (row: SessionRow): TrainingSession => toSession(row, repo.listLines(row.id), repo.listComments(row.id));

  function rubric(language: Locale): Rubric {
    const saved = repo.findRubric(language);
    if (saved !== null) {
      const parsed = rubricSchema.safeParse(JSON.parse(saved));
      if (parsed.success) return parsed.data;
    }
    return deps.shippedRubrics[language] ?? DEFAULT_RUBRICS[language];
  }

  const mustBeCustom = (row: ScenarioRow) => {
    if (row.builtin === 1) throw new AppError('FORBIDDEN', 'Built-in scenarios are read-only; save a copy to change one.', { id: row.id, reason: 'builtin-read-only' });
  };
  const insertCustom = (content: ScenarioContent): string => {
    const id = deps.newId();
    repo.insertScenario({ id, key: null, builtin: 0, language: content.language, title: content.title, content: JSON.stringify(content), content_hash: contentHash(content), created_by: me().id, now: clock.now() });
    return id;
  };

  /** Stores the lines of the run not stored yet, and the session's state (and score once it ends). */
  function persistRun(row: SessionRow, run: Run, stored: number, stopped = false) {
    const now = clock.now();
    run.lines.slice(stored).forEach((l, i) =>
      repo.insertLine({ session_id: row.id, idx: stored + i, speaker: l.speaker, text: l.text, at: now, elapsed_ms: l.elapsedMs, turn_id: l.turnId, anger: l.anger, feedback: JSON.stringify(l.feedback) }),
    );
    const status = stopped ? 'stopped' : run.status;
    const ended = status !== 'active';
    const { scenario, rubric: used } = snapshotOf(row);
    const score = ended ? scoreRun(scenario, used, run) : null;
    repo.updateSession({
      id: row.id, status, anger: run.anger, ended_at: ended ? now : null,
      total: score?.total ?? null, passed: score ? (score.passed ? 1 : 0) : null, score: score ? JSON.stringify(score) : null,
    });
  }
  const replayStored = (row: SessionRow) => {
    const { scenario, rubric: used } = snapshotOf(row);
    const lines = repo.listLines(row.id);
    const replies = lines.filter((l) => l.speaker === 'trainee').map((l) => ({ text: l.text, elapsedMs: l.elapsed_ms ?? 0 }));
    return { scenario, used, lines, replies, run: replay(scenario, used, replies) };
  };
  const mustOwnActive = (row: SessionRow) => {
    if (row.profile_id !== me().id) throw new AppError('FORBIDDEN', 'Only the person practising may answer in this session.', { id: row.id, reason: 'not-own-training' });
  };

  const startTx = deps.db.transaction((scenarioId: string): string => {
    const sc = findScenario(scenarioId);
    const content = contentOf(sc);
    const used = rubric(content.language);
    const p = me();
    const id = deps.newId();
    const row: SessionRow = {
      id, scenario_id: sc.id, profile_id: p.id, profile_name: p.name, language: content.language, title: content.title,
      scenario: JSON.stringify(content), rubric: JSON.stringify(used), status: 'active', anger: 0, started_at: clock.now(),
      ended_at: null, total: null, passed: null, score: null,
    };
    const run = replay(content, used, []);
    repo.insertSession({ ...row, anger: run.anger });
    persistRun(row, run, 0);
    return id;
  });

  const replyTx = deps.db.transaction((sessionId: string, text: string, elapsedMs: number) => {
    const row = findSession(sessionId);
    mustOwnActive(row);
    if (row.status !== 'active') throw new AppError('CONFLICT', 'This practice session has ended.', { id: row.id, reason: 'session-ended' });
    const { scenario, used, lines, replies } = replayStored(row);
    persistRun(row, replay(scenario, used, [...replies, { text, elapsedMs }]), lines.length);
  });

  const stopTx = deps.db.transaction((sessionId: string) => {
    const row = findSession(sessionId);
    mustOwnActive(row);
    if (row.status !== 'active') return;
    const { run, lines } = replayStored(row);
    persistRun(row, run, lines.length, true);
  });

  return {
    me,
    isSupervisor,
    assertMayRead,
    findScenario,
    rubric,

    scenario: (id: string) => toScenario(findScenario(id)),

    scenarios(language: Locale | undefined) {
      const p = me();
      const stats = new Map(repo.scenarioStats(p.id).map((s) => [s.scenario_id, s]));
      const assigned = new Set(repo.listAssigned(p.id));
      return { items: repo.listScenarios(language ?? null).map((r) => toScenarioSummary(r, stats.get(r.id), assigned.has(r.id))) };
    },

    saveScenario(id: string | null, content: ScenarioContent) {
      const saved = deps.db.transaction(() => {
        if (id === null) return insertCustom(content);
        const row = findScenario(id);
        mustBeCustom(row);
        repo.updateScenario({ id, language: content.language, title: content.title, content: JSON.stringify(content), content_hash: contentHash(content), now: clock.now() });
        return id;
      })();
      deps.audit('training.scenario.save', 'training-scenario', saved, { created: id === null, language: content.language });
      return toScenario(findScenario(saved));
    },

    removeScenario(id: string) {
      const row = findScenario(id);
      mustBeCustom(row);
      repo.removeScenario(id, clock.now());
      deps.audit('training.scenario.remove', 'training-scenario', id);
      return { removed: true as const };
    },

    importScenario(json: string) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(json);
      } catch {
        throw new AppError('VALIDATION', 'The file is not valid JSON.', { reason: 'invalid-json', issues: [{ path: ['json'], code: 'invalid_json', message: 'not JSON' }] });
      }
      // Our own export wraps the content; a built-in taken from resources carries a key we drop.
      const wrapped = parsed !== null && typeof parsed === 'object' && 'scenario' in parsed ? (parsed as { scenario: unknown }).scenario : parsed;
      const bare = wrapped !== null && typeof wrapped === 'object' && !Array.isArray(wrapped) ? Object.fromEntries(Object.entries(wrapped).filter(([k]) => k !== 'key')) : wrapped;
      const content = scenarioContentSchema.safeParse(bare);
      if (!content.success) {
        throw new AppError('VALIDATION', 'The file is not a training scenario this app can read.', {
          reason: 'invalid-scenario',
          issues: content.error.issues.slice(0, 50).map((i) => ({ path: ['scenario', ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))], code: i.code, message: i.message })),
        });
      }
      const id = deps.db.transaction(() => insertCustom(content.data))();
      deps.audit('training.scenario.import', 'training-scenario', id, { language: content.data.language });
      return toScenario(findScenario(id));
    },

    exportScenario(id: string) {
      const s = toScenario(findScenario(id));
      return {
        fileName: `training-${s.key ?? s.id.toLowerCase()}-${s.content.language}.json`,
        json: JSON.stringify({ format: EXPORT_FORMAT, version: 1, scenario: s.content }, null, 2),
      };
    },

    saveRubric(r: Rubric) {
      repo.saveRubric(r.language, JSON.stringify(r), me().id, clock.now());
      deps.audit('training.rubric.save', 'training-rubric', null, { language: r.language });
      return rubric(r.language);
    },

    start: (scenarioId: string) => view(findSession(startTx(scenarioId))),
    reply(sessionId: string, text: string, elapsedMs: number) {
      replyTx(sessionId, text, elapsedMs);
      return view(findSession(sessionId));
    },
    stop(sessionId: string) {
      stopTx(sessionId);
      return view(findSession(sessionId));
    },

    session(id: string) {
      const row = findSession(id);
      assertMayRead(row.profile_id);
      return view(row);
    },

    sessions(f: { profileId?: string; all: boolean; scenarioId?: string; before?: number; limit: number }) {
      const p = me();
      if ((f.all || (f.profileId !== undefined && f.profileId !== p.id)) && p.role !== 'supervisor') {
        throw new AppError('FORBIDDEN', "Only a supervisor may see another person's practice.", { reason: 'not-own-training' });
      }
      const profileId = f.profileId ?? (f.all ? null : p.id);
      return { items: repo.listSessions({ profileId, scenarioId: f.scenarioId ?? null, before: f.before ?? null, limit: f.limit }).map(toSessionSummary) };
    },

    comment(sessionId: string, lineIndex: number, text: string) {
      const p = me();
      deps.db.transaction(() => {
        const row = findSession(sessionId);
        if (!repo.listLines(row.id).some((l) => l.idx === lineIndex)) {
          throw new AppError('NOT_FOUND', `Session ${sessionId} has no line ${lineIndex}.`, { id: sessionId, reason: 'line-not-found' });
        }
        repo.insertComment({ id: deps.newId(), session_id: row.id, line_index: lineIndex, author_id: p.id, author_name: p.name, text, at: clock.now() });
        deps.audit('training.comment', 'training-session', row.id, { lineIndex, trainee: row.profile_id });
      })();
      return view(findSession(sessionId));
    },
  };
}
export type TrainingService = ReturnType<typeof createTrainingService>;
