import { useTranslation } from 'react-i18next';
import type { TrainingProgress } from '@contract/training';
import { formatDate, formatNumber } from '../../i18n/format';

/** The certificate for a completed set, laid out to print on its own (window.print hides the rest). */
export function Certificate({ progress: p, onClose }: { progress: TrainingProgress; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const c = p.certificate;
  return (
    <section className="certificate-wrap" aria-labelledby="certificate-h">
      <div className="certificate-actions">
        <button type="button" className="primary" onClick={() => window.print()}>{t('training.certificate.print')}</button>
        <button type="button" onClick={onClose}>{t('common.close')}</button>
      </div>
      <article className="certificate">
        <p className="certificate-kicker">{t('app.title')}</p>
        <h2 id="certificate-h">{t('training.certificate.title')}</h2>
        <p className="certificate-name">{p.profileName}</p>
        <p>{t(`training.certificate.body.${c.set}`, { count: c.of })}</p>
        <dl className="certificate-facts">
          <div><dt>{t('training.certificate.date')}</dt><dd>{c.completedAt ? formatDate(c.completedAt, i18n.language) : '—'}</dd></div>
          <div><dt>{t('training.certificate.average')}</dt><dd>{c.average === null ? '—' : formatNumber(c.average, i18n.language)}</dd></div>
          <div><dt>{t('training.certificate.passed')}</dt><dd>{t('training.certificate.passedOf', { passed: c.passed, of: c.of })}</dd></div>
        </dl>
      </article>
    </section>
  );
}
