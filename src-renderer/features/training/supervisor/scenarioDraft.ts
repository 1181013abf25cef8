import type { Locale } from '@contract/primitives';
import type { ScenarioContent } from '@contract/training';

type Turn = ScenarioContent['turns'][number];
export type Branch = Turn['branches'][number];

/** The editor's working copy: facts as ordered rows so a key can be typed letter by letter. */
export type ScenarioDraft = Omit<ScenarioContent, 'facts'> & { facts: { key: string; value: string }[] };

export function toDraft(content: ScenarioContent): ScenarioDraft {
  return { ...content, facts: Object.entries(content.facts).map(([key, value]) => ({ key, value })) };
}

export function fromDraft(draft: ScenarioDraft): ScenarioContent {
  const facts: Record<string, string> = {};
  for (const f of draft.facts) if (f.key.trim() || f.value.trim()) facts[f.key.trim()] = f.value;
  // Model replies are typed one per line; blank lines are not replies.
  return { ...draft, facts, modelReplies: draft.modelReplies.map((r) => r.trim()).filter(Boolean) };
}

/** The smallest scenario that saves: an opening that ends when the trainee says one thing. */
export function blankScenario(language: Locale, say: { opening: string; keyword: string; fallback: string; closing: string; goal: string }): ScenarioContent {
  return {
    title: '',
    language,
    channel: 'chat',
    summary: '',
    scriptKey: null,
    difficulty: 1,
    tags: [],
    persona: { name: '', mood: 'calm', patience: 3, background: '' },
    facts: {},
    requiredPhrases: [],
    avoidPhrases: [],
    complaint: false,
    start: 'open',
    turns: [
      { id: 'open', say: say.opening, branches: [{ any: [say.keyword], all: [], next: 'done', anger: 0, feedback: '' }], fallback: { say: say.fallback, anger: 1 }, end: false },
      { id: 'done', say: say.closing, branches: [], fallback: { say: say.closing, anger: 0 }, end: true },
    ],
    goals: [{ id: 'close', label: say.goal, any: [], turn: 'done' }],
    passMark: 80,
    modelReplies: [],
  };
}

export function newTurnId(turns: readonly Turn[]): string {
  let n = turns.length + 1;
  while (turns.some((t) => t.id === `t${n}`)) n++;
  return `t${n}`;
}

/**
 * Renaming a turn carries every reference to it (start, branches, goals) along, unless the new id
 * (or the old one) is another turn's too: merging two turns' references could not be undone.
 */
export function renameTurn(draft: ScenarioDraft, index: number, to: string): ScenarioDraft {
  const from = draft.turns[index]?.id;
  if (from === undefined) return draft;
  if (draft.turns.some((t, i) => i !== index && (t.id === to || t.id === from))) return { ...draft, turns: draft.turns.map((t, i) => (i === index ? { ...t, id: to } : t)) };
  const ref = (id: string) => (id === from ? to : id);
  return {
    ...draft,
    start: ref(draft.start),
    turns: draft.turns.map((t, i) => ({ ...t, id: i === index ? to : t.id, branches: t.branches.map((b) => ({ ...b, next: ref(b.next) })) })),
    goals: draft.goals.map((g) => ({ ...g, turn: g.turn === null ? null : ref(g.turn) })),
  };
}
