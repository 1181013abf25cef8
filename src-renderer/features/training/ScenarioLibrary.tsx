import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/errors';
import type { Locale } from '@contract/primitives';
import { TRAINING_CHANNELS } from '@contract/values/training';
import type { TrainingScenarioSummary } from '@contract/training';
import { call, toApiError } from '../../api/client';
import { ErrorMessage } from '../../app/ErrorMessage';
import { ScenarioCard } from './ScenarioCard';
import { startScenario } from './startScenario';
import { LocaleOptions } from '../../app/LocaleOptions';
import { asLocale } from '../../i18n/asLocale';

/** The scenarios to practise, in the user's language by default, what a supervisor assigned first. */
export function ScenarioLibrary() {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<Locale>(() => asLocale(i18n.language));
  const [channel, setChannel] = useState<string>('');
  const [items, setItems] = useState<TrainingScenarioSummary[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [starting, setStarting] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setItems((await call('training.scenarios', { language })).items);
      setError(null);
    } catch (err) {
      setError(toApiError(err));
    }
  }, [language]);
  useEffect(() => {
    void load();
  }, [load]);

  const shown = useMemo(() => {
    const list = (items ?? []).filter((s) => !channel || s.channel === channel);
    // Stable: assigned first, then the core's order.
    return [...list.filter((s) => s.assigned), ...list.filter((s) => !s.assigned)];
  }, [items, channel]);

  // One session per click: a double click must not leave a second, abandoned session in the history.
  const start = async (id: string) => {
    if (starting) return;
    setStarting(id);
    try {
      await startScenario(id);
    } catch (err) {
      setError(toApiError(err));
      setStarting(null);
    }
  };

  return (
    <section className="scenario-library" aria-labelledby="scenario-library-h">
      <div className="header-row">
        <h2 id="scenario-library-h">{t('training.library.title')}</h2>
        <div className="filters" role="group" aria-label={t('training.library.filters')}>
          <label className="field-inline">
            <span>{t('training.library.language')}</span>
            <select value={language} onChange={(e) => setLanguage(e.target.value as Locale)}>
              <LocaleOptions />
            </select>
          </label>
          <label className="field-inline">
            <span>{t('training.library.channel')}</span>
            <select value={channel} onChange={(e) => setChannel(e.target.value)}>
              <option value="">{t('training.library.allChannels')}</option>
              {TRAINING_CHANNELS.map((c) => <option key={c} value={c}>{t(`training.channels.${c}`)}</option>)}
            </select>
          </label>
        </div>
      </div>
      {error && <ErrorMessage error={error} onRetry={() => void load()} />}
      {items && (
        <p className="muted library-count" aria-live="polite">{t('training.library.count', { count: shown.length })}</p>
      )}
      {items && shown.length === 0 && <p className="empty-state">{t('training.library.empty')}</p>}
      <ul className="scenario-grid" aria-label={t('training.library.title')}>
        {shown.map((s) => <ScenarioCard key={s.id} scenario={s} busy={starting !== null} onStart={() => void start(s.id)} />)}
      </ul>
    </section>
  );
}
