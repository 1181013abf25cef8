import type { ScriptStep } from '../../contract/library';

/** What full-text search sees of each library record. */
export const scriptSearchText = (title: string, summary: string, tags: readonly string[], steps: readonly ScriptStep[]) =>
  [title, summary, tags.join(' '), ...steps.flatMap((s) => [s.title, s.say, s.guidance])].join('\n');

export const articleSearchText = (title: string, tags: readonly string[], body: string) => [title, tags.join(' '), body].join('\n');

export const cannedSearchText = (title: string, shortcut: string, body: string) => [title, `/${shortcut}`, body].join('\n');
