/// <reference types="vite/client" />

import type { Result } from '../src-shared/contract';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent when the browser host serves the page. */
    floorkpi?: {
      invoke(channel: string, payload: unknown): Promise<Result<unknown>>;
      /** Progress of the window's long calls; returns the unsubscribe. */
      onProgress(listener: (report: unknown) => void): () => void;
    };
  }
}
