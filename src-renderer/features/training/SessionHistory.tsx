import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { trainingSessionSummarySchema } from '@contract/training';
import { hrefFor } from '../../app/route';
import { formatDateTime, formatNumber } from '../../i18n/format';

type Summary = z.infer<typeof trainingSessionSummarySchema>;

/** Every session the trainee has had, newest first; each opens its result (or carries on, if active). */
export function SessionHistory({ items }: { items: Summary[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="card" aria-labelledby="history-h">
      <h3 id="history-h">{t('training.progress.history')}</h3>
      {items.length === 0 ? (
        <p className="muted">{t('training.progress.noSessions')}</p>
      ) : (
        <table className="data-table compact" aria-labelledby="history-h">
          <thead>
            <tr>
              <th scope="col">{t('training.progress.when')}</th>
              <th scope="col">{t('training.progress.scenario')}</th>
              <th scope="col">{t('training.progress.status')}</th>
              <th scope="col" className="num">{t('training.progress.total')}</th>
              <th scope="col"><span className="sr-only">{t('common.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {items.map((x) => (
              <tr key={x.id}>
                <td>{formatDateTime(x.startedAt, i18n.language)}</td>
                <td>{x.title}</td>
                <td>
                  {x.passed === null ? t(`training.status.${x.status}`) : (
                    <span className={`badge ${x.passed ? 'pass' : 'fail'}`}>{x.passed ? t('training.passed') : t('training.failed')}</span>
                  )}
                  {x.comments > 0 && <span className="muted"> · {t('training.progress.comments', { count: x.comments })}</span>}
                </td>
                <td className="num">{x.total === null ? '—' : formatNumber(x.total, i18n.language)}</td>
                <td>
                  <a href={hrefFor({ page: 'training', view: null, sessionId: x.id })} aria-label={t(x.status === 'active' ? 'training.progress.continueNamed' : 'training.progress.openNamed', { title: x.title })}>
                    {x.status === 'active' ? t('training.progress.continue') : t('training.progress.open')}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
