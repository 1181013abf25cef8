import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@contract/errors';
import { REMINDER_KINDS, REMINDER_VIEWS } from '@contract/values/reminders';
import type { Reminder } from '@contract/reminders';
import { call, onCoreEvent, toApiError } from '../../api/client';
import { ErrorMessage } from '../../app/ErrorMessage';
import { CallButton } from '../calls/CallButton';
import { hrefFor } from '../../app/route';
import { formatDateTime, formatRelative } from '../../i18n/format';
import { useNow } from '../inbox/useNow';
import { ScheduleCallbackDialog } from './ScheduleCallbackDialog';
import { cancelReminder, complete, openReminder, snooze } from './reminderActions';
import { fromLocalInput, SNOOZES, snoozeUntil, toLocalInput } from './snooze';

type View = (typeof REMINDER_VIEWS)[number];

function ReminderRow({ r, now }: { r: Reminder; now: number }) {
  const { t, i18n } = useTranslation();
  const [outcome, setOutcome] = useState('');
  const [moving, setMoving] = useState(false);
  const active = r.status === 'pending' || r.status === 'fired';
  return (
    <li className={`reminder-row${active && r.dueAt <= now ? ' overdue' : ''}`}>
      <div className="reminder-main">
        <span className="badge">{t(`reminders.kinds.${r.kind}`)}</span>
        {r.customerId ? <a href={hrefFor({ page: 'customers', customerId: r.customerId })}>{r.customerName}</a> : null}
        {r.phone && (<span>{r.phone} <CallButton number={r.phone} customerId={r.customerId} name={r.customerName ?? r.phone} /></span>)}
        <time dateTime={new Date(r.dueAt).toISOString()} title={formatDateTime(r.dueAt, i18n.language)}>
          {formatRelative(r.dueAt, now, i18n.language)}
        </time>
        {r.reason && <span className="reminder-reason">{r.reason}</span>}
        {r.outcome && <span className="muted">{t('reminders.outcomeWas', { outcome: r.outcome })}</span>}
      </div>
      {active && (
        <div className="reminder-actions">
          <button type="button" className="primary" onClick={() => void openReminder(r)}>{t('reminders.open')}</button>
          {SNOOZES.map((s) => (
            <button key={s} type="button" onClick={() => void snooze(r.id, snoozeUntil(s, now))} aria-label={t('reminders.snoozeFor', { what: t(`reminders.snoozes.${s}`) })}>
              {t(`reminders.snoozes.${s}`)}
            </button>
          ))}
          {moving ? (
            <input type="datetime-local" aria-label={t('reminders.reschedule')} defaultValue={toLocalInput(r.dueAt)} onChange={(e) => { const at = fromLocalInput(e.target.value); if (at) void snooze(r.id, at).then(() => setMoving(false)); }} />
          ) : (
            <button type="button" onClick={() => setMoving(true)}>{t('reminders.reschedule')}</button>
          )}
          <input type="text" className="outcome" placeholder={t('reminders.outcome')} aria-label={t('reminders.outcome')} value={outcome} onChange={(e) => setOutcome(e.target.value)} />
          <button type="button" onClick={() => void complete(r.id, outcome)}>{t('reminders.done')}</button>
          <button type="button" className="danger-outline" onClick={() => void cancelReminder(r.id)}>{t('reminders.cancel')}</button>
        </div>
      )}
    </li>
  );
}

/** Callbacks, follow-up visits and renewals: overdue first, then today, upcoming and done. */
export function RemindersPage() {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('overdue');
  const [kind, setKind] = useState<Reminder['kind'] | ''>('');
  const [items, setItems] = useState<Reminder[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [scheduling, setScheduling] = useState(false);
  const now = useNow(15_000);
  const load = useCallback(() => {
    call('reminders.list', { view, ...(kind ? { kind } : {}) }).then((r) => { setItems(r.items); setError(null); }, (err: unknown) => setError(toApiError(err)));
  }, [view, kind]);
  useEffect(() => {
    load();
    return onCoreEvent('reminders.changed', load);
  }, [load]);
  return (
    <div className="reminders-page">
      <header className="page-header">
        <h1>{t('reminders.title')}</h1>
        <div className="chips" role="tablist" aria-label={t('reminders.views')}>
          {REMINDER_VIEWS.map((v) => (
            <button key={v} type="button" role="tab" aria-selected={view === v} className={`chip${view === v ? ' on' : ''}`} onClick={() => setView(v)}>{t(`reminders.view.${v}`)}</button>
          ))}
        </div>
        <select aria-label={t('reminders.kindLabel')} value={kind} onChange={(e) => setKind(e.target.value as Reminder['kind'] | '')}>
          <option value="">{t('reminders.allKinds')}</option>
          {REMINDER_KINDS.map((k) => <option key={k} value={k}>{t(`reminders.kinds.${k}`)}</option>)}
        </select>
        <button type="button" onClick={() => setScheduling(true)}>{t('reminders.schedule')}</button>
      </header>
      {error && <ErrorMessage error={error} />}
      {items.length === 0 && !error && <p className="empty-state">{t(`reminders.empty.${view}`)}</p>}
      <ul className="reminder-list" aria-label={t(`reminders.view.${view}`)}>
        {items.map((r) => <ReminderRow key={r.id} r={r} now={now} />)}
      </ul>
      {scheduling && <ScheduleCallbackDialog customer={null} onClose={() => setScheduling(false)} />}
    </div>
  );
}
