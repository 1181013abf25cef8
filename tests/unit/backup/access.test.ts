import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src-main/contract';
import { backupWritten } from '../../helpers/backups';
import { makeCore, ok } from '../../helpers/core';

const refusedWith = (r: { ok: boolean; error?: { code: string; details?: Record<string, unknown> } }) => (r.ok ? 'accepted' : `${r.error?.code}:${String(r.error?.details?.reason)}`);

describe('backups and the full export are the data owner\'s', () => {
  it('refuses every backup method and data.exportAll to a trainee and an agent, in the live desk and in training', async () => {
    const { core } = makeCore();
    const name = await backupWritten(core);
    const { uploadId } = ok<{ uploadId: string }>(core.dispatch('backups.uploadBegin', {}));
    const calls: [string, unknown][] = [
      ['backups.list', {}],
      ['backups.create', { label: 'x' }],
      ['backups.remove', { name }],
      ['backups.read', { name, offset: 0 }],
      ['backups.uploadBegin', {}],
      ['backups.uploadAppend', { uploadId, chunk: 'AAAA' }],
      ['backups.uploadCancel', { uploadId }],
      ['backups.restore', { name }],
      ['data.exportAll', {}],
      ['data.readExport', { name: 'x.zip', offset: 0 }],
    ];
    const trainee = ok<Profile>(core.dispatch('profiles.create', { name: '小周', role: 'trainee', pin: null }));
    const agent = ok<Profile>(core.dispatch('profiles.create', { name: '林晓', role: 'agent', pin: null }));
    for (const who of [trainee, agent]) {
      ok(core.dispatch('session.signIn', { id: who.id }));
      for (const mode of ['live', 'training'] as const) {
        ok(core.dispatch('session.setMode', { mode }));
        for (const [method, input] of calls) expect(refusedWith(core.dispatch(method, input)), `${who.role} ${mode} ${method}`).toBe('FORBIDDEN:role-required');
      }
      expect(refusedWith(core.dispatch('settings.update', { backups: { keep: 1, daily: false } })), who.role).toMatch(/^FORBIDDEN:/);
    }
    // Nothing they tried took effect: the supervisor finds the backup and the upload where they were.
    const boss = ok<{ items: Profile[] }>(core.dispatch('profiles.list', {})).items.find((p) => p.role === 'supervisor')!;
    ok(core.dispatch('session.signIn', { id: boss.id }));
    ok(core.dispatch('session.setMode', { mode: 'live' }));
    expect(ok<{ items: { name: string }[] }>(core.dispatch('backups.list', {})).items.map((b) => b.name)).toEqual([name]);
    expect(ok<{ cancelled: boolean }>(core.dispatch('backups.uploadCancel', { uploadId })).cancelled).toBe(true);
    expect(ok<{ backups: unknown }>(core.dispatch('settings.get', {})).backups).toEqual({ keep: 7, daily: true });
    core.close();
  });
});
