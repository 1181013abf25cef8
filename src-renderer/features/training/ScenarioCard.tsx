import { useTranslation } from 'react-i18next';
import type { TrainingScenarioSummary } from '@contract/training';
import { formatNumber } from '../../i18n/format';
import { ChannelIcon } from './ChannelIcon';

/** One scenario in the library: what it is, how hard, and how the trainee has done on it so far. */
export function ScenarioCard({ scenario: s, onStart, busy = false }: { scenario: TrainingScenarioSummary; onStart(): void; busy?: boolean }) {
  const { t, i18n } = useTranslation();
  const titleId = `scenario-${s.id}-title`;
  return (
    <li className={`card scenario-card${s.assigned ? ' assigned' : ''}`} aria-labelledby={titleId}>
      <div className="scenario-card-head">
        <h3 id={titleId}>{s.title}</h3>
        {s.passed ? (
          <span className="badge pass">{t('training.passed')}</span>
        ) : s.assigned ? (
          <span className="badge assigned">{t('training.library.assigned')}</span>
        ) : null}
      </div>
      <p className="scenario-meta">
        <span className="scenario-channel"><ChannelIcon channel={s.channel} />{t(`training.channels.${s.channel}`)}</span>
        <span>{s.personaName} · <span className={`mood mood-${s.mood}`}>{t(`training.moods.${s.mood}`)}</span></span>
        <span className="difficulty" title={t('training.library.difficulty', { level: s.difficulty })}>
          <span aria-hidden="true">{'●'.repeat(s.difficulty)}{'○'.repeat(Math.max(0, 3 - s.difficulty))}</span>
          <span className="sr-only">{t('training.library.difficulty', { level: s.difficulty })}</span>
        </span>
      </p>
      {s.summary && <p className="scenario-summary">{s.summary}</p>}
      <div className="scenario-card-foot">
        <span className="muted">
          {s.best === null
            ? t('training.library.notTried')
            : t('training.library.best', { score: formatNumber(s.best, i18n.language), attempts: s.attempts, passMark: s.passMark })}
        </span>
        <button type="button" className="primary" disabled={busy} onClick={onStart} aria-label={t('training.library.startNamed', { title: s.title })}>
          {t('training.library.start')}
        </button>
      </div>
    </li>
  );
}
