import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CustomerDetail, Profile, Session } from '../../../src-main/contract';
import { DB_FILE_NAME } from '../../../src-main/core/createCore';
import { makeCore, ok } from '../../helpers/core';

type Core = ReturnType<typeof makeCore>['core'];
const refusedWith = (r: { ok: boolean; error?: { code: string; details?: Record<string, unknown> } }) => (r.ok ? 'accepted' : `${r.error?.code}:${String(r.error?.details?.reason)}`);

function newCustomer(core: Core, name = '王丽') {
  return ok<CustomerDetail>(core.dispatch('customers.create', { fullName: name, phones: [{ number: '+86 138 0013 8000' }], emails: [{ email: 'wang.li@example.com' }], handles: [{ channel: 'wechat', handle: 'wangli_1988' }] }));
}

function addProfile(core: Core, name: string, role: 'agent' | 'trainee' | 'supervisor', pin: string | null = null) {
  return ok<Profile>(core.dispatch('profiles.create', { name, role, pin }));
}

describe('profiles, roles and PINs', () => {
  it('starts a fresh install with one supervisor profile, signed in, who may do everything', () => {
    const { core } = makeCore();
    const session = ok<Session>(core.dispatch('session.current', {}));
    expect(session.profile).toMatchObject({ role: 'supervisor', hasPin: false });
    expect(session.mode).toBe('live');
    newCustomer(core);
    expect(core.dispatch('customers.export', { format: 'csv' }).ok).toBe(true);
  });

  it('needs the PIN, counts wrong ones across a restart, and locks after five', () => {
    const { core, dataDir, clock } = makeCore();
    const agent = addProfile(core, '林晓', 'agent', '2468');
    ok(core.dispatch('session.signOut', {}));
    expect(refusedWith(core.dispatch('customers.list', {}))).toBe('UNAUTHORIZED:sign-in-required');
    expect(refusedWith(core.dispatch('session.signIn', { id: agent.id }))).toBe('UNAUTHORIZED:pin-required');
    const wrong = core.dispatch('session.signIn', { id: agent.id, pin: '1111' });
    expect(wrong).toMatchObject({ ok: false, error: { details: { reason: 'pin-wrong', attemptsLeft: 4 } } });
    core.close();

    // A restart does not reset the count.
    const again = makeCore({ dataDir, clock }).core;
    for (const attemptsLeft of [3, 2, 1]) {
      expect(again.dispatch('session.signIn', { id: agent.id, pin: '0000' })).toMatchObject({ ok: false, error: { details: { attemptsLeft } } });
    }
    expect(refusedWith(again.dispatch('session.signIn', { id: agent.id, pin: '0000' }))).toBe('FORBIDDEN:profile-locked');
    // Locked: even the right PIN is refused until the lock runs out.
    expect(refusedWith(again.dispatch('session.signIn', { id: agent.id, pin: '2468' }))).toBe('FORBIDDEN:profile-locked');
    clock.advance(5 * 60_000 + 1);
    expect(ok<Session>(again.dispatch('session.signIn', { id: agent.id, pin: '2468' })).profile).toMatchObject({ name: '林晓', role: 'agent' });

    // The PIN is stored as a salted hash, never as typed.
    again.close();
    const raw = new Database(path.join(dataDir, DB_FILE_NAME), { readonly: true });
    const stored = raw.prepare("SELECT pin_hash || pin_salt FROM profiles WHERE name = '林晓'").pluck().get() as string;
    raw.close();
    expect(stored).not.toContain('2468');
    expect(stored.length).toBeGreaterThan(40);
  });

  it('keeps the last supervisor and refuses removing the profile in use', () => {
    const { core } = makeCore();
    const me = ok<Session>(core.dispatch('session.current', {})).profile!;
    expect(refusedWith(core.dispatch('profiles.update', { id: me.id, role: 'agent' }))).toBe('CONFLICT:last-supervisor');
    expect(refusedWith(core.dispatch('profiles.remove', { id: me.id }))).toBe('CONFLICT:cannot-remove-self');
    addProfile(core, 'Chen', 'agent');
    expect(refusedWith(core.dispatch('profiles.create', { name: 'chen', role: 'trainee', pin: null }))).toBe('CONFLICT:profile-name-taken');
  });

  it('keeps agents away from supervisor-only methods', () => {
    const { core } = makeCore();
    const agent = addProfile(core, 'Agent Wu', 'agent');
    const customer = newCustomer(core);
    ok(core.dispatch('session.signIn', { id: agent.id }));
    for (const [method, input] of [
      ['customers.export', { format: 'csv' }],
      ['customers.erase', { id: customer.id }],
      ['audit.list', {}],
      ['profiles.create', { name: 'x', role: 'supervisor', pin: null }],
    ] as const) {
      expect(refusedWith(core.dispatch(method, input)), method).toBe('FORBIDDEN:role-required');
    }
    expect(core.dispatch('customers.update', { id: customer.id, customer: { fullName: '王丽丽' } }).ok).toBe(true);
  });
});

describe('a trainee', () => {
  function withTrainee() {
    const made = makeCore({ demo: true, demoCustomers: 8 });
    const live = newCustomer(made.core, '赵敏');
    const trainee = addProfile(made.core, '小周', 'trainee');
    ok(made.core.dispatch('session.signIn', { id: trainee.id }));
    return { ...made, live, trainee };
  }

  it('practises in the training workspace, where no real customer exists', () => {
    const { core, live } = withTrainee();
    expect(ok<Session>(core.dispatch('session.current', {})).mode).toBe('training');
    const list = ok<{ items: { id: string; fullName: string }[] }>(core.dispatch('customers.list', { limit: 500 }));
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.some((c) => c.id === live.id || c.fullName === '赵敏')).toBe(false);
    expect(refusedWith(core.dispatch('customers.get', { id: live.id }))).toMatch(/^NOT_FOUND/);
    // Practice writes stay in practice.
    const practice = ok<CustomerDetail>(core.dispatch('customers.create', { fullName: '练习客户' }));
    ok(core.dispatch('session.setMode', { mode: 'live' }));
    expect(refusedWith(core.dispatch('customers.get', { id: practice.id }))).toMatch(/^NOT_FOUND/);
  });

  it('sees the live desk read-only with phones, emails and handles masked', () => {
    const { core, live } = withTrainee();
    ok(core.dispatch('session.setMode', { mode: 'live' }));
    const seen = ok<CustomerDetail>(core.dispatch('customers.get', { id: live.id }));
    const text = JSON.stringify(seen);
    expect(text).not.toContain('13800138000');
    expect(text).not.toContain('0013');
    expect(text).not.toContain('wang.li@');
    expect(text).not.toContain('wangli_1988');
    expect(seen.phones[0]!.raw).toMatch(/•.*8000$/);
    expect(seen.fullName).toBe('赵敏');
    // Found by the digits a caller reads out, still masked in the list.
    const found = ok<{ items: unknown[] }>(core.dispatch('customers.list', { query: '8000' }));
    expect(JSON.stringify(found.items)).not.toContain('13800138000');
    expect(refusedWith(core.dispatch('customers.update', { id: live.id, customer: { fullName: 'x' } }))).toBe('FORBIDDEN:trainee-read-only');
    expect(refusedWith(core.dispatch('customers.export', { format: 'csv' }))).toBe('FORBIDDEN:role-required');
    expect(refusedWith(core.dispatch('customers.erase', { id: live.id }))).toBe('FORBIDDEN:role-required');
    expect(refusedWith(core.dispatch('audit.list', {}))).toBe('FORBIDDEN:role-required');
    // How the window looks is theirs to choose; the desk's settings are not.
    expect(core.dispatch('settings.update', { language: 'zh-TW' }).ok).toBe(true);
    expect(refusedWith(core.dispatch('settings.update', { agentName: '小周' }))).toBe('FORBIDDEN:trainee-read-only');
  });

  it('leaves a fresh training workspace after a supervisor resets it', () => {
    const { core, trainee } = withTrainee();
    const practice = ok<CustomerDetail>(core.dispatch('customers.create', { fullName: '练习客户' }));
    expect(refusedWith(core.dispatch('trainingWorkspace.reset', {}))).toBe('FORBIDDEN:role-required');
    const boss = ok<{ items: Profile[] }>(core.dispatch('profiles.list', {})).items.find((p) => p.role === 'supervisor')!;
    ok(core.dispatch('session.signIn', { id: boss.id }));
    ok(core.dispatch('trainingWorkspace.reset', {}));
    ok(core.dispatch('session.signIn', { id: trainee.id }));
    expect(refusedWith(core.dispatch('customers.get', { id: practice.id }))).toMatch(/^NOT_FOUND/);
    expect(ok<{ items: unknown[] }>(core.dispatch('customers.list', {})).items.length).toBeGreaterThan(0);
  });
});

describe('the audit trail', () => {
  it('records who viewed, created and changed customer data, filterable and exportable by a supervisor', () => {
    const { core, clock } = makeCore();
    const agent = addProfile(core, 'Agent Wu', 'agent');
    ok(core.dispatch('session.signIn', { id: agent.id }));
    const c = newCustomer(core);
    core.dispatch('customers.get', { id: c.id });
    core.dispatch('customers.get', { id: c.id }); // the same view again within minutes is one entry
    clock.advance(1000);
    ok(core.dispatch('customers.update', { id: c.id, customer: { fullName: '王丽丽' } }));
    const boss = ok<{ items: Profile[] }>(core.dispatch('profiles.list', {})).items.find((p) => p.role === 'supervisor')!;
    ok(core.dispatch('session.signIn', { id: boss.id }));

    const mine = ok<{ items: { actor: string; action: string; entityId: string | null }[] }>(core.dispatch('audit.list', { actor: 'agent wu', entity: 'customer' }));
    expect(mine.items.map((e) => e.action)).toEqual(['customer.update', 'customer.view', 'customer.create']);
    expect(mine.items.every((e) => e.actor === 'Agent Wu' && e.entityId === c.id)).toBe(true);
    const signIns = ok<{ items: unknown[] }>(core.dispatch('audit.list', { action: 'session' }));
    expect(signIns.items.length).toBeGreaterThanOrEqual(2);

    const csv = ok<{ content: string; count: number }>(core.dispatch('audit.export', { filters: { actor: 'Agent Wu', entity: 'customer' } }));
    expect(csv.content.startsWith('\uFEFF')).toBe(true);
    expect(csv.count).toBe(3);
    expect(csv.content).toContain('customer.view');
    // The export itself is on the record.
    expect(ok<{ items: { action: string }[] }>(core.dispatch('audit.list', { action: 'audit' })).items[0]!.action).toBe('audit.export');
  });
});
