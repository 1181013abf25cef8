import { describe, expect, it } from 'vitest';
import type { CustomerDetail, CustomerSummary, TimelineEntry } from '../../../src-main/contract/customers';
import { makeCore, ok } from '../../helpers/core';

function setup() {
  const ctx = makeCore();
  const create = (input: Record<string, unknown>) => ok<CustomerDetail>(ctx.core.dispatch('customers.create', input));
  const search = (query: string) => ok<{ items: CustomerSummary[]; total: number }>(ctx.core.dispatch('customers.list', { query }));
  const names = (query: string) => search(query).items.map((c) => c.fullName).sort();
  return { ...ctx, create, search, names };
}

describe('customers', () => {
  it('creates a customer with contact points and reads it back', () => {
    const { create, core } = setup();
    const c = create({
      fullName: '王秀英',
      honorific: 'ms',
      phones: [{ number: '+86 138-1234-5678' }],
      emails: [{ email: 'Wang.XY@Example.cn' }],
      handles: [{ channel: 'wechat', handle: 'wxid_wangxy' }],
      tags: ['VIP', 'VIP', '老客户'],
    });
    expect(c.surname).toBe('王');
    expect(c.phones[0]).toMatchObject({ raw: '+86 138-1234-5678', normalized: '13812345678' });
    expect(c.tags).toEqual(['VIP', '老客户']);
    expect(ok(core.dispatch('customers.get', { id: c.id }))).toEqual(c);
  });

  it('finds customers by full phone in any format and by the last digits', () => {
    const { create, names } = setup();
    create({ fullName: '王秀英', phones: [{ number: '138 1234 5678' }] });
    create({ fullName: '陈伟', phones: [{ number: '0986-555-123' }] });
    create({ fullName: 'Zoë Chen', phones: [{ number: '+1 (415) 555-0199' }] });
    expect(names('+86 13812345678')).toEqual(['王秀英']);
    expect(names('0086 138-1234-5678')).toEqual(['王秀英']);
    expect(names('5678')).toEqual(['王秀英']);
    expect(names('5 678')).toEqual(['王秀英']);
    expect(names('555123')).toEqual(['陈伟']);
    expect(names('0986555123')).toEqual(['陈伟']);
    expect(names('0199')).toEqual(['Zoë Chen']);
    expect(names('9999')).toEqual([]);
  });

  it('finds names by characters, full pinyin, initials and accent-insensitive English', () => {
    const { create, names } = setup();
    create({ fullName: '张三' });
    create({ fullName: '张珊珊' });
    create({ fullName: '曾小贤' });
    create({ fullName: 'Zoë Chen' });
    expect(names('张')).toEqual(['张三', '张珊珊']);
    expect(names('zhangsan')).toEqual(['张三']);
    expect(names('zhangs')).toEqual(['张三', '张珊珊']);
    expect(names('zs')).toEqual(['张三', '张珊珊']);
    expect(names('zss')).toEqual(['张珊珊']);
    expect(names('zengxiao')).toEqual(['曾小贤']);
    expect(names('zoe')).toEqual(['Zoë Chen']);
    expect(names('ZOË CH')).toEqual(['Zoë Chen']);
  });

  it('finds by email prefix, tag and social handle', () => {
    const { create, names } = setup();
    create({ fullName: '林美玲', emails: [{ email: 'meiling@example.tw' }], tags: ['企业客户'], handles: [{ channel: 'line', handle: 'meiling.lin' }] });
    expect(names('MeiLing@')).toEqual(['林美玲']);
    expect(names('企业客户')).toEqual(['林美玲']);
    expect(names('meiling.lin')).toEqual(['林美玲']);
  });

  it('pages the timeline newest first without gaps or repeats', () => {
    const { core, dataDir } = makeCore({ demo: true, demoCustomers: 30 });
    const list = ok<{ items: CustomerSummary[] }>(core.dispatch('customers.list', { limit: 30 }));
    const busiest = list.items[0]!;
    const all: TimelineEntry[] = [];
    let before: { at: number; id: string } | undefined;
    do {
      const page = ok<{ items: TimelineEntry[]; next: { at: number; id: string } | null }>(
        core.dispatch('customers.timeline', { customerId: busiest.id, limit: 2, ...(before ? { before } : {}) }),
      );
      all.push(...page.items);
      before = page.next ?? undefined;
    } while (before);
    const full = ok<{ items: TimelineEntry[] }>(core.dispatch('customers.timeline', { customerId: busiest.id, limit: 200 })).items;
    expect(all.map((e) => e.id)).toEqual(full.map((e) => e.id));
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    expect([...all].sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1)).map((e) => e.id)).toEqual(all.map((e) => e.id));
    expect(dataDir).toBeTruthy();
  });
});
