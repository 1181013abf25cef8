import { useTranslation } from 'react-i18next';
import type { CaseGrade, CaseStatus } from '@contract/cases';

export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return <span className={`badge case-status st-${status}`}>{t(`caseStatus.${status}`)}</span>;
}

export function GradeBadge({ grade }: { grade: CaseGrade }) {
  const { t } = useTranslation();
  return <span className={`badge grade grade-${grade}`} title={t(`grades.${grade}`)}>{grade}</span>;
}
