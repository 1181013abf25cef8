import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/errors';
import type { MethodOutput } from '@contract/methods';
import { TRAINING_SKILLS } from '@contract/values/training';
import type { TrainingProgress } from '@contract/training';
import { call, toApiError } from '../../../api/client';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { formatDateTime } from '../../../i18n/format';
import { AssignDialog } from './AssignDialog';
import { listOf, skillLabel } from './skillLabels';

type SessionSummary = MethodOutput<'training.sessions'>['items'][number];

/** One person's training: skill averages, certificate progress, every session with a way to review it. */
export function MemberPanel(props: { profileId: string; name: string; onReview(sessionId: string): void; onAssigned(): void }) {
  const { t, i18n } = useTranslation();
  const [progress, setProgress] = useState<TrainingProgress | null>(null);
  const [sessions, setSessions] = useState<SessionSummary[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [assigning, setAssigning] = useState(false);

  const load = useCallback(() => {
    Promise.all([call('training.progress', { profileId: props.profileId }), call('training.sessions', { profileId: props.profileId, limit: 200 })])
      .then(([p, s]) => {
        setProgress(p);
        setSessions(s.items);
        setError(null);
      })
      .catch((err: unknown) => setError(toApiError(err)));
  }, [props.profileId]);
  useEffect(load, [load]);

  const cert = progress?.certificate;
  return (
    <section className="card ts-member" aria-labelledby="ts-member-h">
      <header className="card-head">
        <h2 id="ts-member-h">{t('training.supervisor.member.title', { name: props.name })}</h2>
        <button type="button" onClick={() => setAssigning(true)}>{t('training.supervisor.assign.open')}</button>
      </header>
      {error && <ErrorMessage error={error} onRetry={load} />}
      {progress && (
        <div className="ts-member-progress">
          <dl className="ts-skill-averages" aria-label={t('training.supervisor.member.averages')}>
            {TRAINING_SKILLS.map((s) => (
              <div key={s}>
                <dt>{skillLabel(t, s)}</dt>
                <dd>
                  <span className="ts-meter" aria-hidden="true"><span style={{ width: `${progress.skillAverages[s] ?? 0}%` }} /></span>
                  {progress.skillAverages[s] ?? '—'}
                </dd>
              </div>
            ))}
          </dl>
          <div className="ts-member-facts">
            <p>{progress.weakest.length > 0 ? t('training.supervisor.member.weakest', { skills: listOf(progress.weakest.map((s) => skillLabel(t, s)), i18n.language) }) : t('training.supervisor.member.noScores')}</p>
            {cert && (
              <p>
                {t(`training.supervisor.member.certificate.${cert.set}`, { passed: cert.passed, of: cert.of })}
                {cert.complete && cert.completedAt !== null && <> · <span className="badge ts-badge-pass">{t('training.supervisor.member.certified', { date: formatDateTime(cert.completedAt, i18n.language) })}</span></>}
              </p>
            )}
          </div>
        </div>
      )}
      <table className="data-table ts-sessions-table">
        <caption className="sr-only">{t('training.supervisor.member.sessions', { name: props.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('training.supervisor.member.scenario')}</th>
            <th scope="col">{t('training.supervisor.member.started')}</th>
            <th scope="col">{t('training.supervisor.member.status')}</th>
            <th scope="col" className="num">{t('training.supervisor.member.total')}</th>
            <th scope="col" className="num">{t('training.supervisor.member.comments')}</th>
            <th scope="col"><span className="sr-only">{t('common.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.id}>
              <td>{s.title}</td>
              <td>{formatDateTime(s.startedAt, i18n.language)}</td>
              <td>{t(`training.supervisor.status.${s.status}`)}</td>
              <td className="num">
                {s.total ?? '—'}
                {s.passed !== null && <span className={`badge ${s.passed ? 'ts-badge-pass' : 'ts-badge-fail'}`}>{s.passed ? t('training.supervisor.passed') : t('training.supervisor.notPassed')}</span>}
              </td>
              <td className="num">{s.comments}</td>
              <td>
                <button type="button" className="small" aria-label={t('training.supervisor.member.reviewOne', { title: s.title, when: formatDateTime(s.startedAt, i18n.language) })} onClick={() => props.onReview(s.id)}>
                  {t('training.supervisor.member.review')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {sessions.length === 0 && !error && <p className="empty-state">{t('training.supervisor.member.noSessions')}</p>}
      {assigning && (
        <AssignDialog
          profileId={props.profileId}
          name={props.name}
          onClose={() => setAssigning(false)}
          onSaved={() => {
            setAssigning(false);
            load();
            props.onAssigned();
          }}
        />
      )}
    </section>
  );
}
