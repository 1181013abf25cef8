// Constants only, no schemas: the window imports these without bringing zod into its script.

export const THEMES = ['light', 'dark', 'system'] as const;
