import { create } from 'zustand';

/** Lets side panels (suggested articles, scripts) put text into the open composer. */
export const useComposerInsert = create<{ pending: { interactionId: string; text: string } | null; insert(interactionId: string, text: string): void; take(): void }>((set) => ({
  pending: null,
  insert: (interactionId, text) => set({ pending: { interactionId, text } }),
  take: () => set({ pending: null }),
}));
