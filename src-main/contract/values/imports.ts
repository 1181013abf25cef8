// Constants only, no schemas: the window imports these without bringing zod into its script.

/** Where a CSV column goes. Several columns may map to `phone` or `email` (a second number). */
export const IMPORT_FIELDS = [
  'ignore',
  'fullName',
  'surname',
  'honorific',
  'phone',
  'email',
  'company',
  'tags',
  'tier',
  'points',
  'renewalDate',
  'wechat',
  'line',
  'whatsapp',
  'preferences',
  'language',
  'owner',
  'keyAccount',
] as const;

export const IMPORT_ENCODINGS = ['auto', 'utf-8', 'gb18030', 'big5'] as const;
