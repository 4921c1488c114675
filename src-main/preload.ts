import { contextBridge, ipcRenderer } from 'electron';
import type { Result } from '../src-shared/contract';

// The renderer's only door to the core: one generic invoke. The main process picks the session
// from the sending window, so nothing the page passes here can claim another identity.
const floorkpi = {
  invoke: (channel: string, payload: unknown): Promise<Result<unknown>> =>
    ipcRenderer.invoke('floorkpi:invoke', channel, payload),
};

contextBridge.exposeInMainWorld('floorkpi', floorkpi);
