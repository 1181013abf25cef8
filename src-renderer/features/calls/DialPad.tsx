import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Call } from '@contract/calls';
import { call } from '../../api/client';
import { Dialog } from '../../app/Dialog';
import { formatDateTime, formatDuration } from '../../i18n/format';
import { useCalls } from './callsStore';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];

/** Dial a number by hand or call back a recent caller. */
export function DialPad({ onClose, initial = '' }: { onClose(): void; initial?: string }) {
  const { t, i18n } = useTranslation();
  const dial = useCalls((s) => s.dial);
  const error = useCalls((s) => s.error);
  const [number, setNumber] = useState(initial);
  const [recent, setRecent] = useState<Call[]>([]);
  const valid = /^\+?[0-9\s\-().]+$/.test(number.trim()) && number.replace(/\D/g, '').length >= 5;

  useEffect(() => {
    void call('calls.recent', { limit: 8 }).then((r) => setRecent(r.items));
  }, []);
  const go = async (n: string, customerId?: string) => {
    await dial(n, customerId);
    if (!useCalls.getState().error) onClose();
  };

  return (
    <Dialog title={t('calls.dialPad')} onClose={onClose}>
      <form
        className="dial-pad"
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) void go(number.trim());
        }}
      >
        <label>
          <span>{t('calls.number')}</span>
          <input autoFocus inputMode="tel" value={number} onChange={(e) => setNumber(e.target.value)} aria-invalid={number !== '' && !valid} />
        </label>
        <div className="keys" role="group" aria-label={t('calls.keypad')}>
          {KEYS.map((k) => (
            <button key={k} type="button" onClick={() => setNumber((n) => n + k)}>{k}</button>
          ))}
        </div>
        {number !== '' && !valid && <p className="field-error">{t('calls.invalidNumber')}</p>}
        {error && <p role="alert" className="field-error">{t(`errors.${error.code}`)}</p>}
        <button type="submit" className="primary" disabled={!valid}>{t('calls.call')}</button>
      </form>
      {recent.length > 0 && (
        <>
          <h3>{t('calls.recent')}</h3>
          <ul className="recent-calls">
            {recent.map((c) => (
              <li key={c.id}>
                <span className={`dir ${c.direction}`}>{t(`calls.direction.${c.direction}`)}</span>
                <span>{c.customerName ?? c.number}</span>
                <span className="muted">
                  {formatDateTime(c.ringAt, i18n.language)} · {c.answeredAt ? formatDuration(c.talkSeconds) : t(`calls.endReason.${c.endReason ?? 'missed'}`)}
                </span>
                <button type="button" onClick={() => void go(c.number, c.customerId ?? undefined)} aria-label={t('calls.callBackName', { name: c.customerName ?? c.number })}>
                  {t('calls.callBack')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </Dialog>
  );
}
