import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reminder } from '@contract/reminders';
import { onCoreEvent } from '../../api/client';
import { useNow } from '../inbox/useNow';
import { showDesktopNotification } from './notify';
import { complete, openReminder, snooze } from './reminderActions';
import { SNOOZES, snoozeUntil } from './snooze';

/** Due reminders as toasts that stay until acted on: open, snooze, or mark done. */
export function ReminderToasts() {
  const { t } = useTranslation();
  const [due, setDue] = useState<Reminder[]>([]);
  const now = useNow(30_000);
  useEffect(
    () =>
      onCoreEvent('reminder.due', (r) => {
        setDue((list) => [...list.filter((x) => x.id !== r.id), r]);
        showDesktopNotification(r, `${t(`reminders.kinds.${r.kind}`)}: ${r.customerName ?? r.phone ?? ''}`, () => void openReminder(r));
      }),
    [t],
  );
  const dismiss = (id: string) => setDue((list) => list.filter((x) => x.id !== id));
  if (due.length === 0) return null;
  return (
    <div className="toasts" role="region" aria-label={t('reminders.toasts')}>
      {due.map((r) => (
        <div key={r.id} className="toast" role="alert">
          <strong>{t(`reminders.kinds.${r.kind}`)}</strong>
          <span>{r.customerName ?? ''} {r.phone ?? ''}</span>
          {r.reason && <span className="muted">{r.reason}</span>}
          <div className="toast-actions">
            <button type="button" className="primary" onClick={() => { dismiss(r.id); void openReminder(r); }}>{t('reminders.open')}</button>
            {SNOOZES.map((s) => (
              <button key={s} type="button" onClick={() => { dismiss(r.id); void snooze(r.id, snoozeUntil(s, now)); }} aria-label={t('reminders.snoozeFor', { what: t(`reminders.snoozes.${s}`) })}>
                {t(`reminders.snoozes.${s}`)}
              </button>
            ))}
            <button type="button" onClick={() => { dismiss(r.id); void complete(r.id, ''); }}>{t('reminders.done')}</button>
          </div>
        </div>
      ))}
    </div>
  );
}
