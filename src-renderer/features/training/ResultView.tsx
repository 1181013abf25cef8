import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/errors';
import type { TrainingSession } from '@contract/training';
import { toApiError } from '../../api/client';
import { ErrorMessage } from '../../app/ErrorMessage';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { AngerMeter } from './AngerMeter';
import { ScoreDetails } from './ScoreDetails';
import { SkillBars } from './SkillBars';
import { startScenario } from './startScenario';
import { Transcript } from './Transcript';

/** A finished session: the score and why, the conversation with notes per line, and the model answer. */
export function ResultView({ session: s }: { session: TrainingSession }) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  const [starting, setStarting] = useState(false);
  const score = s.score;
  const heading = useRef<HTMLHeadingElement>(null);
  // The conversation just gave way to its result: keyboard and screen-reader users start at the top of it.
  useEffect(() => heading.current?.focus(), []);
  const retry = async () => {
    setStarting(true);
    try {
      await startScenario(s.scenarioId);
    } catch (err) {
      setError(toApiError(err));
      setStarting(false);
    }
  };
  return (
    <div className="training-result">
      <header className="result-header card">
        <div>
          <h2 ref={heading} tabIndex={-1}>{s.title}</h2>
          <p className="muted">
            {t(`training.status.${s.status}`)} · {s.profileName} · {formatDateTime(s.endedAt ?? s.startedAt, i18n.language)}
          </p>
        </div>
        {score && (
          <div className={`result-score ${score.passed ? 'pass' : 'fail'}`}>
            <strong aria-label={t('training.result.totalLabel', { total: score.total })}>{formatNumber(score.total, i18n.language)}</strong>
            <span className={`badge ${score.passed ? 'pass' : 'fail'}`}>{score.passed ? t('training.passed') : t('training.failed')}</span>
            <span className="muted">{t('training.result.passMark', { passMark: score.passMark })}</span>
          </div>
        )}
        <button type="button" className="primary" disabled={starting} onClick={() => void retry()}>{t('training.result.tryAgain')}</button>
      </header>
      {error && <ErrorMessage error={error} onDismiss={() => setError(null)} />}
      {score && (
        <div className="result-grid">
          <section className="card" aria-labelledby="skills-h">
            <h3 id="skills-h">{t('training.result.bySkill')}</h3>
            <SkillBars skills={score.skills} weights={score.weights} label={t('training.result.bySkill')} />
            <AngerMeter anger={score.endAnger} />
          </section>
          <section className="card" aria-labelledby="details-h">
            <h3 id="details-h">{t('training.result.details')}</h3>
            <ScoreDetails score={score} />
          </section>
        </div>
      )}
      <section className="card" aria-labelledby="transcript-h">
        <h3 id="transcript-h">{t('training.result.transcript')}</h3>
        <Transcript session={s} review />
      </section>
      {s.modelReplies.length > 0 && (
        <section className="card model-answer" aria-labelledby="model-h">
          <h3 id="model-h">{t('training.result.modelAnswer')}</h3>
          <p className="muted">{t('training.result.modelHint')}</p>
          <ol>{s.modelReplies.map((r, i) => <li key={i}>{r}</li>)}</ol>
        </section>
      )}
    </div>
  );
}
