import { create } from 'zustand';
import type { ApiError } from '@contract/errors';
import type { Script, ScriptSummary } from '@contract/library';
import type { Locale } from '@contract/primitives';
import { call, toApiError } from '../../api/client';

interface ScriptsState {
  language: Locale | null;
  category: string;
  items: ScriptSummary[];
  selected: Script | null;
  error: ApiError | null;
  load(language: Locale, category?: string): Promise<void>;
  select(id: string | null): Promise<void>;
  replace(script: Script): void;
}

export const useScripts = create<ScriptsState>((set, get) => ({
  language: null,
  category: '',
  items: [],
  selected: null,
  error: null,
  async load(language, category = get().category) {
    set({ language, category });
    try {
      const r = await call('scripts.list', { language, ...(category ? { category: category as never } : {}) });
      set({ items: r.items, error: null });
    } catch (err) {
      set({ error: toApiError(err) });
    }
  },
  async select(id) {
    if (!id) return set({ selected: null });
    try {
      set({ selected: await call('scripts.get', { id }), error: null });
    } catch (err) {
      set({ error: toApiError(err), selected: null });
    }
  },
  replace(script) {
    set({ selected: script });
    const { language, category } = get();
    if (language) void get().load(language, category);
  },
}));
