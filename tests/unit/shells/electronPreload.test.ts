import { describe, expect, it, vi } from 'vitest';

const h = vi.hoisted(() => ({
  exposed: new Map<string, Record<string, (...args: never[]) => unknown>>(),
  invoked: [] as [string, unknown][],
  listening: [] as string[],
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: Record<string, (...args: never[]) => unknown>) => h.exposed.set(key, api) },
  ipcRenderer: {
    invoke: async (channel: string, input: unknown) => {
      h.invoked.push([channel, input]);
      return { ok: true, value: null };
    },
    on: (channel: string) => h.listening.push(channel),
    removeListener: () => {},
  },
}));

await import('../../../src-main/preload');

describe('the preload bridge (the renderer has no Node and no ipcRenderer)', () => {
  it('exposes only invoke, on and printToPdf, under one name', async () => {
    expect([...h.exposed.keys()]).toEqual(['agentApi']);
    expect(Object.keys(h.exposed.get('agentApi')!).sort()).toEqual(['invoke', 'on', 'printToPdf']);
    const api = h.exposed.get('agentApi')! as unknown as { printToPdf(name: unknown): Promise<unknown> };
    await api.printToPdf(42);
    expect(h.invoked.pop()).toEqual(['shell:printToPdf', '']);
  });

  it('sends only contract-shaped method names, on the api: channels the main process checks', async () => {
    const api = h.exposed.get('agentApi')! as unknown as { invoke(m: unknown, i: unknown): Promise<unknown>; on(fn: () => void): () => void };
    await api.invoke('customers.get', { id: 'x' });
    for (const bad of ['../../etc', 'core:event', 'api:customers.get', '', 42, 'ELECTRON_BROWSER_REQUIRE']) {
      expect(await api.invoke(bad, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
    expect(h.invoked).toEqual([['api:customers.get', { id: 'x' }]]);
    api.on(() => {});
    expect(h.listening).toEqual(['core:event']);
  });
});
