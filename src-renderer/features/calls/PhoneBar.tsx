import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MANUAL_STATUSES } from '@contract/values/calls';
import { formatDuration } from '../../i18n/format';
import { useNow } from '../inbox/useNow';
import { useWorkspace } from '../workspace/workspaceStore';
import { subscribeCalls, useCalls } from './callsStore';
import { DialPad } from './DialPad';
import { useReadOnly } from '../session/sessionStore';

/**
 * The agent's phone at the top of the workspace: status (set by hand, or by the calls themselves)
 * with the time spent in it, the live call to jump back to, and the dial pad (Alt+D).
 */
export function PhoneBar() {
  const { t } = useTranslation();
  const { status, live, load, setStatus } = useCalls();
  const [dialing, setDialing] = useState(false);
  const readOnly = useReadOnly();
  const now = useNow(1000);

  useEffect(() => {
    void load();
    return subscribeCalls();
  }, [load]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && e.key.toLowerCase() === 'd') {
        e.preventDefault();
        setDialing(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const current = status?.status ?? 'offline';
  if (readOnly) return null;
  const manual = (MANUAL_STATUSES as readonly string[]).includes(current);
  const active = Object.values(live).filter((c) => c.state === 'connected' || c.state === 'held' || c.state === 'dialing' || c.state === 'wrap-up');
  return (
    <div className="phone-bar" role="toolbar" aria-label={t('calls.phoneBar')}>
      <label className={`agent-status status-${current}`}>
        <span className="status-dot" aria-hidden="true" />
        <span className="sr-only">{t('calls.status')}</span>
        <select value={current} onChange={(e) => void setStatus(e.target.value as (typeof MANUAL_STATUSES)[number])} disabled={!manual && current !== 'after-call-work'} aria-label={t('calls.status')}>
          {!manual && <option value={current}>{t(`agentStatus.${current}`)}</option>}
          {MANUAL_STATUSES.map((s) => <option key={s} value={s}>{t(`agentStatus.${s}`)}</option>)}
        </select>
        {status && status.since > 0 && <span className="muted status-time" role="timer" aria-label={t('calls.timeInStatus')}>{formatDuration(Math.max(0, Math.round((now - status.since) / 1000)))}</span>}
      </label>
      {active.map((c) => (
        <button key={c.id} type="button" className={`live-call state-${c.state}`} onClick={() => void useWorkspace.getState().open('interaction', c.id)}>
          ☎ {c.customerName ?? c.number} · {t(`calls.state.${c.state}`)}
        </button>
      ))}
      <button type="button" className="ghost" onClick={() => setDialing(true)} aria-keyshortcuts="Alt+D">⌨ {t('calls.dialPad')}</button>
      {dialing && <DialPad onClose={() => setDialing(false)} />}
    </div>
  );
}
