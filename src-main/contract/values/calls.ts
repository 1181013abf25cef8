// Constants only, no schemas: the window imports these without bringing zod into its script.

/** Statuses an agent picks by hand; on call and after-call work follow the phone. */
export const MANUAL_STATUSES = ['available', 'break', 'offline'] as const;
