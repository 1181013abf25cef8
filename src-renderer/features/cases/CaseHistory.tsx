import { useTranslation } from 'react-i18next';
import type { CaseDetail, CaseEvent } from '@contract/cases';
import { formatDateTime } from '../../i18n/format';

/** One line per change, with who and when: the record the closed loop is audited on. */
export function CaseHistory({ c }: { c: CaseDetail }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="card" aria-labelledby="history-h">
      <h3 id="history-h">{t('cases.history')}</h3>
      <ol className="case-history">
        {c.history.map((e) => (
          <li key={e.id}>
            <time dateTime={new Date(e.at).toISOString()}>{formatDateTime(e.at, i18n.language)}</time>
            <span className="muted"> · {e.actor}</span>
            <div>{describe(t, e)}</div>
            {e.detail && e.kind !== 'edited' && e.kind !== 'created' && e.kind !== 'handoff' && e.kind !== 'guide' && e.kind !== 'linked' && e.kind !== 'unlinked' && (
              <div className="muted pre">{e.detail}</div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function describe(t: (k: string, o?: Record<string, unknown>) => string, e: CaseEvent): string {
  const status = (s: string | null) => (s ? t(`caseStatus.${s}`) : '');
  switch (e.kind) {
    case 'created': return t('caseEvents.created', { grade: e.detail });
    case 'status': return t('caseEvents.status', { from: status(e.from), to: status(e.to) });
    case 'reopened': return t('caseEvents.reopened', { from: status(e.from) });
    case 'grade': return t('caseEvents.grade', { from: e.from, to: e.to });
    case 'edited': return t('caseEvents.edited', { fields: e.detail.split(',').map((f) => t(`caseFields.${f}`, { defaultValue: f })).join(t('cases.fieldSeparator')) });
    case 'handoff': return t('caseEvents.handoff', { department: t(`departments.${e.to}`), urgency: t(`urgency.${e.detail}`) });
    case 'handoff-reply': return t('caseEvents.handoffReply', { department: t(`departments.${e.to}`) });
    case 'attachment': return t('caseEvents.attachment', { name: e.to });
    case 'attachment-removed': return t('caseEvents.attachmentRemoved', { name: e.to });
    case 'linked': return t('caseEvents.linked', { what: t(`caseEvents.link-${e.to}`) });
    case 'unlinked': return t('caseEvents.unlinked', { what: t(`caseEvents.link-${e.to}`) });
    case 'breach': return t(`caseEvents.breach-${e.to}`);
    case 'guide': return t('caseEvents.guide', { count: e.detail ? e.detail.split(',').length : 0 });
    case 'satisfaction': return t('caseEvents.satisfaction', { score: e.to });
  }
}
