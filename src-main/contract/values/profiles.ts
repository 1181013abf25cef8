// Constants only, no schemas: the window imports these without bringing zod into its script.

/**
 * Local profiles. One install is one desk: several people may share it (a trainee beside a mentor,
 * a supervisor checking figures), each signs in to their own profile, optionally with a PIN.
 */
export const ROLES = ['agent', 'trainee', 'supervisor'] as const;
