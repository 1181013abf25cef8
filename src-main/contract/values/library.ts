// Constants only, no schemas: the window imports these without bringing zod into its script.

export const SCRIPT_CATEGORIES = [
  'greeting', 'identity', 'pre-sales', 'order-change', 'shipping', 'payment', 'return-exchange', 'refund', 'repair',
  'complaint', 'escalation', 'tech-support', 'membership', 'survey', 'follow-up', 'closing',
] as const;

export const ARTICLE_CATEGORIES = [
  'orders', 'shipping', 'returns', 'refunds', 'payment', 'invoices', 'membership', 'points', 'warranty', 'repair',
  'installation', 'troubleshooting', 'account', 'privacy', 'service-norms', 'product',
] as const;
