import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseDetail, CaseSummary } from '../../../src-main/contract/cases';
import { suggestGrade } from '../../../src-main/contract/cases';
import type { CustomerDetail, TimelineEntry } from '../../../src-main/contract/customers';
import type { Reminder } from '../../../src-main/contract/reminders';
import { makeCore, ok, T0 } from '../../helpers/core';

const MIN = 60_000;
const HOUR = 60 * MIN;
// A 1×1 PNG: the store sniffs bytes, so a real header matters.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

function setup() {
  const ctx = makeCore({ testControls: true, simulator: false });
  const call = <T>(method: string, input: unknown = {}) => ok<T>(ctx.core.dispatch(method, input));
  const fail = (method: string, input: unknown = {}) => {
    const r = ctx.core.dispatch(method, input);
    if (r.ok) throw new Error(`${method} should have failed`);
    return r.error as { code: string; details?: Record<string, unknown> };
  };
  const wait = (ms: number) => call('test.advanceClock', { ms });
  const customer = call<CustomerDetail>('customers.create', { fullName: '李娜', surname: '李', honorific: 'ms', phones: [{ number: '139 0000 1111' }] });
  const open = (extra: Record<string, unknown> = {}) =>
    call<CaseDetail>('cases.create', { customerId: customer.id, type: 'complaint', grade: 'P2', title: '快递外箱破损，商品划痕', demand: '换新', channel: 'email', ...extra });
  return { ...ctx, call, fail, wait, customer, open };
}

describe('cases', () => {
  it('registers a case with a readable number and deadlines from the grade', () => {
    const { open } = setup();
    const c = open();
    expect(c.number).toMatch(/^C20261125-0001$/);
    expect(c).toMatchObject({ status: 'new', grade: 'P2', firstContactDueAt: T0 + 2 * HOUR, resolutionDueAt: T0 + 48 * HOUR, customerName: '李娜' });
    expect(open().number).toBe('C20261125-0002');
    expect(c.history.map((e) => e.kind)).toEqual(['created']);
  });

  it('refuses to close a case that is still new, and leaves it as it was', () => {
    const { open, fail, call } = setup();
    const c = open();
    expect(fail('cases.transition', { id: c.id, to: 'closed' })).toMatchObject({ code: 'CONFLICT', details: { reason: 'invalid-transition', from: 'new', to: 'closed' } });
    const after = call<CaseDetail>('cases.get', { id: c.id });
    expect(after.status).toBe('new');
    expect(after.history).toHaveLength(1);
  });

  it('walks the closed loop: hand-off, reply, resolve with a follow-up reminder, close with satisfaction, timeline', () => {
    const { open, call, fail, customer } = setup();
    const c = open();
    call('cases.transition', { id: c.id, to: 'accepted' });
    const handed = call<CaseDetail>('cases.handOff', { caseId: c.id, department: 'logistics', background: '外箱破损', demand: '核实揽收记录', urgency: 'high', dueAt: T0 + 4 * HOUR });
    expect(handed.status).toBe('waiting-department');
    expect(handed.handoffs[0]).toMatchObject({ department: 'logistics', urgency: 'high', status: 'open' });
    expect(handed.firstContactAt).toBe(T0);

    const replied = call<CaseDetail>('cases.replyHandoff', { id: handed.handoffs[0]!.id, reply: '运输途中挤压，物流承担', done: true });
    expect(replied.status).toBe('investigating');
    expect(replied.handoffs[0]).toMatchObject({ status: 'done', reply: '运输途中挤压，物流承担' });

    expect(fail('cases.transition', { id: c.id, to: 'resolved' })).toMatchObject({ code: 'CONFLICT', details: { reason: 'solution-required' } });
    // The form saves one field at a time: each patch must leave the others as they were.
    call('cases.update', { id: c.id, patch: { investigation: { responsibility: 'logistics' } } });
    call('cases.update', { id: c.id, patch: { investigation: { solution: 'compensation-coupon' } } });
    const inv = call<CaseDetail>('cases.update', { id: c.id, patch: { investigation: { compensation: '20元无门槛券' } } }).investigation;
    expect(inv).toMatchObject({ responsibility: 'logistics', solution: 'compensation-coupon', compensation: '20元无门槛券', cause: '' });
    const resolved = call<CaseDetail>('cases.transition', { id: c.id, to: 'resolved', followUpAt: T0 + 72 * HOUR });
    expect(resolved.resolvedAt).toBe(T0);
    const reminders = call<{ items: Reminder[] }>('reminders.list', { view: 'upcoming' }).items;
    expect(reminders).toEqual([expect.objectContaining({ kind: 'follow-up', caseId: c.id, customerId: customer.id, dueAt: T0 + 72 * HOUR })]);

    const closed = call<CaseDetail>('cases.transition', { id: c.id, to: 'closed', satisfaction: 4, satisfactionComment: '处理及时' });
    expect(closed).toMatchObject({ status: 'closed', satisfaction: 4, satisfactionComment: '处理及时' });
    expect(closed.history.map((e) => e.kind)).toEqual(expect.arrayContaining(['handoff', 'handoff-reply', 'satisfaction']));

    const timeline = call<{ items: TimelineEntry[] }>('customers.timeline', { customerId: customer.id }).items;
    expect(timeline).toEqual([expect.objectContaining({ kind: 'case', id: c.id, status: 'resolved', category: 'complaint' })]);
    // The window sends an empty channel list for "all channels"; a channel filter keeps the case's own channel.
    expect(call<{ items: TimelineEntry[] }>('customers.timeline', { customerId: customer.id, channels: [] }).items).toHaveLength(1);
    expect(call<{ items: TimelineEntry[] }>('customers.timeline', { customerId: customer.id, channels: ['phone'] }).items).toHaveLength(0);
  });

  it('turns a P1 breached when its deadline passes, and pauses the clock while waiting on the customer', () => {
    const { open, call, wait } = setup();
    const p1 = open({ grade: 'P1', title: '热水壶漏电', riskFlags: ['safety'] });
    const p3 = open({ grade: 'P3', title: '发票抬头' });
    call('cases.transition', { id: p3.id, to: 'accepted' });
    call('cases.transition', { id: p3.id, to: 'waiting-customer' });

    wait(31 * MIN);
    expect(call<CaseDetail>('cases.get', { id: p1.id }).firstContactBreachedAt).toBe(T0 + 30 * MIN);
    wait(24 * HOUR);
    const late = call<CaseDetail>('cases.get', { id: p1.id });
    expect(late.resolutionBreachedAt).toBe(T0 + 24 * HOUR);
    expect(late.history.filter((e) => e.kind === 'breach').map((e) => e.to)).toEqual(['resolution', 'first-contact']);
    expect(call<{ items: CaseSummary[] }>('cases.list', { overdue: true }).items.map((c) => c.id)).toEqual([p1.id]);

    // 24 h 31 min waited on the customer: the P3's 72 h deadline moves by exactly that.
    const resumed = call<CaseDetail>('cases.transition', { id: p3.id, to: 'investigating' });
    expect(resumed.resolutionDueAt).toBe(T0 + 72 * HOUR + 24 * HOUR + 31 * MIN);
    expect(resumed.resolutionBreachedAt).toBeNull();
  });

  it('keeps evidence files in the data folder, sniffs their type and refuses oversized ones', () => {
    const { open, call, fail, dataDir } = setup();
    const c = open();
    const withFile = call<CaseDetail>('cases.attach', { caseId: c.id, name: '../../外箱照片.png', dataBase64: PNG.toString('base64') });
    const a = withFile.attachments[0]!;
    expect(a).toMatchObject({ name: '外箱照片.png', mime: 'image/png', size: PNG.length });
    expect(fs.readdirSync(path.join(dataDir, 'attachments', c.id))).toHaveLength(1);
    expect(Buffer.from(call<{ dataBase64: string }>('cases.attachment', { id: a.id }).dataBase64, 'base64').equals(PNG)).toBe(true);

    const big = Buffer.alloc(10 * 1024 * 1024 + 1).toString('base64');
    expect(fail('cases.attach', { caseId: c.id, name: 'big.bin', dataBase64: big })).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', details: { reason: 'attachment-too-large' } });
    expect(call<CaseDetail>('cases.get', { id: c.id }).attachments).toHaveLength(1);

    call('cases.removeAttachment', { id: a.id });
    expect(fs.readdirSync(path.join(dataDir, 'attachments', c.id))).toHaveLength(0);
  });

  it('finds cases by words in them, filters by department, and counts open ones for the screen pop', () => {
    const { open, call } = setup();
    const a = open({ title: '洗衣机安装师傅未上门', type: 'after-sales', grade: 'P3' });
    open({ title: '退款未到账', type: 'refund', grade: 'P3' });
    call('cases.handOff', { caseId: a.id, department: 'tech-support', background: '预约两次未上门', dueAt: T0 + HOUR });
    expect(call<{ items: CaseSummary[] }>('cases.list', { query: '安装' }).items.map((c) => c.id)).toEqual([a.id]);
    expect(call<{ items: CaseSummary[] }>('cases.list', { department: 'tech-support' }).items.map((c) => c.id)).toEqual([a.id]);
    expect(call<{ items: CaseSummary[] }>('cases.list', { type: 'refund' }).items).toHaveLength(1);
    expect(call<{ items: { kind: string }[] }>('search.query', { text: '未到账', kinds: ['case'] }).items).toHaveLength(1);
  });

  it('lists overdue hand-offs and reopens a closed case', () => {
    const { open, call, wait } = setup();
    const c = open();
    call('cases.transition', { id: c.id, to: 'accepted' });
    call('cases.handOff', { caseId: c.id, department: 'warehouse', background: '查验退货', dueAt: T0 + HOUR });
    expect(call<{ items: unknown[] }>('cases.overdueHandoffs').items).toHaveLength(0);
    wait(HOUR + MIN);
    expect(call<{ items: { caseNumber: string; department: string }[] }>('cases.overdueHandoffs').items).toEqual([expect.objectContaining({ caseNumber: c.number, department: 'warehouse' })]);

    call('cases.replyHandoff', { id: call<CaseDetail>('cases.get', { id: c.id }).handoffs[0]!.id, result: '已入库', done: true });
    call('cases.update', { id: c.id, patch: { investigation: { solution: 'refund' } } });
    call('cases.transition', { id: c.id, to: 'resolved' });
    call('cases.transition', { id: c.id, to: 'closed' });
    const reopened = call<CaseDetail>('cases.transition', { id: c.id, to: 'investigating', note: '客户再次来电' });
    expect(reopened).toMatchObject({ status: 'investigating', closedAt: null, resolvedAt: null });
    expect(reopened.history[0]).toMatchObject({ kind: 'reopened', from: 'closed', to: 'investigating', detail: '客户再次来电' });
  });

  it('moves cases with a merged customer and archives closed cases after the set days', () => {
    const { open, call, wait, customer } = setup();
    const other = call<CustomerDetail>('customers.create', { fullName: '李娜', phones: [{ number: '139 0000 1111' }] });
    const c = call<CaseDetail>('cases.create', { customerId: other.id, type: 'billing', grade: 'P4', title: '重复扣款' });
    const merged = call<{ moved: { cases: number } }>('customers.merge', { keepId: customer.id, mergeId: other.id });
    expect(merged.moved.cases).toBe(1);
    expect(call<CaseDetail>('cases.get', { id: c.id }).customerId).toBe(customer.id);

    const done = open();
    call('cases.transition', { id: done.id, to: 'accepted' });
    call('cases.update', { id: done.id, patch: { investigation: { solution: 'explanation' } } });
    call('cases.transition', { id: done.id, to: 'resolved' });
    call('cases.transition', { id: done.id, to: 'closed' });
    wait(31 * 24 * HOUR);
    const archived = call<CaseDetail>('cases.get', { id: done.id });
    expect(archived.status).toBe('archived');
    expect(call<{ items: CaseSummary[] }>('cases.list', { query: '划痕' }).items.map((x) => x.id)).toContain(done.id);
  });

  it('suggests P1 for safety, legal, media or key-account cases', () => {
    expect(suggestGrade(['media'], 'feedback')).toBe('P1');
    expect(suggestGrade([], 'complaint')).toBe('P2');
    expect(suggestGrade([], 'billing')).toBe('P3');
  });

  it('refuses hostile input without changing anything', () => {
    const { call, fail, customer } = setup();
    expect(fail('cases.create', { customerId: customer.id, type: 'complaint', grade: 'P9', title: 'x' }).code).toBe('VALIDATION');
    expect(fail('cases.create', { customerId: customer.id, type: 'complaint', grade: 'P2', title: '   ' }).code).toBe('VALIDATION');
    expect(fail('cases.create', { customerId: customer.id, type: 'complaint', grade: 'P2', title: 'x'.repeat(201) }).code).toBe('VALIDATION');
    expect(fail('cases.create', { customerId: '01JZZZZZZZZZZZZZZZZZZZZZZZ', type: 'complaint', grade: 'P2', title: "'; DROP TABLE cases; --" }).code).toBe('NOT_FOUND');
    const sqlish = call<CaseDetail>('cases.create', { customerId: customer.id, type: 'complaint', grade: 'P2', title: "'; DROP TABLE cases; --", description: '<script>alert(1)</script>' });
    expect(sqlish.description).toBe('<script>alert(1)</script>');
    expect(call<{ items: CaseSummary[] }>('cases.list').items).toHaveLength(1);
    expect(fail('cases.attach', { caseId: sqlish.id, name: 'a.png', dataBase64: '!!!not base64' }).code).toBe('VALIDATION');
  });
});
