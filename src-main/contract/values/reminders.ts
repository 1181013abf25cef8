// Constants only, no schemas: the window imports these without bringing zod into its script.

export const REMINDER_KINDS = ['callback', 'follow-up', 'renewal', 'custom'] as const;

export const REMINDER_VIEWS = ['overdue', 'today', 'upcoming', 'done'] as const;
