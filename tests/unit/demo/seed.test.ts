import { describe, expect, it } from 'vitest';
import type { CustomerDetail, CustomerSummary, TimelineEntry } from '../../../src-main/contract/customers';
import type { Interaction } from '../../../src-main/contract/interactions';
import { makeCore, ok } from '../../helpers/core';

const HAN = /\p{Script=Han}/u;

describe('the demo workspace', () => {
  it('fills a fresh database with Chinese and English customers and weeks of history', () => {
    const { core } = makeCore({ demo: undefined, demoCustomers: 120 });
    const list = ok<{ items: CustomerSummary[]; total: number }>(core.dispatch('customers.list', { limit: 500 }));
    expect(list.total).toBe(120);
    expect(list.items.some((c) => HAN.test(c.fullName))).toBe(true);
    expect(list.items.some((c) => /^[\p{Script=Latin}\s'-]+$/u.test(c.fullName))).toBe(true);
    const withPhone = list.items.filter((c) => c.primaryPhone).length;
    expect(withPhone).toBe(120);
    const channels = new Set<string>();
    let entries = 0;
    for (const c of list.items.slice(0, 60)) {
      const tl = ok<{ items: TimelineEntry[] }>(core.dispatch('customers.timeline', { customerId: c.id, limit: 200 })).items;
      entries += tl.length;
      for (const e of tl) channels.add(e.channel);
    }
    expect(entries).toBeGreaterThan(100);
    expect([...channels]).toEqual(expect.arrayContaining(['phone', 'email', 'wechat', 'line']));
    const detail = ok<CustomerDetail>(core.dispatch('customers.get', { id: list.items[0]!.id }));
    const first = ok<{ items: TimelineEntry[] }>(core.dispatch('customers.timeline', { customerId: detail.id, limit: 1 })).items[0]!;
    const interaction = ok<Interaction>(core.dispatch('interactions.get', { id: first.id }));
    expect(interaction.messages.length).toBeGreaterThan(0);
    expect(ok<{ demoSeeded: boolean }>(core.dispatch('app.info', {})).demoSeeded).toBe(true);
  });

  it('is the same workspace for the same seed', () => {
    const a = makeCore({ demo: undefined, demoCustomers: 20 }).core;
    const b = makeCore({ demo: undefined, demoCustomers: 20 }).core;
    const names = (core: typeof a) =>
      ok<{ items: CustomerSummary[] }>(core.dispatch('customers.list', { limit: 50 })).items.map((c) => c.fullName).sort();
    expect(names(a)).toEqual(names(b));
  });

  it('is not created with --no-demo, nor when the setting is off, nor twice', () => {
    const none = makeCore({ demo: false }).core;
    expect(ok<{ total: number }>(none.dispatch('customers.list', {})).total).toBe(0);

    const { core, dataDir } = makeCore({ demo: false });
    ok(core.dispatch('settings.update', { demoData: false }));
    core.close();
    const reopened = makeCore({ dataDir, demo: undefined }).core;
    expect(ok<{ total: number }>(reopened.dispatch('customers.list', {})).total).toBe(0);

    const seeded = makeCore({ demo: undefined, demoCustomers: 5 });
    seeded.core.close();
    const again = makeCore({ dataDir: seeded.dataDir, demo: undefined, demoCustomers: 5 }).core;
    expect(ok<{ total: number }>(again.dispatch('customers.list', {})).total).toBe(5);
  });
});
