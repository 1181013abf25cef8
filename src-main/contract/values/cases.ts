// Constants only, no schemas: the window imports these without bringing zod into its script.

type CaseType = (typeof CASE_TYPES)[number];
type CaseGrade = (typeof CASE_GRADES)[number];
type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_TYPES = ['complaint', 'after-sales', 'return-exchange', 'refund', 'order-problem', 'tech-support', 'billing', 'feedback'] as const;

export const CASE_GRADES = ['P1', 'P2', 'P3', 'P4'] as const;

export const CASE_STATUSES = [
  'new', 'accepted', 'investigating', 'waiting-department', 'waiting-customer', 'resolved', 'follow-up', 'closed', 'archived',
] as const;

/** Statuses in which the case is still being worked: deadlines run (except while waiting on the customer). */
export const OPEN_CASE_STATUSES: readonly CaseStatus[] = ['new', 'accepted', 'investigating', 'waiting-department', 'waiting-customer'];
const WORKING: CaseStatus[] = ['investigating', 'waiting-department', 'waiting-customer', 'resolved'];

/**
 * The status flow. Reopening is a move back to `investigating` from any finished status; anything
 * not listed here is refused, so a case cannot be closed before it was worked.
 */
export const CASE_TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  new: ['accepted'],
  accepted: WORKING,
  investigating: ['waiting-department', 'waiting-customer', 'resolved'],
  'waiting-department': ['investigating', 'waiting-customer', 'resolved'],
  'waiting-customer': ['investigating', 'waiting-department', 'resolved'],
  resolved: ['follow-up', 'closed', 'investigating'],
  'follow-up': ['closed', 'investigating'],
  closed: ['archived', 'investigating'],
  archived: ['investigating'],
};
export const FINISHED_CASE_STATUSES: readonly CaseStatus[] = ['resolved', 'follow-up', 'closed', 'archived'];
export const canTransition = (from: CaseStatus, to: CaseStatus) => CASE_TRANSITIONS[from].includes(to);

export const RESPONSIBILITIES = ['company', 'logistics', 'supplier', 'customer', 'third-party'] as const;
export const SOLUTIONS = ['repair', 'replacement', 'refund', 'compensation-coupon', 'compensation-amount', 'explanation'] as const;
export const DEPARTMENTS = ['tech-support', 'logistics', 'warehouse', 'sales', 'qa', 'finance', 'product'] as const;
export const URGENCIES = ['low', 'normal', 'high', 'urgent'] as const;
export const RISK_FLAGS = ['safety', 'legal', 'media', 'key-account'] as const;
export const GUIDE_STEPS = ['calm', 'apologise', 'confirm-facts', 'resolve', 'follow-up'] as const;

/** The grading rule of the source documents: safety, legal, media exposure or a key account make a P1. */
export function suggestGrade(flags: readonly (typeof RISK_FLAGS)[number][], type: CaseType): CaseGrade {
  if (flags.length > 0) return 'P1';
  if (type === 'complaint') return 'P2';
  if (type === 'feedback') return 'P4';
  return 'P3';
}

/** Files are sent base64-encoded; 10 MB is plenty for photos and receipts and keeps the database folder sane. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
