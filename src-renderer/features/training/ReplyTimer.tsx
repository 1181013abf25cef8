import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../i18n/format';

/**
 * Time since the customer's last line. Amber once the first reply passes the first-response standard
 * (30 s) or a later one nears the limit; red past the limit (2 min). Date.now(), like the elapsed time sent.
 */
export function ReplyTimer({ shownAt, first, limits }: { shownAt: number; first: boolean; limits: { first: number; any: number } }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [shownAt]);
  const seconds = Math.max(0, Math.floor((now - shownAt) / 1000));
  const amberAt = first ? limits.first : Math.round(limits.any * 0.75);
  const state = seconds > limits.any ? 'bad' : seconds >= amberAt ? 'warn' : 'ok';
  const hint = first ? t('training.timer.firstHint', { seconds: limits.first }) : t('training.timer.anyHint', { minutes: Math.round(limits.any / 60) });
  return (
    <p className={`reply-timer ${state}`} title={hint}>
      <span className="muted">{t('training.timer.label')}</span>{' '}
      <time className="countdown-value">{formatDuration(seconds)}</time>
      {state !== 'ok' && <span className="reply-timer-state">{t(`training.timer.${state}`)}</span>}
    </p>
  );
}
