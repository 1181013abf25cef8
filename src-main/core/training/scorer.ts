import {
  MAX_ANGER,
  PROCEDURE_STEPS,
  REQUIRED_PHRASE_GROUPS,
  TRAINING_SKILLS,
  type Rubric,
  type ScenarioContent,
  type TrainingScore,
  type TrainingSkill,
} from '../../contract/training';
import { anyIn, containsPhrase } from './match';
import { apologyOrderApplies, replay, type Reply, type Run } from './runner';

type Step = (typeof PROCEDURE_STEPS)[number];

/** Points off the "avoid" skill for each distinct phrase to avoid that was used. */
export const AVOID_PENALTY = 25;

/** Shortest number of customer turns from each turn to an end turn (end turns: 0); unreachable turns are absent. */
export function distancesToEnd(s: ScenarioContent): Map<string, number> {
  const dist = new Map<string, number>();
  for (const t of s.turns) if (t.end) dist.set(t.id, 0);
  // Few turns (≤ 60): relax until nothing changes rather than build a reverse graph.
  for (let changed = true; changed; ) {
    changed = false;
    for (const t of s.turns) {
      if (t.end) continue;
      for (const b of t.branches) {
        const d = dist.get(b.next);
        if (d !== undefined && (dist.get(t.id) ?? Infinity) > d + 1) {
          dist.set(t.id, d + 1);
          changed = true;
        }
      }
    }
  }
  return dist;
}

/** Longest run of steps already in procedure order (a longest increasing subsequence of five). */
function inOrderCount(steps: readonly Step[]): number {
  const rank = steps.map((x) => PROCEDURE_STEPS.indexOf(x));
  const best: number[] = [];
  rank.forEach((r, i) => {
    best[i] = 1 + Math.max(0, ...rank.slice(0, i).map((q, j) => (q < r ? best[j]! : 0)));
  });
  return Math.max(0, ...best);
}

const pct = (part: number, whole: number) => (whole === 0 ? 100 : Math.round((100 * part) / whole));
const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));

/**
 * The score of a finished (or stopped) session: a pure function of the scenario, the rubric and
 * the trainee's replies, each skill 0–100 and the total their weighted mean. See the README's
 * "Training engine" for the formula per skill.
 */
export function scoreRun(s: ScenarioContent, r: Rubric, run: Run): TrainingScore {
  const trace = run.trace;
  const norms = trace.map((t) => t.norm);
  const replies = trace.length;

  // script: how far along the path to an end, times how often the customer was actually answered.
  const dist = distancesToEnd(s);
  const startDist = dist.get(s.start) ?? 0;
  const hereDist = dist.get(run.turnId) ?? startDist;
  const progress = run.status === 'completed' ? 1 : startDist === 0 ? 0 : Math.max(0, (startDist - hereDist) / startDist);
  const branches = trace.filter((t) => t.branch !== null).length;
  const precision = replies === 0 ? 0 : branches / replies;
  const script = clamp(100 * progress * (0.5 + 0.5 * precision));

  // phrases: the rubric's four groups (those with phrases) and the scenario's own phrases. An
  // apology is expected only where there is something to apologise for (as the runner judges it).
  const missingPhrases: string[] = [];
  let phraseItems = 0;
  for (const group of REQUIRED_PHRASE_GROUPS) {
    if (r.requiredPhrases[group].length === 0 || (group === 'apology' && !apologyOrderApplies(s))) continue;
    phraseItems++;
    if (!norms.some((n) => anyIn(n, r.requiredPhrases[group]))) missingPhrases.push(group);
  }
  for (const phrase of s.requiredPhrases) {
    phraseItems++;
    if (!norms.some((n) => containsPhrase(n, phrase))) missingPhrases.push(phrase);
  }
  const phrases = replies === 0 ? 0 : pct(phraseItems - missingPhrases.length, phraseItems);

  const avoidedUsed = [...new Set([...r.avoidPhrases, ...s.avoidPhrases])].filter((p) => norms.some((n) => containsPhrase(n, p)));
  const avoid = replies === 0 ? 0 : clamp(100 - AVOID_PENALTY * avoidedUsed.length);

  // procedure: steps in the order first taken (ties within a reply in procedure order); only the
  // longest run already in order earns points, 20 per step.
  let procedure: Step[] | null = null;
  let procedureInOrder: boolean | null = null;
  let procedureScore = 100;
  if (s.complaint) {
    procedure = [];
    for (const n of norms) {
      for (const st of PROCEDURE_STEPS) if (!procedure.includes(st) && anyIn(n, r.procedure[st])) procedure.push(st);
    }
    const ordered = inOrderCount(procedure);
    procedureInOrder = ordered === procedure.length;
    procedureScore = pct(ordered, PROCEDURE_STEPS.length);
  }

  // timing: half for the first response against its standard, half for the later replies' share on time.
  const slowReplies = trace.filter((t) => t.slow).length;
  const firstResponseMs = trace[0]?.elapsedMs ?? null;
  const later = trace.slice(1);
  const firstOnTime = trace[0] && !trace[0].slow ? 1 : 0;
  const laterOnTime = later.length === 0 ? firstOnTime : later.filter((t) => !t.slow).length / later.length;
  const timing = replies === 0 ? 0 : clamp(50 * firstOnTime + 50 * laterOnTime);

  const goals = s.goals.map((g) => ({ id: g.id, label: g.label, reached: run.reached.includes(g.id) }));
  const goalsScore = pct(goals.filter((g) => g.reached).length, goals.length);

  // mood: 20 off per point of anger at the end, 10 back per point calmed from the start; giving up is 0.
  const mood = run.status === 'gave-up' || replies === 0 ? 0 : clamp(100 - (100 / MAX_ANGER) * run.anger + 10 * Math.max(0, run.startAnger - run.anger));

  const skills: Record<TrainingSkill, number> = { script, phrases, avoid, procedure: procedureScore, timing, goals: goalsScore, mood };
  const weights = Object.fromEntries(TRAINING_SKILLS.map((k) => [k, r.weights[k] ?? 0])) as Record<TrainingSkill, number>;
  const weightSum = TRAINING_SKILLS.reduce((a, k) => a + weights[k], 0);
  const total = weightSum === 0 ? 0 : clamp(TRAINING_SKILLS.reduce((a, k) => a + skills[k] * weights[k], 0) / weightSum);
  return {
    total,
    // A customer who gave up (or a session stopped half-way) is never a pass, whatever the points.
    passed: run.status === 'completed' && total >= s.passMark,
    passMark: s.passMark,
    skills,
    weights,
    missingPhrases,
    avoidedUsed,
    procedure,
    procedureInOrder,
    firstResponseMs,
    slowReplies,
    goals,
    endAnger: run.anger,
  };
}

export function scoreReplies(s: ScenarioContent, r: Rubric, replies: readonly Reply[]): TrainingScore {
  return scoreRun(s, r, replay(s, r, replies));
}
