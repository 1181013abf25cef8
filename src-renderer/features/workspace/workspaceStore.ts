import { create } from 'zustand';
import type { ApiError } from '@contract/errors';
import type { Tab } from '@contract/workspace';
import { call, toApiError } from '../../api/client';
import { hrefFor } from '../../app/route';

interface WorkspaceState {
  tabs: Tab[];
  loaded: boolean;
  error: ApiError | null;
  load(): Promise<void>;
  open(kind: Tab['kind'], refId: string): Promise<void>;
  close(id: string, activeId: string | null): Promise<void>;
  move(id: string, position: number): Promise<void>;
  pin(id: string, pinned: boolean): Promise<void>;
}

/** Open tabs mirror the database: the core is the source of truth, so a reload restores them. */
export const useWorkspace = create<WorkspaceState>((set, get) => ({
  tabs: [],
  loaded: false,
  error: null,
  async load() {
    try {
      set({ tabs: (await call('tabs.list', {})).items, loaded: true, error: null });
    } catch (err) {
      set({ error: toApiError(err), loaded: true });
    }
  },
  async open(kind, refId) {
    try {
      const tab = await call('tabs.open', { kind, refId });
      if (!get().tabs.some((t) => t.id === tab.id)) set({ tabs: [...get().tabs, tab] });
      location.hash = hrefFor({ page: 'tab', tabId: tab.id });
    } catch (err) {
      set({ error: toApiError(err) });
    }
  },
  async close(id, activeId) {
    const tabs = get().tabs;
    const index = tabs.findIndex((t) => t.id === id);
    try {
      await call('tabs.close', { id });
    } catch (err) {
      // Refused (a call still needs its wrap-up code): show the tab and say why.
      set({ error: toApiError(err) });
      location.hash = hrefFor({ page: 'tab', tabId: id });
      return;
    }
    set({ tabs: tabs.filter((t) => t.id !== id), error: null });
    if (id === activeId) {
      const next = tabs[index + 1] ?? tabs[index - 1];
      location.hash = next && next.id !== id ? hrefFor({ page: 'tab', tabId: next.id }) : hrefFor({ page: 'inbox' });
    }
  },
  async move(id, position) {
    set({ tabs: (await call('tabs.move', { id, position })).items });
  },
  async pin(id, pinned) {
    set({ tabs: (await call('tabs.pin', { id, pinned })).items });
  },
}));
