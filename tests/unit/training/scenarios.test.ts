import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TrainingScenario, TrainingScenarioSummary, TrainingSession } from '../../../src-main/contract/training';
import { makeCore, ok, tempDir } from '../../helpers/core';
import { FIXTURE_RESOURCES, play, refusedWith, scenarioByKey, trainingCore } from './helpers';

describe('scenario library for supervisors', () => {
  it('keeps built-ins read-only and lets a supervisor save, edit and remove a copy', () => {
    const { core } = trainingCore();
    const builtin = ok<TrainingScenario>(core.dispatch('training.scenario', { id: scenarioByKey(core, 'address-change').id }));
    expect(builtin).toMatchObject({ builtin: true, key: 'address-change' });
    const changed = { ...builtin.content, title: '下单后改地址（加急）' };
    expect(refusedWith(core.dispatch('training.saveScenario', { id: builtin.id, content: changed }))).toBe('FORBIDDEN:builtin-read-only');
    expect(refusedWith(core.dispatch('training.removeScenario', { id: builtin.id }))).toBe('FORBIDDEN:builtin-read-only');

    const copy = ok<TrainingScenario>(core.dispatch('training.saveScenario', { id: null, content: changed }));
    expect(copy).toMatchObject({ builtin: false, key: null, content: { title: '下单后改地址（加急）' } });
    const session = play(core, copy.id, ['您好，请问您的订单号是多少？']);
    const edited = ok<TrainingScenario>(core.dispatch('training.saveScenario', { id: copy.id, content: { ...changed, title: '改地址 v2', passMark: 90 } }));
    expect(edited.content).toMatchObject({ title: '改地址 v2', passMark: 90 });
    // The session keeps what it ran on.
    expect(ok<TrainingSession>(core.dispatch('training.session', { id: session.id })).title).toBe('下单后改地址（加急）');

    ok(core.dispatch('training.removeScenario', { id: copy.id }));
    const titles = ok<{ items: TrainingScenarioSummary[] }>(core.dispatch('training.scenarios', { language: 'zh-CN' })).items.map((s) => s.title);
    expect(titles).not.toContain('改地址 v2');
    expect(refusedWith(core.dispatch('training.start', { scenarioId: copy.id }))).toBe('NOT_FOUND:scenario-not-found');
    expect(ok<TrainingSession>(core.dispatch('training.session', { id: session.id })).scenarioId).toBe(copy.id);
    const trail = ok<{ items: { action: string }[] }>(core.dispatch('audit.list', { action: 'training.scenario' })).items.map((i) => i.action);
    expect(trail).toEqual(['training.scenario.remove', 'training.scenario.save', 'training.scenario.save']);
  });

  it('exports a scenario as JSON that imports back as a copy, and refuses files it cannot read', () => {
    const { core } = trainingCore();
    const id = scenarioByKey(core, 'vacuum-advice', 'en').id;
    const exported = ok<{ fileName: string; json: string }>(core.dispatch('training.exportScenario', { id }));
    expect(exported.fileName).toBe('training-vacuum-advice-en.json');
    expect(exported.json).toContain('\n  "format": "agent-workstation.training-scenario"');
    const imported = ok<TrainingScenario>(core.dispatch('training.importScenario', { json: exported.json }));
    expect(imported).toMatchObject({ builtin: false, key: null });
    expect(imported.content).toEqual(ok<TrainingScenario>(core.dispatch('training.scenario', { id })).content);
    expect(ok<{ items: TrainingScenarioSummary[] }>(core.dispatch('training.scenarios', { language: 'en' })).items.filter((s) => s.title === 'Which robot vacuum?')).toHaveLength(2);

    expect(refusedWith(core.dispatch('training.importScenario', { json: '{ not json' }))).toBe('VALIDATION:invalid-json');
    const broken = JSON.parse(exported.json) as { scenario: { start: string } };
    broken.scenario.start = 'nowhere';
    const refused = core.dispatch('training.importScenario', { json: JSON.stringify(broken) });
    expect(refusedWith(refused)).toBe('VALIDATION:invalid-scenario');
    expect(refused).toMatchObject({ error: { details: { issues: [expect.objectContaining({ path: ['scenario', 'start'] })] } } });
    const trail = ok<{ items: { action: string }[] }>(core.dispatch('audit.list', { action: 'training.scenario' })).items.map((i) => i.action);
    expect(trail).toEqual(['training.scenario.import']);
  });

  it('lists scenarios by language, with each profile’s own attempts and best score', () => {
    const { core } = trainingCore();
    const all = ok<{ items: TrainingScenarioSummary[] }>(core.dispatch('training.scenarios', {})).items;
    expect(all.map((s) => `${s.language}/${s.key}`)).toEqual(['en/vacuum-advice', 'zh-CN/address-change', 'zh-CN/shipping-delay']);
    expect(all[0]).toMatchObject({ builtin: true, channel: 'chat', personaName: 'Sam', mood: 'calm', passMark: 80, attempts: 0, best: null, passed: false, assigned: false });
    expect(ok<{ items: unknown[] }>(core.dispatch('training.scenarios', { language: 'zh-TW' })).items).toEqual([]);
  });

  it('follows the shipped files at start: changed text updates the built-in, a missing or broken file leaves none', () => {
    const resources = tempDir();
    fs.cpSync(FIXTURE_RESOURCES, resources, { recursive: true });
    const file = path.join(resources, 'training', 'zh-CN.json');
    const first = makeCore({ resourcesDir: resources });
    const before = scenarioByKey(first.core, 'address-change');
    const session = play(first.core, before.id, ['您好，请问您的订单号是多少？']);
    first.core.close();

    const shipped = JSON.parse(fs.readFileSync(file, 'utf8')) as { scenarios: { key: string; title: string }[] };
    shipped.scenarios.find((x) => x.key === 'address-change')!.title = '改收货地址';
    fs.writeFileSync(file, JSON.stringify(shipped));
    const second = makeCore({ resourcesDir: resources, dataDir: first.dataDir, clock: first.clock });
    expect(scenarioByKey(second.core, 'address-change')).toMatchObject({ id: before.id, title: '改收货地址' });
    expect(ok<TrainingSession>(second.core.dispatch('training.session', { id: session.id })).title).toBe('下单后修改地址');
    second.core.close();

    fs.writeFileSync(file, '{ "rubric": ');
    const warnings: string[] = [];
    const third = makeCore({ resourcesDir: resources, dataDir: first.dataDir, clock: first.clock, logger: { warn: (m) => warnings.push(m), error: () => {} } });
    expect(ok<{ items: unknown[] }>(third.core.dispatch('training.scenarios', { language: 'zh-CN' })).items).toEqual([]);
    expect(warnings.join('\n')).toMatch(/zh-CN\.json: not valid JSON/);
    // Without its file, the language falls back to the rubric built into the app.
    expect(ok<{ language: string }>(third.core.dispatch('training.rubric', { language: 'zh-CN' })).language).toBe('zh-CN');
    expect(ok<TrainingSession>(third.core.dispatch('training.session', { id: session.id })).lines).toHaveLength(3);
  });
});
