import fs from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../src-main/contract/primitives';
import {
  MAX_ANGER,
  PROCEDURE_STEPS,
  REQUIRED_PHRASE_GROUPS,
  START_ANGER,
  builtinScenarioSchema,
  rubricSchema,
  type Rubric,
  type ScenarioContent,
} from '../../../src-main/contract/training';
import { RESOURCES_DIR } from '../../helpers/core';

type Scenario = ScenarioContent & { key: string };
type Branch = Scenario['turns'][number]['branches'][number];

const twToCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
const cnToTw = OpenCC.Converter({ from: 'cn', to: 'tw' });

/**
 * What the engine compares: width and case folded, traditional characters simplified. Converted
 * one character at a time, as the engine's fold does, so a phrase folds the same inside a reply as
 * on its own; the replay below also runs on whole-string conversion so either engine choice holds.
 */
const normChars = (text: string) => [...text.normalize('NFKC').toLowerCase()].map((c) => twToCn(c)).join('');
const normWhole = (text: string) => twToCn(text.normalize('NFKC').toLowerCase());
type Norm = (text: string) => string;

/**
 * Characters of the other script: changed both on their own and in the whole text (so 核准 keeps
 * its 准 and 了解 its 了) and left alone by the reverse conversion.
 */
function otherScript(text: string, language: 'zh-CN' | 'zh-TW'): string[] {
  const [there, back] = language === 'zh-CN' ? [twToCn, cnToTw] : [cnToTw, twToCn];
  const converted = [...there(text)];
  const chars = [...text];
  if (converted.length !== chars.length) return [`length changed: ${there(text)}`];
  // 台 is the form Taiwan itself writes in place names (台北), though the converter prefers 臺.
  return [...new Set(chars.filter((c, i) => converted[i] !== c && there(c) !== c && back(c) === c && c !== '台'))];
}

const has = (norm: Norm, reply: string, phrase: string) => norm(reply).includes(norm(phrase));
const hasAny = (norm: Norm, reply: string, phrases: readonly string[]) => phrases.some((p) => has(norm, reply, p));
const branchMatches = (norm: Norm, b: Branch, reply: string) =>
  (b.any.length === 0 || hasAny(norm, reply, b.any)) && b.all.every((p) => has(norm, reply, p));

const load = (language: Locale) => {
  const raw = JSON.parse(fs.readFileSync(path.join(RESOURCES_DIR, 'training', `${language}.json`), 'utf8')) as { rubric: unknown; scenarios: unknown[] };
  return { rubric: rubricSchema.parse(raw.rubric), scenarios: raw.scenarios.map((s) => builtinScenarioSchema.parse(s) as Scenario) };
};
const files = Object.fromEntries(LOCALES.map((l) => [l, load(l)])) as Record<Locale, { rubric: Rubric; scenarios: Scenario[] }>;


const REQUIRED_KEYS = [
  'shipping-delay',
  'robot-vacuum-advice',
  'address-change',
  'card-declined',
  'ac-not-cooling',
  'washer-flood',
  'pump-bottle',
  'membership-renewal',
  'refund-confusion',
  'angry-repeat-caller',
  'escalate-manager',
];

/** Every piece of text a trainee or customer reads in a scenario. */
function texts(s: Scenario): string[] {
  return [
    s.title,
    s.summary,
    s.persona.name,
    s.persona.background,
    ...Object.values(s.facts),
    ...s.goals.map((g) => g.label),
    ...s.turns.flatMap((t) => [t.say, t.fallback.say, ...t.branches.map((b) => b.feedback)]),
    ...s.modelReplies,
  ];
}

/** Walks the model replies from the start turn as the engine would, first matching branch wins. */
function replay(s: Scenario, rubric: Rubric, norm: Norm) {
  const turns = new Map(s.turns.map((t) => [t.id, t]));
  const goals = new Set<string>();
  const reachTurn = (id: string) => s.goals.filter((g) => g.turn === id).forEach((g) => goals.add(g.id));
  let at = s.start;
  let anger = START_ANGER[s.persona.mood];
  reachTurn(at);
  const problems: string[] = [];
  s.modelReplies.forEach((reply, i) => {
    const turn = turns.get(at)!;
    if (turn.end) return problems.push(`reply ${i + 1} comes after the end turn "${at}"`);
    const branch = turn.branches.find((b) => branchMatches(norm, b, reply));
    if (!branch) return problems.push(`reply ${i + 1} matches no branch of turn "${at}": ${reply}`);
    if (branch.anger > 0) problems.push(`reply ${i + 1} takes a bad branch of turn "${at}" (anger +${branch.anger})`);
    anger = Math.max(0, Math.min(MAX_ANGER, anger + branch.anger));
    if (anger >= MAX_ANGER) problems.push(`reply ${i + 1} drives the customer to give up`);
    s.goals.filter((g) => hasAny(norm, reply, g.any)).forEach((g) => goals.add(g.id));
    at = branch.next;
    reachTurn(at);
  });
  if (!turns.get(at)!.end) problems.push(`the model replies stop at "${at}", not an end turn`);
  for (const g of s.goals) if (!goals.has(g.id)) problems.push(`goal "${g.id}" is never reached`);
  const all = s.modelReplies.join('\n');
  for (const group of REQUIRED_PHRASE_GROUPS) if (!hasAny(norm, all, rubric.requiredPhrases[group])) problems.push(`no ${group} phrase`);
  for (const p of s.requiredPhrases) if (!has(norm, all, p)) problems.push(`scenario phrase "${p}" never used`);
  for (const p of [...rubric.avoidPhrases, ...s.avoidPhrases]) if (has(norm, all, p)) problems.push(`uses the phrase to avoid "${p}"`);
  if (s.complaint) {
    // The first reply showing each step must come in the procedure's order.
    const firsts = PROCEDURE_STEPS.map((step) => s.modelReplies.findIndex((r) => hasAny(norm, r, rubric.procedure[step])));
    firsts.forEach((first, i) => {
      const previous = i > 0 ? firsts[i - 1]! : -1;
      if (first < 0) problems.push(`procedure step "${PROCEDURE_STEPS[i]}" never shown`);
      else if (first < previous) problems.push(`procedure step "${PROCEDURE_STEPS[i]}" (reply ${first + 1}) comes before "${PROCEDURE_STEPS[i - 1]}" (reply ${previous + 1})`);
    });
  }
  return problems;
}

describe('built-in training content', () => {
  it('ships the same scenario keys in the three languages, at least 16 each, shipping-delay first', () => {
    const keys = (l: Locale) => files[l].scenarios.map((s) => s.key).sort();
    for (const l of LOCALES) {
      expect(files[l].scenarios.length, l).toBeGreaterThanOrEqual(16);
      expect(files[l].scenarios[0]?.key, l).toBe('shipping-delay');
      expect(new Set(keys(l)).size, `${l}: keys are unique`).toBe(files[l].scenarios.length);
      expect(keys(l), l).toEqual(expect.arrayContaining(REQUIRED_KEYS));
    }
    expect(keys('zh-TW')).toEqual(keys('zh-CN'));
    expect(keys('en')).toEqual(keys('zh-CN'));
  });

  it('mixes the channels: at least 4 calls and 3 emails per language', () => {
    for (const l of LOCALES) {
      const count = (c: string) => files[l].scenarios.filter((s) => s.channel === c).length;
      expect(count('call'), l).toBeGreaterThanOrEqual(4);
      expect(count('email'), l).toBeGreaterThanOrEqual(3);
      expect(count('chat'), l).toBeGreaterThanOrEqual(3);
    }
  });

  it('files every rubric and scenario under its own language, in that language’s script', () => {
    for (const l of LOCALES) {
      expect(files[l].rubric.language).toBe(l);
      for (const s of files[l].scenarios) {
        expect(s.language, s.key).toBe(l);
        const text = texts(s).join('\n');
        if (l === 'en') expect(text, s.key).not.toMatch(/\p{Script=Han}/u);
        else expect(text, s.key).toMatch(/\p{Script=Han}/u);
        // zh-CN carries no traditional character; zh-TW no simplified one.
        const wrong = l === 'en' ? [] : otherScript(text, l);
        expect(wrong, `${l}/${s.key}: characters of the other script`).toEqual([]);
      }
    }
  });

  it('gives every rubric the standard timings and natural variants for each phrase group', () => {
    for (const l of LOCALES) {
      const r = files[l].rubric;
      expect(r.firstResponseSeconds).toBe(30);
      expect(r.replyLimitSeconds).toBe(120);
      for (const group of REQUIRED_PHRASE_GROUPS) expect(r.requiredPhrases[group].length, `${l} ${group}`).toBeGreaterThanOrEqual(3);
      for (const step of PROCEDURE_STEPS) expect(r.procedure[step].length, `${l} ${step}`).toBeGreaterThanOrEqual(3);
      expect(r.avoidPhrases.length).toBeGreaterThanOrEqual(8);
    }
  });

  for (const l of LOCALES) {
    describe(l, () => {
      for (const s of files[l].scenarios) {
        it(`${s.key}: every turn is reachable, an end is reachable, and each turn can go wrong`, () => {
          const turns = new Map(s.turns.map((t) => [t.id, t]));
          const seen = new Set([s.start]);
          const queue = [s.start];
          while (queue.length > 0) {
            for (const b of turns.get(queue.shift()!)!.branches) {
              expect(turns.has(b.next), `${b.next} exists`).toBe(true);
              if (!seen.has(b.next)) {
                seen.add(b.next);
                queue.push(b.next);
              }
            }
          }
          expect(s.turns.filter((t) => !seen.has(t.id)).map((t) => t.id), 'unreachable turns').toEqual([]);
          expect(s.turns.some((t) => t.end)).toBe(true);
          expect(s.turns.length).toBeGreaterThanOrEqual(5);
          expect(s.turns.length).toBeLessThanOrEqual(12);
          for (const t of s.turns) {
            if (t.end) continue;
            expect(t.branches.length, `${t.id} leads somewhere`).toBeGreaterThan(0);
            for (const b of t.branches) expect(b.feedback, `${t.id} → ${b.next} explains itself`).not.toBe('');
          }
          // The opening can go wrong, and a wrong turn costs the customer's patience.
          expect(turns.get(s.start)!.branches.some((b) => b.anger > 0), 'the opening has a bad branch').toBe(true);
          expect(s.turns.flatMap((t) => t.branches).filter((b) => b.anger > 0).length, 'bad branches').toBeGreaterThanOrEqual(2);
          expect(s.persona.background).not.toBe('');
          expect(s.summary).not.toBe('');
          expect(s.tags.length).toBeGreaterThan(0);
          expect(Object.keys(s.facts).length).toBeGreaterThan(0);
          // Every {{fact}} a customer says is a fact of the scenario.
          for (const t of s.turns)
            for (const m of `${t.say}\n${t.fallback.say}`.matchAll(/\{\{(\w+)\}\}/g)) expect(Object.keys(s.facts), `${t.id} says {{${m[1]}}}`).toContain(m[1]);
        });

        it(`${s.key}: the model replies walk the good path to an end, every goal and every phrase group`, () => {
          expect(s.modelReplies.length).toBeGreaterThan(0);
          expect(replay(s, files[l].rubric, normChars)).toEqual([]);
          expect(replay(s, files[l].rubric, normWhole)).toEqual([]);
        });

        it(`${s.key}: a brush-off at the opening never counts as a good answer`, () => {
          const brushOff = l === 'en' ? "I don't know." : '我不知道。';
          const opening = s.turns.find((t) => t.id === s.start)!;
          const taken = opening.branches.find((b) => branchMatches(normChars, b, brushOff));
          expect(taken === undefined || taken.anger > 0, 'brush-off is pushed back').toBe(true);
        });
      }
    });
  }
});
