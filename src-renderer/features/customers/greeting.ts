import type { TFunction } from 'i18next';
import type { CustomerDetail } from '@contract/customers';

/**
 * "王女士，您好" / "Hello Ms Chen": what the agent says first, so it is in the customer's language
 * (`t` fixed to it), whatever language the agent's interface uses.
 */
export function greetingLine(t: TFunction, customer: Pick<CustomerDetail, 'fullName' | 'surname' | 'honorific'>): string {
  const honorific = t(`honorific.${customer.honorific}`);
  if (!honorific) return t('customer.greetingNoHonorific', { name: customer.fullName });
  return t('customer.greeting', { surname: customer.surname, honorific });
}
