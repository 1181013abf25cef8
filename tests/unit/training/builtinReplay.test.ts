import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src-main/contract/primitives';
import type { TrainingScenario, TrainingScenarioSummary, TrainingSession } from '../../../src-main/contract/training';
import { readTrainingFileStrict } from '../../../src-main/core/training/resources';
import { makeCore, ok, RESOURCES_DIR } from '../../helpers/core';

/**
 * Every shipped scenario, played through the API with its own model answer (ten seconds a reply):
 * the engine must reach an end turn and every goal, and score at least the pass mark. Runs over
 * whatever resources/training holds, so new content is checked the day it lands.
 */
describe('built-in scenarios, replayed through the engine', () => {
  it('reads every shipped training file without a single problem', () => {
    for (const l of LOCALES) expect(() => readTrainingFileStrict(RESOURCES_DIR, l), l).not.toThrow();
  });

  it('lets each model answer finish its scenario, reach every goal and pass', () => {
    const { core } = makeCore();
    const all = ok<{ items: TrainingScenarioSummary[] }>(core.dispatch('training.scenarios', {})).items.filter((s) => s.builtin);
    const shipped = LOCALES.reduce((n, l) => n + readTrainingFileStrict(RESOURCES_DIR, l).scenarios.length, 0);
    expect(shipped).toBeGreaterThan(0);
    expect(all).toHaveLength(shipped);
    const failures: string[] = [];
    for (const summary of all) {
      const { content } = ok<TrainingScenario>(core.dispatch('training.scenario', { id: summary.id }));
      let s = ok<TrainingSession>(core.dispatch('training.start', { scenarioId: summary.id }));
      for (const text of content.modelReplies) {
        if (s.status !== 'active') break;
        s = ok<TrainingSession>(core.dispatch('training.reply', { sessionId: s.id, text, elapsedMs: 10_000 }));
      }
      const name = `${content.language}/${summary.key}`;
      if (s.status !== 'completed') failures.push(`${name}: ${s.status} at "${s.lines.at(-1)?.turnId}" after ${s.lines.filter((l) => l.speaker === 'trainee').length} replies`);
      const missed = s.score?.goals.filter((g) => !g.reached).map((g) => g.id) ?? [];
      if (missed.length > 0) failures.push(`${name}: goals not reached ${missed.join(', ')}`);
      if (s.score && s.score.total < content.passMark) failures.push(`${name}: ${s.score.total} < ${content.passMark} ${JSON.stringify(s.score.skills)} missing ${s.score.missingPhrases.join(',')}`);
    }
    expect(failures).toEqual([]);
  });
});
