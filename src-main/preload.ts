import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

/** The renderer's whole view of the app: invoke a contract method, listen to core events. */
contextBridge.exposeInMainWorld('agentApi', {
  invoke(method: string, input: unknown): Promise<unknown> {
    if (typeof method !== 'string' || !/^[a-z]+\.[A-Za-z.]+$/.test(method)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_METHOD', message: 'Unknown method.' } });
    }
    return ipcRenderer.invoke(`api:${method}`, input);
  },
  /** Saves the page as a PDF where the user chooses (Electron's printToPDF). */
  printToPdf(fileName: string): Promise<unknown> {
    return ipcRenderer.invoke('shell:printToPdf', typeof fileName === 'string' ? fileName.slice(0, 200) : '');
  },
  on(handler: (event: { name: string; payload: unknown }) => void): () => void {
    const listener = (_e: IpcRendererEvent, event: { name: string; payload: unknown }) => handler(event);
    ipcRenderer.on('core:event', listener);
    return () => ipcRenderer.removeListener('core:event', listener);
  },
});
