import { describe, expect, it } from 'vitest';
import type { CustomerDetail, CustomerSummary, TimelineEntry } from '../../../src-main/contract/customers';
import { makeCore, ok } from '../../helpers/core';

function setup() {
  const ctx = makeCore();
  const call = <T>(method: string, input: unknown) => ok<T>(ctx.core.dispatch(method, input));
  const create = (input: Record<string, unknown>) => call<CustomerDetail>('customers.create', input);
  return { ...ctx, call, create };
}

describe('editing a customer', () => {
  it('replaces the profile and contact points, and name search follows the new name', () => {
    const { call, create } = setup();
    const c = create({ fullName: '王秀英', phones: [{ number: '13812345678' }], tags: ['VIP'] });
    const updated = call<CustomerDetail>('customers.update', {
      id: c.id,
      customer: { fullName: '王秀芳', honorific: 'ms', phones: [{ number: '13900001111' }, { number: '021-5555-6666' }], tags: ['老客户'], company: '上海某某贸易' },
    });
    expect(updated.fullName).toBe('王秀芳');
    expect(updated.phones.map((p) => p.normalized)).toEqual(['13900001111', '02155556666']);
    expect(updated.tags).toEqual(['老客户']);
    expect(call<{ items: CustomerSummary[] }>('customers.list', { query: 'wangxiufang' }).items.map((i) => i.id)).toEqual([c.id]);
    expect(call<{ items: CustomerSummary[] }>('customers.list', { query: '5678' }).items).toEqual([]);
  });

  it('refuses an invalid phone with the field path and keeps the old record', () => {
    const { core, call, create } = setup();
    const c = create({ fullName: '李娜', phones: [{ number: '13812345678' }] });
    const r = core.dispatch('customers.update', { id: c.id, customer: { fullName: '李娜', phones: [{ number: '138-abc' }] } });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!r.ok) expect(r.error.details?.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: ['customer', 'phones', 0, 'number'] })]));
    expect(call<CustomerDetail>('customers.get', { id: c.id }).phones[0]?.normalized).toBe('13812345678');
  });

  it('sets and clears membership', () => {
    const { call, create } = setup();
    const c = create({ fullName: 'Chloé Martin' });
    const withM = call<CustomerDetail>('customers.setMembership', { customerId: c.id, membership: { tier: 'gold', points: 1200, memberSince: null, renewalDate: Date.UTC(2027, 0, 1) } });
    expect(withM.membership).toMatchObject({ tier: 'gold', points: 1200 });
    expect(call<CustomerDetail>('customers.setMembership', { customerId: c.id, membership: null }).membership).toBeNull();
  });
});

describe('filters', () => {
  it('filters by tag, tier, key account and owner, with or without a search', () => {
    const { call, create } = setup();
    const a = create({ fullName: '张伟', tags: ['企业客户'], isKeyAccount: true, owner: '周宁' });
    create({ fullName: '张敏', tags: ['VIP'] });
    call('customers.setMembership', { customerId: a.id, membership: { tier: 'platinum', points: 1, memberSince: null, renewalDate: null } });
    const names = (input: object) => call<{ items: CustomerSummary[]; total: number }>('customers.list', input).items.map((c) => c.fullName);
    expect(names({ filters: { tag: '企业客户' } })).toEqual(['张伟']);
    expect(names({ filters: { tier: 'platinum' } })).toEqual(['张伟']);
    expect(names({ filters: { keyAccount: true } })).toEqual(['张伟']);
    expect(names({ filters: { owner: '周宁' } })).toEqual(['张伟']);
    expect(names({ query: 'zhang', filters: { tag: 'VIP' } })).toEqual(['张敏']);
    expect(call<{ total: number }>('customers.list', { filters: { keyAccount: false } }).total).toBe(1);
    const facets = call<{ tags: { value: string; count: number }[] }>('customers.facets', {});
    expect(facets.tags.map((t) => t.value).sort()).toEqual(['VIP', '企业客户']);
  });
});

describe('duplicates and merge', () => {
  it('finds duplicates by phone in another format and by email case, excluding the record itself', () => {
    const { call, create } = setup();
    const a = create({ fullName: '陈静', phones: [{ number: '+86 138 0000 1111' }], emails: [{ email: 'Chen.J@example.cn' }] });
    const found = call<{ items: (CustomerSummary & { matchedOn: string[] })[] }>('customers.findDuplicates', { phones: ['13800001111'], emails: ['chen.j@EXAMPLE.cn'] });
    expect(found.items).toEqual([expect.objectContaining({ id: a.id, matchedOn: ['phone', 'email'] })]);
    expect(call<{ items: unknown[] }>('customers.findDuplicates', { phones: ['13800001111'], excludeId: a.id }).items).toEqual([]);
  });

  it('merges two customers keeping every contact point, order and history entry, and says what moved', () => {
    const { core, call, create } = setup();
    const keep = create({ fullName: '陈静', phones: [{ number: '13800001111' }], tags: ['VIP'] });
    const dup = create({ fullName: '陈静', phones: [{ number: '138 0000 1111' }, { number: '13922223333' }], emails: [{ email: 'cj@example.cn' }], handles: [{ channel: 'wechat', handle: 'wx_cj' }], tags: ['VIP', '价格敏感'], company: '某某科技' });
    call('notes.save', { customerId: dup.id, body: '怕打扰，只在晚上联系' });
    call('orders.create', { customerId: dup.id, number: 'SO-1', orderedAt: 1, itemsSummary: '扫地机器人 X7', amountCents: 299900, currency: 'CNY', status: 'paid' });
    const groups = call<{ groups: { kind: string; customers: CustomerSummary[] }[] }>('customers.duplicateGroups', {});
    expect(groups.groups).toEqual([expect.objectContaining({ kind: 'phone', customers: expect.arrayContaining([expect.objectContaining({ id: keep.id }), expect.objectContaining({ id: dup.id })]) })]);

    const result = call<{ customer: CustomerDetail; moved: Record<string, unknown> }>('customers.merge', { keepId: keep.id, mergeId: dup.id });
    expect(result.moved).toEqual({ phones: 1, emails: 1, handles: 1, tags: 1, orders: 1, interactions: 0, notes: 1, reminders: 0, cases: 0, membership: false });
    // The note used to vanish with the merged record (cascade); it now stays with the person.
    expect(call<{ items: { body: string }[] }>('notes.list', { customerId: keep.id }).items.map((n) => n.body)).toEqual(['怕打扰，只在晚上联系']);
    expect(result.customer.phones.map((p) => p.normalized)).toEqual(['13800001111', '13922223333']);
    expect(result.customer.emails.map((e) => e.email)).toEqual(['cj@example.cn']);
    expect(result.customer.tags).toEqual(['VIP', '价格敏感']);
    expect(result.customer.company).toBe('某某科技');
    expect(result.customer.orders.map((o) => o.number)).toEqual(['SO-1']);
    expect(core.dispatch('customers.get', { id: dup.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(core.dispatch('customers.merge', { keepId: keep.id, mergeId: keep.id })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('brings the merged customer history into one timeline', () => {
    const { core } = makeCore({ demo: true, demoCustomers: 10 });
    const list = ok<{ items: CustomerSummary[] }>(core.dispatch('customers.list', { limit: 10 })).items;
    const [a, b] = [list[0]!, list[1]!];
    const count = (id: string) => ok<{ items: TimelineEntry[] }>(core.dispatch('customers.timeline', { customerId: id, limit: 500 })).items.length;
    const [countA, countB] = [count(a.id), count(b.id)];
    expect(countB).toBeGreaterThan(0);
    ok(core.dispatch('customers.merge', { keepId: a.id, mergeId: b.id }));
    expect(count(a.id)).toBe(countA + countB);
  });
});

describe('erasing a customer', () => {
  it('removes the customer with every dependent row and records it in the audit trail without personal data', () => {
    const { core } = makeCore({ demo: true, demoCustomers: 5 });
    const target = ok<{ items: CustomerSummary[] }>(core.dispatch('customers.list', {})).items[0]!;
    const r = ok<{ erased: { interactions: number } }>(core.dispatch('customers.erase', { id: target.id }));
    expect(r.erased.interactions).toBeGreaterThan(0);
    expect(core.dispatch('customers.get', { id: target.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(ok<{ items: CustomerSummary[] }>(core.dispatch('customers.list', { query: target.primaryPhone! })).items).toEqual([]);
    const audit = ok<{ items: { action: string; entityId: string; details: string }[] }>(core.dispatch('audit.list', { limit: 10 })).items;
    expect(audit[0]).toMatchObject({ action: 'customer.erase', entityId: target.id });
    expect(audit[0]!.details).not.toContain(target.fullName);
    expect(audit[0]!.details).not.toContain(target.primaryPhone!);
  });
});

describe('orders', () => {
  it('creates and updates an order, and refuses a duplicate number', () => {
    const { core, call, create } = setup();
    const c = create({ fullName: '刘洋' });
    const o = call<{ id: string; status: string }>('orders.create', { customerId: c.id, number: 'SO-9', orderedAt: 5, itemsSummary: '空调', amountCents: 329900, currency: 'CNY', status: 'paid' });
    expect(call<{ status: string; carrier: string }>('orders.update', { id: o.id, status: 'shipped', carrier: '顺丰速运' })).toMatchObject({ status: 'shipped', carrier: '顺丰速运' });
    expect(core.dispatch('orders.create', { customerId: c.id, number: 'SO-9', orderedAt: 5, itemsSummary: 'x', amountCents: 1, currency: 'CNY', status: 'paid' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(core.dispatch('orders.create', { customerId: c.id, number: 'SO-10', orderedAt: 5, itemsSummary: 'x', amountCents: 1, currency: 'rmb', status: 'paid' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
