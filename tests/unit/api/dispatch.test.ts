import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../src-main/contract/methods';
import { combineHandlers } from '../../../src-main/core/api/handlers';
import { makeCore, ok } from '../../helpers/core';

function counts(core: ReturnType<typeof makeCore>['core']) {
  const r = ok<{ total: number }>(core.dispatch('customers.list', {}));
  return r.total;
}

describe('the API contract at the core boundary', () => {
  it('answers an unknown method with a structured error', () => {
    const { core } = makeCore();
    const r = core.dispatch('customers.drop', {});
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: 'UNKNOWN_METHOD' }) });
    expect(core.dispatch(42, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(core.dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('refuses wrong types with the path of each bad field, and changes nothing', () => {
    const { core } = makeCore();
    const r = core.dispatch('customers.create', { fullName: 42, phones: [{ number: 'call me maybe' }], emails: [{ email: 'not-an-email' }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    const paths = r.error.details?.issues?.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['fullName', 'phones.0.number', 'emails.0.email']));
    expect(counts(core)).toBe(0);
  });

  it('refuses unknown fields, huge strings and control characters', () => {
    const { core } = makeCore();
    expect(core.dispatch('customers.create', { fullName: '王秀英', isAdmin: true })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(core.dispatch('customers.create', { fullName: '王'.repeat(10_000) })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(core.dispatch('customers.create', { fullName: 'A\u0000B' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(core.dispatch('customers.list', { query: 'x'.repeat(201) })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(core.dispatch('customers.get', { id: "'; DROP TABLE customers; --" })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(counts(core)).toBe(0);
  });

  it('stores SQL-looking and HTML text literally', () => {
    const { core } = makeCore();
    const name = "Robert'); DROP TABLE customers; -- <script>alert(1)</script>";
    const created = ok<{ id: string; fullName: string }>(core.dispatch('customers.create', { fullName: name }));
    expect(created.fullName).toBe(name);
    expect(counts(core)).toBe(1);
    expect(ok<{ fullName: string }>(core.dispatch('customers.get', { id: created.id })).fullName).toBe(name);
  });

  it('answers NOT_FOUND for a well-formed id nobody has', () => {
    const { core } = makeCore();
    expect(core.dispatch('customers.get', { id: '01JZZZZZZZZZZZZZZZZZZZZZZZ' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('turns a failing handler into INTERNAL without crashing, and logs it', () => {
    const logged: string[] = [];
    const { core } = makeCore({ logger: { error: (m) => logged.push(m), warn: () => {} } });
    core.close(); // every statement now throws inside the handler
    const r = core.dispatch('customers.list', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(r.ok === false && r.error.message).not.toMatch(/database connection/);
    expect(logged).toEqual(['Handler for customers.list failed']);
  });

  it('has exactly one handler per contract method', () => {
    const noop = () => {
      throw new Error('unused');
    };
    const all = Object.fromEntries(METHOD_NAMES.map((m) => [m, noop]));
    expect(() => combineHandlers(METHOD_NAMES, all)).not.toThrow();
    expect(() => combineHandlers(METHOD_NAMES, all, { 'customers.get': noop })).toThrow(/Two domains/);
    const { 'customers.get': _dropped, ...partial } = all;
    expect(() => combineHandlers(METHOD_NAMES, partial)).toThrow(/No handler for: customers.get/);
  });
});

describe('settings', () => {
  it('has defaults, persists a patch across restarts, and refuses unknown values', () => {
    const { core, dataDir } = makeCore();
    expect(ok(core.dispatch('settings.get', {}))).toMatchObject({ language: 'zh-CN', theme: 'system' });
    ok(core.dispatch('settings.update', { language: 'zh-TW', theme: 'dark' }));
    expect(core.dispatch('settings.update', { language: 'fr' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(core.dispatch('settings.update', { fontSize: 3 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    core.close();
    const again = makeCore({ dataDir }).core;
    expect(ok(again.dispatch('settings.get', {}))).toMatchObject({ language: 'zh-TW', theme: 'dark' });
  });

  it('pushes a settings.changed event to subscribers', () => {
    const { core } = makeCore();
    const seen: string[] = [];
    core.subscribe((name, payload) => seen.push(`${name}:${(payload as { language: string }).language}`));
    ok(core.dispatch('settings.update', { language: 'en' }));
    expect(seen).toEqual(['settings.changed:en']);
  });
});
