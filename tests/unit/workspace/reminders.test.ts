import { describe, expect, it } from 'vitest';
import type { CustomerSummary } from '../../../src-main/contract/customers';
import type { Reminder } from '../../../src-main/contract/reminders';
import { ManualClock } from '../../../src-main/core/shared/clock';
import { makeCore, ok, T0 } from '../../helpers/core';

const MIN = 60_000;
const DAY = 86_400_000;

function setup(extra: Parameters<typeof makeCore>[0] = {}) {
  const ctx = makeCore({ demo: false, testControls: true, ...extra });
  const call = <T>(method: string, input: unknown = {}) => ok<T>(ctx.core.dispatch(method, input));
  const due: string[] = [];
  ctx.core.subscribe((name, payload) => {
    if (name === 'reminder.due') due.push((payload as Reminder).id);
  });
  return { ...ctx, call, due };
}

describe('reminders', () => {
  it('fires a callback within a second of its due time, not before', () => {
    const { call, due, clock } = setup();
    const r = call<Reminder>('reminders.create', { kind: 'callback', phone: '13812345678', reason: '确认退款到账', dueAt: clock.now() + 2 * MIN });
    call('test.advanceClock', { ms: 2 * MIN - 1000 });
    expect(due).toEqual([]);
    call('test.advanceClock', { ms: 1000 });
    expect(due).toEqual([r.id]);
    expect(call<{ items: Reminder[] }>('reminders.list', { view: 'overdue' }).items.map((x) => x.status)).toEqual(['fired']);
  });

  it('fires a snoozed reminder again after the snooze, and completes with an outcome', () => {
    const { call, due, clock } = setup();
    const r = call<Reminder>('reminders.create', { kind: 'custom', reason: '检查物流', dueAt: clock.now() + MIN });
    call('test.advanceClock', { ms: MIN });
    call('reminders.snooze', { id: r.id, until: clock.now() + 15 * MIN });
    expect(call<{ overdue: number }>('reminders.counts').overdue).toBe(0);
    call('test.advanceClock', { ms: 15 * MIN });
    expect(due).toEqual([r.id, r.id]);
    const done = call<Reminder>('reminders.complete', { id: r.id, outcome: '已联系客户' });
    expect(done).toMatchObject({ status: 'done', outcome: '已联系客户' });
    expect(call<{ items: Reminder[] }>('reminders.list', { view: 'done' }).items.map((x) => x.id)).toEqual([r.id]);
    expect(setup().core.dispatch('reminders.complete', { id: r.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('shows a reminder that fell due while the app was stopped as overdue at start', () => {
    const first = setup();
    const r = first.call<Reminder>('reminders.create', { kind: 'callback', phone: '021-5555-6666', dueAt: first.clock.now() + 30 * MIN });
    first.core.close();
    const later = new ManualClock(T0 + 3 * 3_600_000);
    const again = setup({ dataDir: first.dataDir, clock: later });
    const overdue = again.call<{ items: Reminder[] }>('reminders.list', { view: 'overdue' }).items;
    expect(overdue.map((x) => x.id)).toEqual([r.id]);
    expect(again.call<{ overdue: number }>('reminders.counts').overdue).toBe(1);
  });

  it('counts overdue reminders up to 1000, which the badge shows as 999+', () => {
    const { call, clock } = setup();
    for (let i = 0; i < 1003; i++) call('reminders.create', { kind: 'custom', reason: `回访 ${i}`, dueAt: clock.now() + MIN });
    call('test.advanceClock', { ms: MIN });
    expect(call<{ overdue: number }>('reminders.counts').overdue).toBe(1000);
    expect(call<{ items: Reminder[] }>('reminders.list', { view: 'overdue' }).items.length).toBeGreaterThan(999);
  });

  it('creates a renewal reminder 14 days before a membership expires, once', () => {
    const { core, call, clock, dataDir } = setup();
    const c = call<{ id: string }>('customers.create', { fullName: '陈静', phones: [{ number: '13900001111' }] });
    call('customers.setMembership', { customerId: c.id, membership: { tier: 'gold', points: 100, memberSince: null, renewalDate: clock.now() + 20 * DAY } });
    expect(call<{ items: Reminder[] }>('reminders.list', { view: 'upcoming', kind: 'renewal' }).items).toEqual([]);
    call('test.advanceClock', { ms: 7 * DAY });
    const renewals = () => [...call<{ items: Reminder[] }>('reminders.list', { view: 'overdue', kind: 'renewal' }).items, ...call<{ items: Reminder[] }>('reminders.list', { view: 'today', kind: 'renewal' }).items, ...call<{ items: Reminder[] }>('reminders.list', { view: 'upcoming', kind: 'renewal' }).items];
    expect(renewals()).toHaveLength(1);
    expect(renewals()[0]).toMatchObject({ customerId: c.id, phone: '13900001111' });
    call('customers.setMembership', { customerId: c.id, membership: { tier: 'gold', points: 200, memberSince: null, renewalDate: clock.now() + 13 * DAY } });
    core.close();
    const again = makeCore({ dataDir, testControls: true }).core;
    const all = ok<{ items: Reminder[] }>(again.dispatch('reminders.list', { view: 'overdue', kind: 'renewal' })).items;
    expect(all.filter((r) => r.customerId === c.id).length).toBeLessThanOrEqual(1);
  });

  it('a renewal edited or imported into the days already scanned still gets its reminder, and a restart adds none', () => {
    const { core, call, clock, dataDir } = setup();
    const renewalsOf = (dispatch: (m: string, i: unknown) => unknown, customerId: string) =>
      (['overdue', 'today', 'upcoming'] as const).flatMap((view) => ok<{ items: Reminder[] }>(dispatch('reminders.list', { view, kind: 'renewal', customerId }) as never).items);
    const dispatch = (m: string, i: unknown) => core.dispatch(m, i);
    // Start-up has already looked 14 days ahead; these renewals fall inside that.
    const edited = call<{ id: string }>('customers.create', { fullName: '陈静', phones: [{ number: '13900001111' }] });
    call('customers.setMembership', { customerId: edited.id, membership: { tier: 'gold', points: 100, memberSince: null, renewalDate: clock.now() + 10 * DAY } });
    expect(renewalsOf(dispatch, edited.id)).toHaveLength(1);

    const date = new Date(clock.now() + 5 * DAY).toISOString().slice(0, 10);
    const { importId } = call<{ importId: string }>('imports.begin', {});
    call('imports.append', { importId, chunk: Buffer.from(`姓名,手机,会员等级,续费日期\r\n王秀英,13812345678,silver,${date}\r\n`).toString('base64') });
    call('imports.commit', { importId, mapping: { '0': 'fullName', '1': 'phone', '2': 'tier', '3': 'renewalDate' }, skipInvalid: false });
    const imported = call<{ items: CustomerSummary[] }>('customers.list', { query: '王秀英' }).items[0]!;
    expect(renewalsOf(dispatch, imported.id)).toEqual([expect.objectContaining({ phone: '13812345678' })]);
    core.close();

    const again = makeCore({ dataDir, testControls: true, clock: new ManualClock(clock.now() + DAY) }).core;
    const againDispatch = (m: string, i: unknown) => again.dispatch(m, i);
    expect(renewalsOf(againDispatch, edited.id)).toHaveLength(1);
    expect(renewalsOf(againDispatch, imported.id)).toHaveLength(1);
    again.close();
  });

  it('refuses bad input: unknown kind, renewal by hand, bad phone', () => {
    const { core, clock } = setup();
    expect(core.dispatch('reminders.create', { kind: 'party', dueAt: clock.now() })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(core.dispatch('reminders.create', { kind: 'renewal', dueAt: clock.now() })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(core.dispatch('reminders.create', { kind: 'callback', phone: 'call me', dueAt: clock.now() })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('notes', () => {
  it('keeps the previous version when a note is edited later', () => {
    const { call, clock } = setup();
    const c = call<CustomerSummary>('customers.create', { fullName: '林美玲' });
    const n = call<{ id: string }>('notes.save', { customerId: c.id, body: '第一版' });
    call('notes.save', { id: n.id, customerId: c.id, body: '第一版，补充' });
    expect(call<{ items: unknown[] }>('notes.versions', { id: n.id }).items).toEqual([]);
    call('test.advanceClock', { ms: 2 * MIN });
    call('notes.save', { id: n.id, customerId: c.id, body: '第二版' });
    expect(call<{ items: { body: string }[] }>('notes.versions', { id: n.id }).items.map((v) => v.body)).toEqual(['第一版，补充']);
    expect(clock.now()).toBe(T0 + 2 * MIN);
  });

  it('finds notes by their words, and forgets them when the customer is erased', () => {
    const { call } = setup();
    const c = call<{ id: string }>('customers.create', { fullName: '黄晓明' });
    call('notes.save', { customerId: c.id, body: '客户對退貨流程有疑問，下週再聯繫' });
    const found = call<{ items: { kind: string; customerId: string | null }[] }>('search.query', { text: '退货流程' }).items;
    expect(found).toEqual([expect.objectContaining({ kind: 'note', customerId: c.id })]);
    call('customers.erase', { id: c.id });
    expect(call<{ items: unknown[] }>('search.query', { text: '退货流程' }).items).toEqual([]);
  });

  it('stores a 1 MB note and SQL-looking text as they are', () => {
    const { call } = setup();
    const big = '退款'.repeat(250_000);
    const n = call<{ id: string; body: string }>('notes.save', { body: big });
    expect(n.body.length).toBe(big.length);
    const sql = call<{ body: string }>('notes.save', { body: "'); DELETE FROM notes; --" });
    expect(sql.body).toBe("'); DELETE FROM notes; --");
    expect(call<{ items: unknown[] }>('notes.list', {}).items).toHaveLength(2);
  });
});
