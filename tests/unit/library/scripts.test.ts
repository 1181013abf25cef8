import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Script } from '../../../src-main/contract/library';
import { makeCore, ok, RESOURCES_DIR, tempDir } from '../../helpers/core';

const complaint = (title = '投诉处理') => ({
  title,
  category: 'complaint',
  language: 'zh-CN',
  tags: ['投诉'],
  summary: '客户情绪激动时',
  steps: [
    { id: 'calm', title: '安抚情绪', say: '{{customer.surname}}{{customer.honorific}}，非常理解您的心情。', required: true, requiredPhrases: ['理解'], avoidPhrases: ['这不归我们管'], branches: [{ label: '客户愿意说明', next: 'confirm' }, { label: '要求找主管', next: 'escalate' }] },
    { id: 'confirm', title: '确认事实', say: '麻烦您提供订单号 {{order.number}} 和照片。', next: 'resolve' },
    { id: 'escalate', title: '升级', say: '我马上请主管联系您。', next: null },
    { id: 'resolve', title: '解决', say: '我们为您办理换货。', next: null },
  ],
});

/** A resources folder without the shipped library, so a test sees only what it creates. */
function bareResources(): string {
  const dir = tempDir('aw-res-');
  fs.cpSync(path.join(RESOURCES_DIR, 'demo'), path.join(dir, 'demo'), { recursive: true });
  return dir;
}

/** A resources folder with one built-in script, to test syncing without the shipped library. */
function resourcesWith(title: string): string {
  const dir = bareResources();
  fs.mkdirSync(path.join(dir, 'scripts'));
  fs.writeFileSync(path.join(dir, 'scripts', 'zh-CN.json'), JSON.stringify([{ key: 'complaint-loop', ...complaint(title) }]));
  return dir;
}

describe('scripts', () => {
  it('keeps built-ins read-only, duplicates them, and never overwrites a copy when the built-in changes', () => {
    const resourcesDir = resourcesWith('投诉处理 v1');
    const { core, dataDir } = makeCore({ resourcesDir });
    const builtin = ok<{ items: Script[] }>(core.dispatch('scripts.list', { language: 'zh-CN' })).items.find((s) => s.builtin)!;
    expect(builtin.title).toBe('投诉处理 v1');
    const full = ok<Script>(core.dispatch('scripts.get', { id: builtin.id }));
    expect(core.dispatch('scripts.update', { id: builtin.id, content: complaint('改了') })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const copy = ok<Script>(core.dispatch('scripts.duplicate', { id: builtin.id }));
    expect(copy).toMatchObject({ builtin: false, title: '投诉处理 v1', key: 'complaint-loop' });
    expect(copy.steps).toEqual(full.steps);
    core.close();

    fs.writeFileSync(path.join(resourcesDir, 'scripts', 'zh-CN.json'), JSON.stringify([{ key: 'complaint-loop', ...complaint('投诉处理 v2') }]));
    const again = makeCore({ resourcesDir, dataDir }).core;
    expect(ok<Script>(again.dispatch('scripts.get', { id: builtin.id })).title).toBe('投诉处理 v2');
    expect(ok<Script>(again.dispatch('scripts.get', { id: copy.id })).title).toBe('投诉处理 v1');
  });

  it('keeps every saved version and restores one', () => {
    const { core } = makeCore();
    const s = ok<Script>(core.dispatch('scripts.create', { content: complaint('第一版') }));
    ok(core.dispatch('scripts.update', { id: s.id, content: complaint('第二版') }));
    const versions = ok<{ items: { version: number; title: string }[] }>(core.dispatch('scripts.versions', { id: s.id })).items;
    expect(versions.map((v) => [v.version, v.title])).toEqual([[2, '第二版'], [1, '第一版']]);
    const restored = ok<Script>(core.dispatch('scripts.restore', { id: s.id, version: 1 }));
    expect(restored).toMatchObject({ title: '第一版', version: 3 });
  });

  it('refuses broken branches, duplicate step ids and bad JSON, and changes nothing', () => {
    const { core } = makeCore();
    const broken = complaint();
    broken.steps[0]!.branches![0]!.next = 'nowhere';
    const r = core.dispatch('scripts.create', { content: broken });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!r.ok) expect(r.error.details?.issues?.[0]?.path).toEqual(['content', 'steps', 0, 'branches', 0, 'next']);
    expect(core.dispatch('scripts.import', { json: '{not json' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(core.dispatch('scripts.import', { json: JSON.stringify({ script: { title: 'x' } }) })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(ok<{ items: Script[] }>(core.dispatch('scripts.list', {})).items.filter((s) => !s.builtin)).toEqual([]);
  });

  it('exports and imports a script as JSON', () => {
    const { core } = makeCore();
    const s = ok<Script>(core.dispatch('scripts.create', { content: complaint() }));
    const exported = ok<{ content: string; filename: string }>(core.dispatch('scripts.export', { id: s.id }));
    const imported = ok<Script>(core.dispatch('scripts.import', { json: exported.content }));
    expect(imported.id).not.toBe(s.id);
    expect(imported.steps).toEqual(s.steps);
  });

  it('records the path an agent took, and refuses steps that are not in the script', () => {
    const { core } = makeCore();
    const s = ok<Script>(core.dispatch('scripts.create', { content: complaint() }));
    const run = ok<{ id: string; path: string[] }>(core.dispatch('scripts.saveRun', { scriptId: s.id, path: ['calm', 'confirm'], checked: ['calm'] }));
    const updated = ok<{ id: string; path: string[]; checked: string[] }>(core.dispatch('scripts.saveRun', { runId: run.id, scriptId: s.id, path: ['calm', 'confirm', 'resolve'], checked: ['calm', 'confirm'] }));
    expect(updated).toMatchObject({ id: run.id, path: ['calm', 'confirm', 'resolve'], checked: ['calm', 'confirm'] });
    expect(core.dispatch('scripts.saveRun', { scriptId: s.id, path: ['calm', 'hack'], checked: [] })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('finds a script and an article by Chinese words in either script form', () => {
    const { core } = makeCore({ resourcesDir: bareResources() });
    ok(core.dispatch('scripts.create', { content: complaint() }));
    ok(core.dispatch('articles.create', { article: { title: '電子發票開立說明', category: 'invoices', language: 'zh-TW', body: '訂單完成後可於會員中心申請**電子發票**。' } }));
    const kinds = (text: string) => ok<{ items: { kind: string; title: string }[] }>(core.dispatch('search.query', { text })).items.map((r) => `${r.kind}:${r.title}`);
    expect(kinds('发票')).toEqual(['article:電子發票開立說明']);
    expect(kinds('发票')).toEqual(kinds('發票'));
    expect(kinds('理解您的心情')).toEqual(['script:投诉处理']);
    const suggested = ok<{ items: { title: string }[] }>(core.dispatch('articles.suggest', { text: '你好，我想开一张发票，请问怎么申请？' })).items;
    expect(suggested.map((a) => a.title)).toEqual(['電子發票開立說明']);
  });
});
