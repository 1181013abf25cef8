import type { Locale } from '../../contract/primitives';
import { MAX_ANGER, REQUIRED_PHRASE_GROUPS, START_ANGER, type Rubric, type ScenarioContent, type TrainingFeedback } from '../../contract/training';
import { anyIn, containsPhrase, normalise, phrasesIn } from './match';

/**
 * The simulated customer: pure functions over (scenario, rubric, replies so far). The service
 * replays the stored replies on every turn, so what the trainee saw and what the scorer reads can
 * never disagree.
 */

/** What a customer says when they give up, in the scenario's language. */
export const GIVE_UP_LINES: Record<Locale, string> = {
  'zh-CN': '算了，我不想再跟你说了，我要投诉。',
  'zh-TW': '算了，我不想再跟你講了，我要投訴。',
  en: "Forget it. I'm done talking to you, and I'm making a complaint.",
};

export interface Reply {
  text: string;
  elapsedMs: number;
}

export interface RunLine {
  speaker: 'customer' | 'trainee';
  text: string;
  elapsedMs: number | null;
  turnId: string | null;
  anger: number;
  feedback: TrainingFeedback[];
}

/** What one reply did, for the scorer. */
export interface ReplyTrace {
  text: string;
  norm: string;
  elapsedMs: number;
  limitMs: number;
  slow: boolean;
  fromTurn: string;
  /** Index of the branch taken, or null when the fallback answered. */
  branch: number | null;
  /** The turn the customer moved to; null when they gave up instead. */
  toTurn: string | null;
  angerBefore: number;
  angerAfter: number;
}

export type RunStatus = 'active' | 'completed' | 'gave-up';

export interface Run {
  status: RunStatus;
  /** The turn whose line the trainee is answering (the last one spoken). */
  turnId: string;
  anger: number;
  startAnger: number;
  misses: number;
  lines: RunLine[];
  trace: ReplyTrace[];
  /** Goal ids, in the order they were reached. */
  reached: string[];
  /** Turn ids the customer spoke, in order. */
  visited: string[];
  /** Required phrase groups and scenario phrases already praised, so praise comes once. */
  praised: string[];
  apologyOrderJudged: boolean;
}

const clampAnger = (n: number) => Math.max(0, Math.min(MAX_ANGER, n));

/** {{orderNo}} → the scenario's fact; unknown names stay as written so a typo shows in preview. */
export function fillFacts(text: string, facts: Record<string, string>): string {
  return text.replace(/\{\{\s*([a-zA-Z][a-zA-Z0-9]*)\s*\}\}/g, (whole, name: string) => facts[name] ?? whole);
}

const turnOf = (s: ScenarioContent, id: string) => {
  const t = s.turns.find((x) => x.id === id);
  if (!t) throw new Error(`turn ${id} is not in the scenario`);
  return t;
};

/** Lowest position of any of the phrases in the reply, or -1. */
function firstAt(norm: string, phrases: readonly string[]): number {
  let best = -1;
  for (const p of phrases) {
    if (!containsPhrase(norm, p)) continue;
    const at = norm.indexOf(normalise(p));
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  return best;
}

/** Whether apologising before explaining is judged: complaints and customers who arrive upset. */
export const apologyOrderApplies = (s: ScenarioContent) => s.complaint || START_ANGER[s.persona.mood] >= 2;
export const apologyPhrases = (r: Rubric) => [...r.requiredPhrases.apology, ...r.procedure.apologise];
/** "Explaining": checking details or offering a resolution. */
export const explainPhrases = (r: Rubric) => [...r.procedure.confirm, ...r.procedure.resolve];
const isQuestion = (norm: string) => /[?？吗嗎]/.test(norm);

function reachOnArrival(s: ScenarioContent, run: Run, turnId: string, feedback: TrainingFeedback[] | null) {
  for (const g of s.goals) {
    if (g.turn === turnId && !run.reached.includes(g.id)) {
      run.reached.push(g.id);
      feedback?.push({ tone: 'good', code: 'goal-reached', text: '', params: { goal: g.label, id: g.id } });
    }
  }
}

export function startRun(s: ScenarioContent): Run {
  const anger = START_ANGER[s.persona.mood];
  const start = turnOf(s, s.start);
  const run: Run = {
    status: start.end ? 'completed' : 'active', turnId: start.id, anger, startAnger: anger, misses: 0,
    lines: [{ speaker: 'customer', text: fillFacts(start.say, s.facts), elapsedMs: null, turnId: start.id, anger, feedback: [] }],
    trace: [], reached: [], visited: [start.id], praised: [], apologyOrderJudged: false,
  };
  reachOnArrival(s, run, start.id, null);
  return run;
}

/** The trainee's reply and the customer's answer. Replies after the session ended are ignored. */
export function step(s: ScenarioContent, r: Rubric, before: Run, reply: Reply): Run {
  if (before.status !== 'active') return before;
  const run: Run = { ...before, lines: [...before.lines], trace: [...before.trace], reached: [...before.reached], visited: [...before.visited], praised: [...before.praised] };
  const turn = turnOf(s, run.turnId);
  const norm = normalise(reply.text);
  const feedback: TrainingFeedback[] = [];
  const first = run.trace.length === 0;
  const angerBefore = run.anger;
  let delta = 0;

  const limitMs = (first ? r.firstResponseSeconds : r.replyLimitSeconds) * 1000;
  const slow = reply.elapsedMs > limitMs;
  if (slow) {
    delta += 1;
    run.misses += 1;
    feedback.push({ tone: 'warn', code: first ? 'slow-first-response' : 'slow-reply', text: '', params: { seconds: Math.round(reply.elapsedMs / 1000), limit: limitMs / 1000 } });
  }

  for (const phrase of phrasesIn(norm, [...r.avoidPhrases, ...s.avoidPhrases])) {
    feedback.push({ tone: 'bad', code: 'avoid-phrase', text: '', params: { phrase } });
  }
  for (const group of REQUIRED_PHRASE_GROUPS) {
    if (!run.praised.includes(group) && anyIn(norm, r.requiredPhrases[group])) {
      run.praised.push(group);
      feedback.push({ tone: 'good', code: 'phrase-used', text: '', params: { group } });
    }
  }
  for (const phrase of s.requiredPhrases) {
    const key = `phrase:${phrase}`;
    if (!run.praised.includes(key) && containsPhrase(norm, phrase)) {
      run.praised.push(key);
      feedback.push({ tone: 'good', code: 'required-phrase', text: '', params: { phrase } });
    }
  }

  if (!run.apologyOrderJudged && apologyOrderApplies(s)) {
    const explainedAt = firstAt(norm, explainPhrases(r));
    if (explainedAt >= 0) {
      const apologisedBefore = run.trace.some((t) => anyIn(t.norm, apologyPhrases(r)));
      const apologyAt = firstAt(norm, apologyPhrases(r));
      const good = apologisedBefore || (apologyAt >= 0 && apologyAt <= explainedAt);
      run.apologyOrderJudged = true;
      feedback.push(good ? { tone: 'good', code: 'apology-before-explaining', text: '', params: {} } : { tone: 'bad', code: 'explained-before-apology', text: '', params: {} });
    }
  }

  const factValues = Object.values(s.facts);
  for (const g of s.goals) {
    if (g.any.length === 0 || !anyIn(norm, g.any)) continue;
    if (!run.reached.includes(g.id)) {
      run.reached.push(g.id);
      feedback.push({ tone: 'good', code: 'goal-reached', text: '', params: { goal: g.label, id: g.id } });
    } else if (isQuestion(norm) && !factValues.some((v) => containsPhrase(norm, v))) {
      // Asking again for what the customer already gave (a confirmation repeats the value instead).
      feedback.push({ tone: 'warn', code: 'asked-again', text: '', params: { goal: g.label, id: g.id } });
    }
  }

  const branchIndex = turn.branches.findIndex((b) => (b.any.length === 0 || anyIn(norm, b.any)) && b.all.every((p) => containsPhrase(norm, p)));
  const branch = branchIndex >= 0 ? turn.branches[branchIndex]! : null;
  if (branch) {
    delta += branch.anger;
    if (branch.feedback) feedback.push({ tone: branch.anger > 0 ? 'warn' : 'good', code: 'branch', text: branch.feedback, params: {} });
  } else {
    delta += turn.fallback.anger;
    run.misses += 1;
    feedback.push({ tone: 'warn', code: 'fallback', text: '', params: {} });
  }
  run.anger = clampAnger(angerBefore + delta);
  if (run.anger < angerBefore) feedback.push({ tone: 'good', code: 'customer-calmer', text: '', params: { anger: run.anger } });
  if (run.anger > angerBefore) feedback.push({ tone: 'bad', code: 'customer-angrier', text: '', params: { anger: run.anger } });

  const traineeLine: RunLine = { speaker: 'trainee', text: reply.text, elapsedMs: reply.elapsedMs, turnId: null, anger: angerBefore, feedback };
  run.lines.push(traineeLine);
  const givesUp = run.anger >= MAX_ANGER || run.misses > s.persona.patience;
  let toTurn: string | null = null;
  if (givesUp) {
    run.status = 'gave-up';
    run.lines.push({
      speaker: 'customer', text: GIVE_UP_LINES[s.language], elapsedMs: null, turnId: null, anger: run.anger,
      feedback: [{ tone: 'bad', code: 'gave-up', text: '', params: { reason: run.anger >= MAX_ANGER ? 'anger' : 'patience' } }],
    });
  } else if (branch) {
    const next = turnOf(s, branch.next);
    toTurn = next.id;
    run.turnId = next.id;
    run.visited.push(next.id);
    reachOnArrival(s, run, next.id, feedback);
    run.lines.push({ speaker: 'customer', text: fillFacts(next.say, s.facts), elapsedMs: null, turnId: next.id, anger: run.anger, feedback: [] });
    if (next.end) run.status = 'completed';
  } else {
    toTurn = turn.id;
    run.lines.push({ speaker: 'customer', text: fillFacts(turn.fallback.say, s.facts), elapsedMs: null, turnId: turn.id, anger: run.anger, feedback: [] });
  }
  run.trace.push({ text: reply.text, norm, elapsedMs: reply.elapsedMs, limitMs, slow, fromTurn: turn.id, branch: branch ? branchIndex : null, toTurn, angerBefore, angerAfter: run.anger });
  return run;
}

export function replay(s: ScenarioContent, r: Rubric, replies: readonly Reply[]): Run {
  let run = startRun(s);
  for (const reply of replies) run = step(s, r, run, reply);
  return run;
}
