import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Rubric } from '../../../src-main/contract/training';
import { readTrainingFileStrict } from '../../../src-main/core/training/resources';
import { replay, type Reply } from '../../../src-main/core/training/runner';
import { scoreReplies } from '../../../src-main/core/training/scorer';
import { FIXTURE_RESOURCES } from './helpers';

const TRANSCRIPTS = path.resolve(__dirname, '../../fixtures/training/transcripts');

/** A recorded transcript: one JSON line per trainee reply, as the window sent it (text, elapsedMs). */
function transcript(name: string): Reply[] {
  return fs
    .readFileSync(path.join(TRANSCRIPTS, `${name}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Reply);
}

function fixture(key: string, language: 'zh-CN' | 'en' = 'zh-CN') {
  const file = readTrainingFileStrict(FIXTURE_RESOURCES, language);
  return { scenario: file.scenarios.find((s) => s.key === key)!, rubric: file.rubric! };
}

describe('scoring recorded transcripts', () => {
  const delay = fixture('shipping-delay');
  const score = (name: string, rubric: Rubric = delay.rubric) => scoreReplies(delay.scenario, rubric, transcript(name));

  it('gives the model answer full marks in every skill', () => {
    const s = score('shipping-delay.model');
    expect(s).toMatchObject({
      total: 100, passed: true, passMark: 80,
      skills: { script: 100, phrases: 100, avoid: 100, procedure: 100, timing: 100, goals: 100, mood: 100 },
      missingPhrases: [], avoidedUsed: [], procedure: ['calm', 'apologise', 'confirm', 'resolve', 'follow-up'], procedureInOrder: true,
      firstResponseMs: 12_000, slowReplies: 0, endAnger: 0,
    });
    expect(s.weights).toEqual(delay.rubric.weights);
  });

  it('marks down a slow answer with no apology: the apology is missing, the replies slow, the customer angrier', () => {
    const s = score('shipping-delay.slow-no-apology');
    expect(s).toMatchObject({
      total: 67, passed: false,
      skills: { script: 100, phrases: 20, avoid: 100, procedure: 40, timing: 38, goals: 100, mood: 40 },
      missingPhrases: ['greeting', 'apology', 'thanks', '久等'], avoidedUsed: [], procedure: ['confirm', 'resolve'], procedureInOrder: true,
      firstResponseMs: 48_000, slowReplies: 2, endAnger: 3,
    });
    const run = replay(delay.scenario, delay.rubric, transcript('shipping-delay.slow-no-apology'));
    expect(run.anger).toBeGreaterThan(run.startAnger);
    expect(run.lines[1]!.feedback.map((f) => f.code)).toEqual(['slow-first-response', 'explained-before-apology', 'goal-reached', 'branch', 'customer-angrier']);
  });

  it('takes 25 points off "avoid" per phrase to avoid that was used', () => {
    expect(score('shipping-delay.avoid-phrase')).toMatchObject({
      total: 89, passed: true,
      skills: { script: 100, phrases: 100, avoid: 50, procedure: 60, timing: 100, goals: 100, mood: 100 },
      missingPhrases: [], avoidedUsed: ['没办法', '系统问题'], procedure: ['apologise', 'confirm', 'resolve'], procedureInOrder: true, slowReplies: 0, endAnger: 0,
    });
  });

  it('counts only the complaint steps taken in order', () => {
    expect(score('shipping-delay.out-of-order')).toMatchObject({
      total: 93, passed: true,
      skills: { script: 100, phrases: 100, avoid: 100, procedure: 60, timing: 100, goals: 100, mood: 90 },
      procedure: ['confirm', 'resolve', 'apologise', 'calm', 'follow-up'], procedureInOrder: false, endAnger: 1,
    });
  });

  it('does not score the procedure, nor expect an apology, where there is no complaint', () => {
    const v = fixture('vacuum-advice', 'en');
    expect(scoreReplies(v.scenario, v.rubric, transcript('vacuum-advice.model'))).toMatchObject({
      total: 100, skills: { script: 100, phrases: 100, avoid: 100, procedure: 100, timing: 100, goals: 100, mood: 100 },
      procedure: null, procedureInOrder: null, missingPhrases: [],
      goals: [{ id: 'ask-first', reached: true }, { id: 'recommend', reached: true }],
    });
  });

  it('scores a customer who gave up at zero for mood, and never as a pass', () => {
    // Gives up on the second reply (slow, no answer: anger 5); the third is never heard. One turn of
    // five covered with one answer in two: script 100 × 1/5 × (0.5 + 0.5 × 1/2) = 15.
    const gaveUp = [{ text: '订单号？', elapsedMs: 60_000 }, { text: '不知道', elapsedMs: 200_000 }, { text: '随便', elapsedMs: 1_000 }];
    const s = scoreReplies(delay.scenario, delay.rubric, gaveUp);
    expect(s).toMatchObject({ total: 18, passed: false, skills: { script: 15, phrases: 0, avoid: 75, procedure: 20, timing: 0, goals: 20, mood: 0 }, endAnger: 5 });
    expect(s.goals.map((g) => g.reached)).toEqual([true, false, false, false, false]);
  });

  it('gives the same transcript the same score every time', () => {
    for (const name of ['shipping-delay.model', 'shipping-delay.slow-no-apology', 'shipping-delay.out-of-order']) {
      expect(score(name)).toEqual(score(name));
    }
  });

  it('follows the rubric: other weights, other total', () => {
    const timingHeavy: Rubric = { ...delay.rubric, weights: { script: 0, phrases: 0, avoid: 0, procedure: 0, timing: 50, goals: 0, mood: 50 } };
    expect(score('shipping-delay.slow-no-apology', timingHeavy).total).toBe(39);
    const lenient: Rubric = { ...delay.rubric, firstResponseSeconds: 60, replyLimitSeconds: 180 };
    expect(score('shipping-delay.slow-no-apology', lenient)).toMatchObject({ slowReplies: 0, skills: { timing: 100 } });
  });
});
