import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/errors';
import type { MethodOutput } from '@contract/methods';
import type { TrainingProgress } from '@contract/training';
import { call, toApiError } from '../../api/client';
import { ErrorMessage } from '../../app/ErrorMessage';
import { Certificate } from './Certificate';
import { ScenarioCard } from './ScenarioCard';
import { ScoreTrend } from './ScoreTrend';
import { SessionHistory } from './SessionHistory';
import { SkillBars } from './SkillBars';
import { startScenario } from './startScenario';

/** The trainee's own record: scores over time, skills, what to practise next, history, certificate. */
export function ProgressView() {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<TrainingProgress | null>(null);
  const [history, setHistory] = useState<MethodOutput<'training.sessions'>['items']>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [showCertificate, setShowCertificate] = useState(false);
  const [starting, setStarting] = useState(false);

  const load = useCallback(async () => {
    try {
      const [p, h] = await Promise.all([call('training.progress', {}), call('training.sessions', { limit: 50 })]);
      setProgress(p);
      setHistory(h.items);
      setError(null);
    } catch (err) {
      setError(toApiError(err));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const start = async (id: string) => {
    if (starting) return;
    setStarting(true);
    try {
      await startScenario(id);
    } catch (err) {
      setError(toApiError(err));
      setStarting(false);
    }
  };

  if (error && !progress) return <ErrorMessage error={error} onRetry={() => void load()} />;
  if (!progress) return <p className="muted" aria-live="polite">{t('app.loading')}</p>;
  if (showCertificate && progress.certificate.complete) return <Certificate progress={progress} onClose={() => setShowCertificate(false)} />;
  const c = progress.certificate;
  return (
    <div className="training-progress">
      {error && <ErrorMessage error={error} onDismiss={() => setError(null)} />}
      <section className={`card certificate-status${c.complete ? ' complete' : ''}`} aria-labelledby="cert-h">
        <div>
          <h3 id="cert-h">{t('training.certificate.status')}</h3>
          <p>{t(`training.certificate.progress.${c.set}`, { passed: c.passed, of: c.of })}</p>
          <div className="cert-track" aria-hidden="true"><span style={{ width: `${c.of ? (c.passed / c.of) * 100 : 0}%` }} /></div>
        </div>
        {c.complete && <button type="button" className="primary" onClick={() => setShowCertificate(true)}>{t('training.certificate.show')}</button>}
      </section>
      <div className="progress-grid">
        <ScoreTrend trend={progress.trend} />
        <section className="card" aria-labelledby="averages-h">
          <h3 id="averages-h">{t('training.progress.averages')}</h3>
          {Object.keys(progress.skillAverages).length === 0 ? (
            <p className="muted">{t('training.progress.noSessions')}</p>
          ) : (
            <>
              <SkillBars skills={progress.skillAverages} label={t('training.progress.averages')} />
              {progress.weakest.length > 0 && (
                <p className="weakest">
                  {t('training.progress.weakest', { skills: progress.weakest.map((k) => t(`training.skills.${k}`)).join(t('training.listSeparator')) })}
                </p>
              )}
            </>
          )}
        </section>
      </div>
      {progress.suggested.length > 0 && (
        <section aria-labelledby="suggested-h">
          <h3 id="suggested-h">{t('training.progress.suggested')}</h3>
          <ul className="scenario-grid">
            {progress.suggested.map((s) => <ScenarioCard key={s.id} scenario={s} busy={starting} onStart={() => void start(s.id)} />)}
          </ul>
        </section>
      )}
      <SessionHistory items={history} />
    </div>
  );
}
