import type Database from 'better-sqlite3';
import { AppError } from '../../contract/errors';
import type { Locale } from '../../contract/primitives';
import type { Profile } from '../../contract/profiles';
import { START_ANGER, TRAINING_SKILLS, type ScenarioContent, type TrainingProgress, type TrainingSkill } from '../../contract/training';
import type { Auditor } from '../audit/auditRepo';
import type { Clock } from '../shared/clock';
import type { ScenarioRow, ScenarioStatsRow, SessionListRow, TrainingRepo } from './trainingRepo';
import type { TrainingService } from './trainingService';
import { contentOf, scoreOf, toScenarioSummary } from './views';

const TREND_LENGTH = 50;
const AVERAGE_OVER = 10;

/** Whether a scenario gives practice in a skill: by its tags first, then by what it contains. */
export function practises(c: ScenarioContent, skill: TrainingSkill): boolean {
  if (c.tags.some((t) => t.toLowerCase() === skill)) return true;
  switch (skill) {
    case 'procedure':
      return c.complaint;
    case 'mood':
      return START_ANGER[c.persona.mood] >= 2;
    case 'timing':
      return c.channel !== 'email';
    case 'phrases':
      return c.requiredPhrases.length > 0;
    case 'avoid':
      return c.avoidPhrases.length > 0;
    case 'goals':
      return c.goals.length >= 3;
    case 'script':
      return c.scriptKey !== null;
  }
}

/** Per-skill averages of the sessions given (their stored scores), rounded. */
export function skillAverages(sessions: SessionListRow[]): Partial<Record<TrainingSkill, number>> {
  const scores = sessions.map(scoreOf).filter((s) => s !== null);
  if (scores.length === 0) return {};
  return Object.fromEntries(TRAINING_SKILLS.map((k) => [k, Math.round(scores.reduce((a, s) => a + s.skills[k], 0) / scores.length)]));
}

/** Up to `n` skills below full marks, weakest first (ties in the rubric's skill order). */
export function weakestSkills(averages: Partial<Record<TrainingSkill, number>>, n = 3): TrainingSkill[] {
  return TRAINING_SKILLS.filter((k) => averages[k] !== undefined && averages[k] < 100)
    .sort((a, b) => averages[a]! - averages[b]! || TRAINING_SKILLS.indexOf(a) - TRAINING_SKILLS.indexOf(b))
    .slice(0, n);
}

/** Progress, the team view and assignments: what trainees and supervisors read about practice. */
export function createProgressService(deps: {
  db: Database.Database;
  repo: TrainingRepo;
  training: TrainingService;
  profiles: () => Profile[];
  /** The window's language: which built-ins make up the certificate set when nothing is assigned. */
  language: () => Locale;
  clock: Clock;
  audit: Auditor;
}) {
  const { repo, training } = deps;
  const profileOf = (id: string): Profile => {
    const p = deps.profiles().find((x) => x.id === id);
    if (!p) throw new AppError('NOT_FOUND', 'No such profile.', { id, reason: 'profile-not-found' });
    return p;
  };

  function progress(profileId: string | undefined): TrainingProgress {
    const me = training.me();
    const who = profileId === undefined || profileId === me.id ? me : (training.assertMayRead(profileId), profileOf(profileId));
    const finished = repo.listFinishedSessions(who.id, TREND_LENGTH);
    const averages = skillAverages(finished.slice(0, AVERAGE_OVER));
    const weakest = weakestSkills(averages);
    const stats = new Map<string, ScenarioStatsRow>(repo.scenarioStats(who.id).map((s) => [s.scenario_id, s]));
    const assignedIds = repo.listAssigned(who.id);
    const assigned = new Set(assignedIds);
    const language = deps.language();
    const all = repo.listScenarios(null);
    const byId = new Map(all.map((r) => [r.id, r]));
    const summary = (r: ScenarioRow) => toScenarioSummary(r, stats.get(r.id), assigned.has(r.id));
    const passed = (id: string) => stats.get(id)?.passed === 1;

    const suggested: ScenarioRow[] = assignedIds.filter((id) => !passed(id)).map((id) => byId.get(id)).filter((r) => r !== undefined);
    const candidates = all
      .filter((r) => r.language === language && !passed(r.id) && !suggested.includes(r))
      .map((r) => {
        const c = contentOf(r);
        // The weakest skill counts most; with no history yet, the easiest scenarios come first.
        const fit = weakest.reduce((a, skill, i) => a + (practises(c, skill) ? weakest.length - i : 0), 0);
        return { r, fit, tried: stats.has(r.id) ? 1 : 0, difficulty: c.difficulty, title: c.title };
      })
      .sort((a, b) => b.fit - a.fit || a.tried - b.tried || a.difficulty - b.difficulty || a.title.localeCompare(b.title));
    suggested.push(...candidates.map((c) => c.r));

    const set = assignedIds.length > 0 ? assignedIds : all.filter((r) => r.builtin === 1 && r.language === language).map((r) => r.id);
    const setPassed = set.filter(passed);
    const bests = set.map((id) => stats.get(id)?.best).filter((b): b is number => b !== null && b !== undefined);
    const complete = set.length > 0 && setPassed.length === set.length;
    return {
      profileId: who.id,
      profileName: who.name,
      sessions: repo.countSessions(who.id),
      trend: [...finished].reverse().map((s) => ({ sessionId: s.id, at: s.ended_at ?? s.started_at, title: s.title, total: s.total ?? 0, skills: scoreOf(s)!.skills })),
      skillAverages: averages,
      weakest,
      suggested: suggested.slice(0, 3).map(summary),
      certificate: {
        set: assignedIds.length > 0 ? 'assigned' : 'builtin',
        passed: setPassed.length,
        of: set.length,
        complete,
        completedAt: complete ? Math.max(...set.map((id) => stats.get(id)?.first_passed_at ?? 0)) : null,
        average: bests.length === 0 ? null : Math.round(bests.reduce((a, b) => a + b, 0) / bests.length),
      },
    };
  }

  function team() {
    return {
      items: deps.profiles().map((p) => {
        const recent = repo.listFinishedSessions(p.id, AVERAGE_OVER);
        const totals = recent.map((s) => s.total ?? 0);
        return {
          profileId: p.id,
          name: p.name,
          role: p.role,
          sessions: repo.countSessions(p.id),
          average: totals.length === 0 ? null : Math.round(totals.reduce((a, b) => a + b, 0) / totals.length),
          passed: repo.scenarioStats(p.id).filter((s) => s.passed === 1).length,
          assigned: repo.listAssigned(p.id).length,
          lastAt: repo.lastSessionAt(p.id),
          weakest: weakestSkills(skillAverages(recent), 1)[0] ?? null,
        };
      }),
    };
  }

  function assign(profileId: string, scenarioIds: string[], on: boolean) {
    const target = profileOf(profileId);
    const by = training.me().id;
    deps.db.transaction(() => {
      for (const id of scenarioIds) {
        if (on) {
          training.findScenario(id);
          repo.assign(target.id, id, by, deps.clock.now());
        } else {
          repo.unassign(target.id, id);
        }
      }
    })();
    if (scenarioIds.length > 0) deps.audit('training.assign', 'profile', target.id, { scenarios: scenarioIds.length, assigned: on });
    return { assigned: repo.listAssigned(target.id) };
  }

  /** What is assigned to someone, read without changing (or auditing) anything. */
  function assignments(profileId: string) {
    return { assigned: repo.listAssigned(profileOf(profileId).id) };
  }

  return { progress, team, assign, assignments };
}
export type ProgressService = ReturnType<typeof createProgressService>;
