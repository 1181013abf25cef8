import type { TFunction } from 'i18next';
import type { CaseDetail, Handoff } from '@contract/cases';
import { formatDateTime } from '../../i18n/format';

/**
 * A hand-off as plain text for mail or chat, in the agent's language (punctuation included): the
 * department reads it without opening the app, so everything it needs to act is in it.
 */
export function handoffText(t: TFunction, locale: string, c: CaseDetail, h: Handoff): string {
  const line = (key: string, value: string) => t('handoffText.line', { label: t(`handoffText.${key}`), value });
  const customer = c.customerPhone ? t('handoffText.withPhone', { name: c.customerName, phone: c.customerPhone }) : c.customerName;
  const lines = [
    t('handoffText.heading', { department: t(`departments.${h.department}`), number: c.number }),
    '',
    line('case', `${c.number} ${c.title}`),
    line('type', `${t(`caseTypes.${c.type}`)} · ${c.grade}`),
    line('customer', customer),
    line('urgency', t(`urgency.${h.urgency}`)),
    line('due', formatDateTime(h.dueAt, locale)),
    '',
    line('background', ''),
    h.background,
  ];
  if (h.demand) lines.push('', line('demand', ''), h.demand);
  if (c.orders.length > 0) lines.push('', line('orders', c.orders.map((o) => o.orderNumber).join(t('cases.fieldSeparator'))));
  lines.push('', t('handoffText.from', { name: h.author || t('handoffText.agent'), at: formatDateTime(h.createdAt, locale) }));
  return lines.map((l) => l.trimEnd()).join('\n');
}
