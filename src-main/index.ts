import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { app, BrowserWindow, dialog, ipcMain, session, type WebFrameMain, webContents } from 'electron';
import type { Result } from '../src-shared/contract';
import type { ProgressReport } from '../src-shared/contract/progress';
import { CoreWorkerClient } from './host/core-worker-client';
import { CONTENT_SECURITY_POLICY } from './host/security-headers';
import { WindowSessions } from './host/window-sessions';
import type { CoreWorkerData } from './host/worker-protocol';

// Electron lifecycle only: windows, security policy and a relay to the core worker. No query
// ever runs on this thread.

const INVOKE_CHANNEL = 'floorkpi:invoke';
const PROGRESS_CHANNEL = 'floorkpi:progress';
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const rendererFile = join(__dirname, '../renderer/index.html');
const appUrl = devServerUrl ?? pathToFileURL(rendererFile).href;

/** True when `url` is the app's own page (ignoring query and hash), never an outside site. */
function isAppUrl(url: string): boolean {
  try {
    const target = new URL(url);
    const home = new URL(appUrl);
    if (home.protocol === 'file:') return target.protocol === 'file:' && target.pathname === home.pathname;
    return target.origin === home.origin;
  } catch {
    return false;
  }
}

function isTrustedSender(frame: WebFrameMain | null): boolean {
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

let quitState: 'running' | 'closing-core' | 'ready-to-quit' = 'running';

// Each window's session key; a sign-in moves the window to the key the core drew for it.
const windowSessions = new WindowSessions();

function fatal(message: string): void {
  if (quitState !== 'running') return;
  quitState = 'ready-to-quit';
  dialog.showErrorBox(
    'FloorKPI has to stop',
    `The part of FloorKPI that keeps the data stopped:\n\n${message}`,
  );
  app.exit(1);
}

function startCore(): CoreWorkerClient {
  const workerData: CoreWorkerData = {
    dbPath: process.env.FLOORKPI_DB || join(app.getPath('userData'), 'floorkpi.db'),
    host: 'electron',
  };
  const worker = new Worker(join(__dirname, 'core-worker.js'), { workerData });
  return new CoreWorkerClient(worker, fatal, sendProgress);
}

/** Passes a long call's progress to the window that made the call (gone windows are skipped). */
function sendProgress(sessionKey: string, report: ProgressReport): void {
  const windowId = windowSessions.windowOf(sessionKey);
  if (windowId === undefined) return;
  const contents = webContents.fromId(windowId);
  if (contents && !contents.isDestroyed()) contents.send(PROGRESS_CHANNEL, report);
}

function createWindow(core: CoreWorkerClient): void {
  const win = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 600,
    show: false,
    title: 'FloorKPI',
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  // Captured now: webContents is already destroyed when 'closed' fires.
  const windowId = win.webContents.id;
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    const sessionKey = windowSessions.close(windowId);
    if (sessionKey !== undefined) core.endSession(sessionKey);
  });
  if (devServerUrl) void win.loadURL(devServerUrl);
  else void win.loadFile(rendererFile);
}

function hardenSessionAndContents(): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  // A KPI app needs no camera, location or notifications; refuse every permission prompt.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => {
      if (!isAppUrl(event.url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    // The renderer cancels unload while a grid has unsaved rows; Electron would then refuse to
    // close silently, so ask the person, as a browser does.
    contents.on('will-prevent-unload', (event) => {
      const owner = BrowserWindow.fromWebContents(contents);
      const options = {
        type: 'question' as const,
        buttons: ['Leave without saving', 'Stay'],
        defaultId: 1,
        cancelId: 1,
        message: 'You have unsaved rows.',
        detail: 'If you leave now, the rows you have not saved will be lost.',
      };
      const choice = owner ? dialog.showMessageBoxSync(owner, options) : dialog.showMessageBoxSync(options);
      if (choice === 0) event.preventDefault();
    });
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

function main(): void {
  // Two instances would compete for one database file and its sessions; focus the first instead.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const core = startCore();

  ipcMain.handle(INVOKE_CHANNEL, (event, channel: unknown, payload: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event.senderFrame)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'FORBIDDEN', message: 'This page may not use FloorKPI.' },
      });
    }
    const windowId = event.sender.id;
    return core.invoke(windowSessions.keyOf(windowId), String(channel), payload, (key) =>
      windowSessions.rekey(windowId, key),
    );
  });

  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });

  app.on('before-quit', (event) => {
    if (quitState === 'ready-to-quit') return;
    event.preventDefault();
    if (quitState === 'closing-core') return;
    quitState = 'closing-core';
    // Closing the database checkpoints the WAL, so the file is whole if it is copied afterwards.
    void core.shutdown().finally(() => {
      quitState = 'ready-to-quit';
      app.quit();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    hardenSessionAndContents();
    createWindow(core);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow(core);
    });
  });
}

main();
