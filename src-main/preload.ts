import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import type { Result } from '../src-shared/contract';

// The renderer's only door to the core: one generic invoke, plus the progress of its long calls.
// The main process picks the session from the sending window, so nothing the page passes here
// can claim another identity.
const floorkpi = {
  invoke: (channel: string, payload: unknown): Promise<Result<unknown>> =>
    ipcRenderer.invoke('floorkpi:invoke', channel, payload),
  /** Hears progress reports until the returned function is called; the event itself stays here. */
  onProgress: (listener: (report: unknown) => void): (() => void) => {
    const relay = (_event: IpcRendererEvent, report: unknown): void => listener(report);
    ipcRenderer.on('floorkpi:progress', relay);
    return () => {
      ipcRenderer.removeListener('floorkpi:progress', relay);
    };
  },
};

contextBridge.exposeInMainWorld('floorkpi', floorkpi);
