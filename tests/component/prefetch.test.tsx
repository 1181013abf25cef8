import { afterEach, describe, expect, it, vi } from 'vitest';
import { call, prefetch, setTransport } from '../../src-renderer/api/client';
import { coreTransport } from './coreTransport';

/** A transport to a real core that counts what reaches it. */
function countingTransport() {
  const { core, transport } = coreTransport();
  const sent: string[] = [];
  setTransport({ ...transport, invoke: (method, input) => (sent.push(method), transport.invoke(method, input)) });
  return { core, sent };
}

afterEach(() => vi.useRealTimers());

describe('answers asked for before the window renders', () => {
  it('are handed to the first identical call instead of asking the core again, once', async () => {
    const { sent } = countingTransport();
    const early = await prefetch('settings.get', {});
    expect(await call('settings.get', {})).toEqual(early);
    expect(sent).toEqual(['settings.get']);
    await call('settings.get', {});
    expect(sent).toEqual(['settings.get', 'settings.get']);
  });

  it('are not handed to a call with other input, nor once they are a few seconds old', async () => {
    const { core, sent } = countingTransport();
    await prefetch('customers.list', {});
    await call('customers.list', { query: '王' });
    expect(sent).toEqual(['customers.list', 'customers.list']);

    vi.useFakeTimers({ toFake: ['Date'] });
    await prefetch('customers.list', {});
    core.dispatch('customers.create', { fullName: '王秀英' });
    vi.setSystemTime(Date.now() + 10_000);
    const later = await call('customers.list', {});
    expect(sent).toHaveLength(4);
    expect(later.total).toBe(1);
  });
});
