import path from 'node:path';
import type { Profile, Session } from '../../../src-main/contract';
import type { TrainingScenarioSummary, TrainingSession } from '../../../src-main/contract/training';
import { makeCore, ok } from '../../helpers/core';

/** A resources folder holding only tests/fixtures/training: scenarios that do not change under the tests. */
export const FIXTURE_RESOURCES = path.resolve(__dirname, '../../fixtures/training/resources');

export type Core = ReturnType<typeof makeCore>['core'];

export function trainingCore() {
  const made = makeCore({ resourcesDir: FIXTURE_RESOURCES });
  const supervisor = ok<Session>(made.core.dispatch('session.current', {})).profile!;
  return { ...made, supervisor };
}

export const addProfile = (core: Core, name: string, role: 'agent' | 'trainee' | 'supervisor') => ok<Profile>(core.dispatch('profiles.create', { name, role, pin: null }));
export const signIn = (core: Core, p: { id: string }) => ok<Session>(core.dispatch('session.signIn', { id: p.id }));

export function scenarioByKey(core: Core, key: string, language: 'zh-CN' | 'zh-TW' | 'en' = 'zh-CN') {
  const items = ok<{ items: TrainingScenarioSummary[] }>(core.dispatch('training.scenarios', { language })).items;
  const found = items.find((s) => s.key === key);
  if (!found) throw new Error(`no scenario ${key} in ${language}`);
  return found;
}

export const start = (core: Core, scenarioId: string) => ok<TrainingSession>(core.dispatch('training.start', { scenarioId }));
export const reply = (core: Core, sessionId: string, text: string, elapsedMs = 8_000) => ok<TrainingSession>(core.dispatch('training.reply', { sessionId, text, elapsedMs }));

/** Answers with every reply in turn and returns the session as it stands after the last. */
export function play(core: Core, scenarioId: string, replies: readonly string[], elapsedMs = 8_000): TrainingSession {
  let s = start(core, scenarioId);
  for (const text of replies) s = reply(core, s.id, text, elapsedMs);
  return s;
}

export const refusedWith = (r: { ok: boolean; error?: { code: string; details?: Record<string, unknown> } }) => (r.ok ? 'accepted' : `${r.error?.code}:${String(r.error?.details?.reason)}`);
