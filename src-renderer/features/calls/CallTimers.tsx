import { useTranslation } from 'react-i18next';
import type { Call } from '@contract/calls';
import { formatDuration } from '../../i18n/format';
import { useNow } from '../inbox/useNow';

const secs = (ms: number) => Math.max(0, Math.round(ms / 1000));

/** What the clock says about a call: ringing, talk and hold time, or after-call work. */
export function CallTimers({ call }: { call: Call }) {
  const { t } = useTranslation();
  const now = useNow(1000);
  const holdNow = call.heldSince !== null ? secs(now - call.heldSince) : 0;
  const hold = call.state === 'held' ? call.priorHoldSeconds + holdNow : call.holdSeconds;
  const talk = call.answeredAt === null ? 0 : secs((call.endedAt ?? now) - call.answeredAt - hold * 1000);
  return (
    <div className="call-timers">
      {(call.state === 'ringing' || call.state === 'dialing') && (
        <span role="timer" aria-label={t('calls.timer.ringing')}>{t('calls.timer.ringing')} {formatDuration(secs(now - call.ringAt))}</span>
      )}
      {call.answeredAt !== null && (
        <span role="timer" aria-label={t('calls.timer.talk')} className="talk">{t('calls.timer.talk')} {formatDuration(talk)}</span>
      )}
      {(hold > 0 || call.state === 'held') && (
        <span role="timer" aria-label={t('calls.timer.hold')} className={call.state === 'held' ? 'held' : ''}>
          {t('calls.timer.hold')} {formatDuration(hold)}
        </span>
      )}
      {call.state === 'wrap-up' && call.endedAt !== null && (
        <span role="timer" aria-label={t('calls.timer.acw')} className="acw">{t('calls.timer.acw')} {formatDuration(secs(now - call.endedAt))}</span>
      )}
    </div>
  );
}
