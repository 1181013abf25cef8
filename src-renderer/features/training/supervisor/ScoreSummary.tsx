import { useTranslation } from 'react-i18next';
import { TRAINING_SKILLS } from '@contract/values/training';
import type { TrainingScore } from '@contract/training';
import { formatNumber } from '../../../i18n/format';
import { listOf, phraseLabel, skillLabel } from './skillLabels';

/** The score breakdown a reviewer reads first: total against the pass mark, each skill, what was missed. */
export function ScoreSummary({ score }: { score: TrainingScore }) {
  const { t, i18n } = useTranslation();
  const seconds = (ms: number) => formatNumber(Math.round(ms / 100) / 10, i18n.language);
  return (
    <section className="card ts-score" aria-label={t('training.supervisor.review.score')}>
      <div className="ts-score-total">
        <strong className={score.passed ? 'ts-pass' : 'ts-fail'}>{score.total}</strong>
        <span>
          {t('training.supervisor.review.passMark', { mark: score.passMark })}
          {' · '}
          <span className={`badge ${score.passed ? 'ts-badge-pass' : 'ts-badge-fail'}`}>{score.passed ? t('training.supervisor.passed') : t('training.supervisor.notPassed')}</span>
        </span>
      </div>
      <table className="data-table ts-skill-table">
        <caption className="sr-only">{t('training.supervisor.review.bySkill')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('training.supervisor.review.skill')}</th>
            <th scope="col" className="num">{t('training.supervisor.review.skillScore')}</th>
            <th scope="col" className="num">{t('training.supervisor.review.weight')}</th>
          </tr>
        </thead>
        <tbody>
          {TRAINING_SKILLS.filter((s) => score.skills[s] !== undefined).map((s) => (
            <tr key={s}>
              <th scope="row">{skillLabel(t, s)}</th>
              <td className="num">
                <span className="ts-meter" aria-hidden="true"><span style={{ width: `${score.skills[s] ?? 0}%` }} /></span>
                {score.skills[s]}
              </td>
              <td className="num">{score.weights[s] ?? 0}%</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="ts-score-facts">
        <div>
          <dt>{t('training.supervisor.review.firstResponse')}</dt>
          <dd>{score.firstResponseMs === null ? '—' : t('training.supervisor.review.seconds', { n: seconds(score.firstResponseMs) })}</dd>
        </div>
        <div>
          <dt>{t('training.supervisor.review.slowReplies')}</dt>
          <dd>{score.slowReplies}</dd>
        </div>
        <div>
          <dt>{t('training.supervisor.review.endMood')}</dt>
          <dd>{t('training.supervisor.review.anger', { n: score.endAnger })}</dd>
        </div>
        {score.procedure && (
          <div>
            <dt>{t('training.supervisor.review.procedure')}</dt>
            <dd>
              {score.procedure.length === 0 ? '—' : score.procedure.map((s) => phraseLabel(t, s)).join(' → ')}
              {score.procedureInOrder !== null && score.procedure.length > 0 && (
                <span className={`badge ${score.procedureInOrder ? 'ts-badge-pass' : 'ts-badge-fail'}`}>
                  {score.procedureInOrder ? t('training.supervisor.review.inOrder') : t('training.supervisor.review.outOfOrder')}
                </span>
              )}
            </dd>
          </div>
        )}
        {score.missingPhrases.length > 0 && (
          <div className="wide">
            <dt>{t('training.supervisor.review.missing')}</dt>
            <dd>{listOf(score.missingPhrases.map((p) => phraseLabel(t, p)), i18n.language)}</dd>
          </div>
        )}
        {score.avoidedUsed.length > 0 && (
          <div className="wide">
            <dt>{t('training.supervisor.review.avoidedUsed')}</dt>
            <dd>{listOf(score.avoidedUsed, i18n.language)}</dd>
          </div>
        )}
      </dl>
      <ul className="ts-goals" aria-label={t('training.supervisor.review.goals')}>
        {score.goals.map((g) => (
          <li key={g.id} className={g.reached ? 'ts-good' : 'ts-bad'}>
            <span aria-hidden="true">{g.reached ? '✓' : '✗'}</span> {g.label}
            <span className="sr-only">{g.reached ? t('training.supervisor.review.reached') : t('training.supervisor.review.notReached')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
