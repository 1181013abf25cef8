import type { TFunction } from 'i18next';
import type { CustomerDetail } from '@contract/customers';
import { formatDate, formatNumber } from '../../i18n/format';

/**
 * Values for {{…}} placeholders from the open customer, their latest order and the agent, in the
 * language the words will be spoken in.
 */
export function templateValues(t: TFunction, language: string, customer: CustomerDetail | null, agentName: string): Record<string, string | null> {
  const order = customer?.orders[0] ?? null;
  const m = customer?.membership ?? null;
  return {
    'customer.surname': customer?.surname ?? null,
    'customer.honorific': customer ? t(`honorific.${customer.honorific}`) || null : null,
    'customer.name': customer?.fullName ?? null,
    'agent.name': agentName || null,
    'company.name': null,
    'order.number': order?.number ?? null,
    'order.status': order ? t(`orderStatus.${order.status}`) : null,
    'order.carrier': order?.carrier ?? null,
    'order.trackingNumber': order?.trackingNumber ?? null,
    'membership.tier': m ? t(`tier.${m.tier}`, { defaultValue: m.tier }) : null,
    'membership.points': m ? formatNumber(m.points, language) : null,
    'membership.renewalDate': m?.renewalDate ? formatDate(m.renewalDate, language) : null,
    'case.number': null,
  };
}
