import { useTranslation } from 'react-i18next';
import type { TrainingScore } from '@contract/training';
import { formatNumber } from '../../i18n/format';
import { phraseLabel } from './feedbackText';

/** What the score is made of, in plain words: phrases, procedure, timing, goals. */
export function ScoreDetails({ score }: { score: TrainingScore }) {
  const { t, i18n } = useTranslation();
  const seconds = (ms: number) => formatNumber(Math.round(ms / 1000), i18n.language);
  return (
    <dl className="score-details">
      <div>
        <dt>{t('training.result.missingPhrases')}</dt>
        <dd>
          {score.missingPhrases.length === 0 ? (
            <span className="ok-text">{t('training.result.noneMissing')}</span>
          ) : (
            <ul className="chips-list">{score.missingPhrases.map((p) => <li key={p} className="fb fb-bad">{phraseLabel(t, p)}</li>)}</ul>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('training.result.avoidedUsed')}</dt>
        <dd>
          {score.avoidedUsed.length === 0 ? (
            <span className="ok-text">{t('training.result.noneAvoided')}</span>
          ) : (
            <ul className="chips-list">{score.avoidedUsed.map((p) => <li key={p} className="fb fb-bad">“{p}”</li>)}</ul>
          )}
        </dd>
      </div>
      {score.procedure && (
        <div>
          <dt>{t('training.result.procedure')}</dt>
          <dd>
            {score.procedure.length === 0 ? (
              <span>{t('training.result.procedureNone')}</span>
            ) : (
              <ol className="procedure-steps">{score.procedure.map((p, i) => <li key={`${p}-${i}`}>{t(`training.procedureSteps.${p}`)}</li>)}</ol>
            )}
            <span className={score.procedureInOrder ? 'ok-text' : 'bad-text'}>
              {score.procedureInOrder ? t('training.result.inOrder') : t('training.result.outOfOrder')}
            </span>
          </dd>
        </div>
      )}
      <div>
        <dt>{t('training.result.firstResponse')}</dt>
        <dd>{score.firstResponseMs === null ? '—' : t('training.result.seconds', { seconds: seconds(score.firstResponseMs) })}</dd>
      </div>
      <div>
        <dt>{t('training.result.slowReplies')}</dt>
        <dd className={score.slowReplies > 0 ? 'bad-text' : 'ok-text'}>{t('training.result.slowCount', { count: score.slowReplies })}</dd>
      </div>
      <div className="wide">
        <dt>{t('training.result.goals')}</dt>
        <dd>
          <ul className="goal-list">
            {score.goals.map((g) => (
              <li key={g.id} className={g.reached ? 'done' : 'missed'}>
                <span aria-hidden="true" className="goal-mark">{g.reached ? '✓' : '✗'}</span>
                <span>{g.label}</span>
                <span className="goal-state">{g.reached ? t('training.goals.reached') : t('training.goals.missed')}</span>
              </li>
            ))}
          </ul>
        </dd>
      </div>
    </dl>
  );
}
