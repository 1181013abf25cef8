import type { Result } from '@contract/errors';

export interface CoreEvent {
  name: string;
  payload: unknown;
}

/** How the renderer reaches the core: Electron IPC or the web host's WebSocket. Nothing else. */
export interface Transport {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  onEvent(handler: (event: CoreEvent) => void): () => void;
}

declare global {
  interface Window {
    agentApi?: {
      invoke(method: string, input: unknown): Promise<Result<unknown>>;
      on(handler: (event: CoreEvent) => void): () => void;
      /** Electron only: save the page as a PDF where the user chooses. */
      printToPdf?(fileName: string): Promise<{ saved: boolean; path?: string } | { ok: false }>;
    };
  }
}
