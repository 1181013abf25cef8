import { create } from 'zustand';
import type { ApiError } from '@contract/errors';
import type { MethodOutput } from '@contract/methods';
import type { Settings } from '@contract/settings';
import { call, onCoreEvent, toApiError } from '../../api/client';
import { changeLanguage } from '../../i18n';
import { useClockOffset } from '../inbox/useNow';

type Info = MethodOutput<'app.info'>;

interface SettingsState {
  settings: Settings | null;
  info: Info | null;
  error: ApiError | null;
  savedAt: number | null;
  load(): Promise<void>;
  update(patch: Partial<Settings>): Promise<void>;
}

export function applyTheme(theme: Settings['theme']): void {
  const dark = theme === 'dark' || (theme === 'system' && window.matchMedia?.('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

function apply(settings: Settings): void {
  changeLanguage(settings.language);
  applyTheme(settings.theme);
}

let unsubscribe: (() => void) | null = null;

export const useSettings = create<SettingsState>((set, get) => ({
  settings: null,
  info: null,
  error: null,
  savedAt: null,
  async load() {
    // Another window (or the web host's other tab) may change settings: follow it.
    unsubscribe ??= onCoreEvent('settings.changed', (settings) => {
      apply(settings);
      set({ settings });
    });
    try {
      const [settings, info] = await Promise.all([call('settings.get', {}), call('app.info', {})]);
      apply(settings);
      useClockOffset.getState().set(info.now);
      set({ settings, info, error: null });
    } catch (err) {
      set({ error: toApiError(err) });
    }
  },
  async update(patch) {
    const before = get().settings;
    if (before) {
      // Optimistic: the switch answers at once; a refusal puts the old value back.
      const optimistic = { ...before, ...patch };
      apply(optimistic);
      set({ settings: optimistic });
    }
    try {
      const settings = await call('settings.update', patch);
      apply(settings);
      set({ settings, error: null, savedAt: Date.now() });
    } catch (err) {
      if (before) apply(before);
      set({ settings: before, error: toApiError(err) });
    }
  },
}));

