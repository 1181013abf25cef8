import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '@contract/cases';
import { formatCountdown } from '../inbox/sla';
import { caseDeadline } from './caseDeadlines';

/** The case's current deadline as a live countdown: green, amber at 80 %, red once breached. */
export function CaseCountdown({ c, now }: { c: CaseSummary; now: number }) {
  const { t, i18n } = useTranslation();
  const d = caseDeadline(c, now);
  if (!d) return null;
  const label = t(`cases.deadline.${d.which}`);
  const time = formatCountdown(Math.abs(d.leftMs), i18n.language);
  return (
    <span
      className={`countdown ${d.state}${d.paused ? ' paused' : ''}`}
      role="timer"
      aria-label={`${label}: ${t(d.state === 'breached' ? 'inbox.overdueBy' : 'inbox.timeLeft', { time })}${d.paused ? ` (${t('cases.paused')})` : ''}`}
      title={label}
    >
      {label} {formatCountdown(d.leftMs, i18n.language)}
      {d.paused && ` ⏸`}
    </span>
  );
}
