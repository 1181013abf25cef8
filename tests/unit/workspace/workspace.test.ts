import { describe, expect, it } from 'vitest';
import type { CustomerSummary } from '../../../src-main/contract/customers';
import type { Interaction, Message } from '../../../src-main/contract/interactions';
import type { InboxItem, Tab } from '../../../src-main/contract/workspace';
import { addWorkingHours } from '../../../src-main/core/workspace/sla';
import { ManualClock } from '../../../src-main/core/shared/clock';
import { makeCore, ok } from '../../helpers/core';

function setup(extra: Parameters<typeof makeCore>[0] = {}) {
  const ctx = makeCore({ demo: true, demoCustomers: 15, testControls: true, ...extra });
  const call = <T>(method: string, input: unknown = {}) => ok<T>(ctx.core.dispatch(method, input));
  const customer = call<{ items: CustomerSummary[] }>('customers.list', {}).items[0]!;
  const events: string[] = [];
  ctx.core.subscribe((name) => events.push(name));
  return { ...ctx, call, customer, events };
}

describe('inbox and SLA', () => {
  it('puts an inbound social message in the inbox with a 30 s first-response deadline, and records the breach', () => {
    const { call, customer, clock, events } = setup();
    call('settings.update', { simulator: { enabled: false, messagesPerHour: 0 } });
    const { interactionId } = call<{ interactionId: string }>('test.simulateInbound', { channel: 'wechat', customerId: customer.id, body: '你好，我的快递三天没动了' });
    const item = call<{ items: InboxItem[] }>('inbox.list').items.find((i) => i.id === interactionId)!;
    expect(item).toMatchObject({ channel: 'wechat', customerId: customer.id, unread: true, slaBreachedAt: null });
    // The badge's count is the inbox's rows; a reply takes the conversation out of both.
    const waiting = call<{ items: InboxItem[] }>('inbox.list').items.length;
    expect(call<{ waiting: number }>('inbox.count').waiting).toBe(waiting);
    expect(item.slaDueAt - clock.now()).toBe(30_000);
    expect(events).toContain('inbox.changed');

    call('test.advanceClock', { ms: 29_000 });
    expect(call<{ items: InboxItem[] }>('inbox.list').items.find((i) => i.id === interactionId)!.slaBreachedAt).toBeNull();
    call('test.advanceClock', { ms: 2_000 });
    expect(call<{ items: InboxItem[] }>('inbox.list').items.find((i) => i.id === interactionId)!.slaBreachedAt).toBe(item.slaDueAt);
    call('interactions.send', { interactionId, body: '您好，马上为您查询。' });
    expect(call<{ waiting: number }>('inbox.count').waiting).toBe(waiting - 1);
  });

  it('shows when the customer last wrote: a follow-up in the same conversation moves it, a reply does not', () => {
    const { call, customer, clock } = setup();
    call('settings.update', { simulator: { enabled: false, messagesPerHour: 0 } });
    const { interactionId } = call<{ interactionId: string }>('test.simulateInbound', { channel: 'wechat', customerId: customer.id, body: '你好' });
    const first = clock.now();
    const lastInbound = () => call<{ items: InboxItem[] }>('inbox.list').items.find((i) => i.id === interactionId)?.lastInboundAt;
    expect(lastInbound()).toBe(first);
    call('test.advanceClock', { ms: 5_000 });
    call('test.simulateInbound', { channel: 'wechat', customerId: customer.id, body: '在吗？' });
    expect(lastInbound()).toBe(first + 5_000);
    call('interactions.send', { interactionId, body: '在的' });
    call('test.advanceClock', { ms: 5_000 });
    call('test.simulateInbound', { channel: 'wechat', customerId: customer.id, body: '好的，谢谢' });
    expect(lastInbound()).toBe(first + 10_000);
  });

  it('records the first response, takes the item out of the inbox, and delivers through the outbox', () => {
    const { call, customer, clock } = setup();
    const { interactionId } = call<{ interactionId: string }>('test.simulateInbound', { channel: 'line', customerId: customer.id, body: '請問退貨怎麼申請？' });
    call('test.advanceClock', { ms: 12_000 });
    call('drafts.save', { interactionId, body: '半' });
    const sent = call<Message>('interactions.send', { interactionId, body: '您好，退貨可在訂單頁面申請，我來協助您。' });
    expect(sent.delivery).toBe('queued');
    expect(call('drafts.get', { interactionId })).toBeNull();
    expect(call<{ items: InboxItem[] }>('inbox.list').items.map((i) => i.id)).not.toContain(interactionId);
    const it1 = call<Interaction>('interactions.get', { id: interactionId });
    expect(it1.firstResponseAt! - it1.startedAt).toBe(12_000);
    expect(it1.slaBreachedAt).toBeNull();
    call('test.advanceClock', { ms: 1_000 });
    return new Promise<void>((resolve) => setTimeout(resolve, 20)).then(() => {
      const delivered = call<Interaction>('interactions.get', { id: interactionId }).messages.find((m) => m.id === sent.id)!;
      expect(delivered.delivery).toBe('sent');
      expect(clock.now()).toBeGreaterThan(it1.startedAt);
    });
  });

  it('marks deadlines that passed while the app was closed at start, each at its own deadline, and later ones when they come', () => {
    const first = setup();
    first.call('settings.update', { simulator: { enabled: false, messagesPerHour: 0 } });
    const customers = first.call<{ items: CustomerSummary[] }>('customers.list', {}).items;
    const inbound = (i: number, channel: string) => first.call<{ interactionId: string }>('test.simulateInbound', { channel, customerId: customers[i]!.id, body: `第 ${i} 位客户在等回复` }).interactionId;
    const a = inbound(0, 'wechat');
    first.call('test.advanceClock', { ms: 5_000 });
    const answered = inbound(1, 'wechat');
    first.call('interactions.send', { interactionId: answered, body: '您好，马上为您处理' });
    first.call('test.advanceClock', { ms: 5_000 });
    const b = inbound(2, 'wechat');
    const email = inbound(3, 'email');
    const due = (id: string) => first.call<Interaction>('interactions.get', { id }).slaDueAt!;
    const [dueA, dueB, dueEmail] = [due(a), due(b), due(email)];
    first.core.close();

    // Reopened between a's and b's deadlines.
    const clock = new ManualClock(dueA + 5_000);
    const again = makeCore({ dataDir: first.dataDir, clock, testControls: true });
    const call = <T>(method: string, input: unknown = {}) => ok<T>(again.core.dispatch(method, input));
    const updated: string[] = [];
    again.core.subscribe((name, payload) => { if (name === 'interaction.updated') updated.push((payload as { id: string }).id); });
    call('test.advanceClock', { ms: 0 });
    const breachedAt = (id: string) => call<Interaction>('interactions.get', { id }).slaBreachedAt;
    expect(breachedAt(a)).toBe(dueA);
    expect(breachedAt(b)).toBeNull();
    expect(breachedAt(answered)).toBeNull();
    expect(updated).toEqual([a]);

    call('test.advanceClock', { ms: dueB - clock.now() - 1 });
    expect(breachedAt(b)).toBeNull();
    call('test.advanceClock', { ms: 1 });
    expect(breachedAt(b)).toBe(dueB);
    expect(breachedAt(email)).toBeNull();
    expect(dueEmail).toBeGreaterThan(dueB);
    again.core.close();
  });

  it('a late first reply is recorded as a breach at the deadline', () => {
    const { call, customer } = setup();
    call('settings.update', { simulator: { enabled: false, messagesPerHour: 0 } });
    const { interactionId } = call<{ interactionId: string }>('test.simulateInbound', { channel: 'webchat', customerId: customer.id, body: 'hello?' });
    const due = call<Interaction>('interactions.get', { id: interactionId }).slaDueAt!;
    call('test.advanceClock', { ms: 95_000 });
    call('interactions.send', { interactionId, body: 'Sorry for the wait!' });
    const after = call<Interaction>('interactions.get', { id: interactionId });
    expect(after.slaBreachedAt).toBe(due);
    expect(after.awaitingReply).toBe(false);
  });

  it('keeps a message queued while no connector is on, and sends it on retry', async () => {
    const { call, customer } = setup();
    call('settings.update', { simulator: { enabled: false, messagesPerHour: 0 } });
    const { interactionId } = call<{ interactionId: string }>('test.simulateInbound', { channel: 'wechat', customerId: customer.id, body: '在吗' });
    const sent = call<Message>('interactions.send', { interactionId, body: '在的，请讲' });
    call('test.advanceClock', { ms: 2_000 });
    await new Promise((r) => setTimeout(r, 20));
    expect(call<Interaction>('interactions.get', { id: interactionId }).messages.find((m) => m.id === sent.id)!.delivery).toBe('queued');
    call('settings.update', { simulator: { enabled: true, messagesPerHour: 0 } });
    call('outbox.retry', { messageId: sent.id });
    call('test.advanceClock', { ms: 10 });
    await new Promise((r) => setTimeout(r, 20));
    expect(call<Interaction>('interactions.get', { id: interactionId }).messages.find((m) => m.id === sent.id)!.delivery).toBe('sent');
  });

  it('refuses to send a message on a call, an empty message, and test controls when they are off', () => {
    const { core, call, customer } = setup();
    const phone = call<{ items: { id: string; channel: string }[] }>('customers.timeline', { customerId: customer.id, channels: ['phone'], limit: 1 }).items[0];
    if (phone) expect(core.dispatch('interactions.send', { interactionId: phone.id, body: 'x' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(core.dispatch('interactions.send', { interactionId: '01JZZZZZZZZZZZZZZZZZZZZZZZ', body: '  ' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const plain = makeCore({ demo: false });
    expect(plain.core.dispatch('test.advanceClock', { ms: 1000 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('counts email deadlines in working hours', () => {
    const rules = { phoneSeconds: 15, chatSeconds: 30, emailWorkingHours: 8, workdayStartHour: 9, workdayEndHour: 18, workdays: [1, 2, 3, 4, 5] };
    const friday1730 = new Date(2026, 10, 27, 17, 30).getTime();
    expect(new Date(addWorkingHours(friday1730, 8, rules))).toEqual(new Date(2026, 10, 30, 16, 30));
    const saturday = new Date(2026, 10, 28, 11, 0).getTime();
    expect(new Date(addWorkingHours(saturday, 2, rules))).toEqual(new Date(2026, 10, 30, 11, 0));
    const tuesday8 = new Date(2026, 11, 1, 8, 0).getTime();
    expect(new Date(addWorkingHours(tuesday8, 1, rules))).toEqual(new Date(2026, 11, 1, 10, 0));
  });
});

describe('tabs, drafts and notes survive a restart', () => {
  it('restores the same tabs in order with state, drafts and notes', () => {
    const { core, call, customer, dataDir } = setup({ demoCustomers: 8 });
    const timeline = call<{ items: { id: string }[] }>('customers.timeline', { customerId: customer.id, limit: 5 }).items;
    const t1 = call<Tab>('tabs.open', { kind: 'customer', refId: customer.id });
    const t2 = call<Tab>('tabs.open', { kind: 'interaction', refId: timeline[0]!.id });
    expect(call<Tab>('tabs.open', { kind: 'customer', refId: customer.id }).id).toBe(t1.id);
    call('tabs.move', { id: t2.id, position: 0 });
    call('tabs.setState', { id: t2.id, state: { scroll: 420, panel: 'scripts' } });
    call('drafts.save', { interactionId: timeline[0]!.id, body: '王女士您好，关于您的退款', subject: 'Re: 退款' });
    call('notes.save', { customerId: customer.id, body: '客户希望下午三点后回电' });
    core.close();
    const again = makeCore({ dataDir, testControls: true }).core;
    const tabs = ok<{ items: Tab[] }>(again.dispatch('tabs.list', {})).items;
    expect(tabs.map((t) => t.id)).toEqual([t2.id, t1.id]);
    expect(tabs[0]!.state).toEqual({ scroll: 420, panel: 'scripts' });
    expect(ok(again.dispatch('drafts.get', { interactionId: timeline[0]!.id }))).toMatchObject({ body: '王女士您好，关于您的退款', subject: 'Re: 退款' });
    expect(ok<{ items: { body: string }[] }>(again.dispatch('notes.list', { customerId: customer.id })).items.map((n) => n.body)).toEqual(['客户希望下午三点后回电']);
    expect(ok(again.dispatch('tabs.close', { id: t1.id }))).toEqual({ closed: true });
    expect(ok<{ items: Tab[] }>(again.dispatch('tabs.list', {})).items).toHaveLength(1);
  });
});
