// Constants only, no schemas: the window imports these without bringing zod into its script.

export const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;

export const CHANNELS = [
  'phone',
  'email',
  'wechat',
  'weibo',
  'whatsapp',
  'line',
  'telegram',
  'messenger',
  'webchat',
] as const;

export const SOCIAL_CHANNELS = ['wechat', 'weibo', 'whatsapp', 'line', 'telegram', 'messenger', 'webchat'] as const;

export const CATEGORIES = [
  'pre-sales',
  'in-sales',
  'after-sales',
  'complaint',
  'tech-support',
  'order',
  'billing',
  'other',
] as const;
