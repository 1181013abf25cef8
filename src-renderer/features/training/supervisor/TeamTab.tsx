import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/errors';
import type { MethodOutput } from '@contract/methods';
import { call, toApiError } from '../../../api/client';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { formatDateTime } from '../../../i18n/format';
import { MemberPanel } from './MemberPanel';
import { SessionReview } from './SessionReview';
import { skillLabel } from './skillLabels';

type Member = MethodOutput<'training.team'>['items'][number];

/** The team at a glance; pick a person to see their sessions and progress, open a session to review it. */
export function TeamTab() {
  const { t, i18n } = useTranslation();
  const [items, setItems] = useState<Member[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [reviewing, setReviewing] = useState<string | null>(null);

  const load = useCallback(() => {
    call('training.team', {})
      .then((r) => {
        setItems(r.items);
        setError(null);
      })
      .catch((err: unknown) => setError(toApiError(err)));
  }, []);
  useEffect(load, [load]);

  if (reviewing) return <SessionReview sessionId={reviewing} onBack={() => { setReviewing(null); load(); }} />;
  const member = items?.find((m) => m.profileId === selected) ?? null;

  return (
    <div className="ts-team">
      {error && <ErrorMessage error={error} onRetry={load} />}
      <table className="data-table ts-team-table">
        <caption className="sr-only">{t('training.supervisor.team.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('training.supervisor.team.name')}</th>
            <th scope="col">{t('training.supervisor.team.role')}</th>
            <th scope="col" className="num">{t('training.supervisor.team.sessions')}</th>
            <th scope="col" className="num">{t('training.supervisor.team.average')}</th>
            <th scope="col" className="num">{t('training.supervisor.team.passedOfAssigned')}</th>
            <th scope="col">{t('training.supervisor.team.lastAt')}</th>
            <th scope="col">{t('training.supervisor.team.weakest')}</th>
          </tr>
        </thead>
        <tbody>
          {items?.map((m) => (
            <tr key={m.profileId} className={m.profileId === selected ? 'selected' : undefined}>
              <th scope="row">
                <button type="button" className="link-button ts-name" aria-pressed={m.profileId === selected} onClick={() => setSelected(m.profileId === selected ? null : m.profileId)}>
                  {m.name}
                </button>
              </th>
              <td><span className={`role-badge role-${m.role}`}>{t(`roles.${m.role}`, { defaultValue: m.role })}</span></td>
              <td className="num">{m.sessions}</td>
              <td className="num">{m.average ?? '—'}</td>
              <td className="num">{m.assigned > 0 ? `${m.passed} / ${m.assigned}` : `${m.passed} / —`}</td>
              <td>{m.lastAt === null ? <span className="muted">{t('training.supervisor.team.never')}</span> : formatDateTime(m.lastAt, i18n.language)}</td>
              <td>{m.weakest ? skillLabel(t, m.weakest) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {items && items.length === 0 && <p className="empty-state">{t('training.supervisor.team.empty')}</p>}
      {member ? (
        <MemberPanel key={member.profileId} profileId={member.profileId} name={member.name} onReview={setReviewing} onAssigned={load} />
      ) : (
        items && items.length > 0 && <p className="muted">{t('training.supervisor.team.pick')}</p>
      )}
    </div>
  );
}
