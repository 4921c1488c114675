import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { app, BrowserWindow, dialog, ipcMain, session, type WebFrameMain, webContents } from 'electron';
import type { Result } from '../src-shared/contract';
import type { ProgressReport } from '../src-shared/contract/progress';
import { isUpdateChannel } from '../src-shared/contract/updates';
import { CoreWorkerClient } from './host/core-worker-client';
import { CONTENT_SECURITY_POLICY } from './host/security-headers';
import { WindowSessions } from './host/window-sessions';
import type { CoreWorkerData } from './host/worker-protocol';
import { REPORT_CHANNEL, saveReportAnswer } from './reports/desktop-save';
import { locateAppResources } from './resources/app-resources';
import { type DesktopUpdates, startDesktopUpdates } from './updates/desktop-updates';
import { feedOfJoinAnswer, JOIN_CHANNEL } from './updates/hub-feed';

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
// Set while the windows close for an update, so closing the last one does not quit before the
// installer has been started.
let restartingForUpdate = false;
/** Told when a person chose to keep a window (and its unsaved rows) open. */
const keptOpenListeners = new Set<(contentsId: number) => void>();

// Each window's session key; a sign-in moves the window to the key the core drew for it.
const windowSessions = new WindowSessions();
/** The updater's name for a window: stable across sign-ins, unlike its session key. */
const updateWindowKey = (windowId: number): string => `window-${windowId}`;

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

function createWindow(core: CoreWorkerClient, updates: DesktopUpdates): void {
  const resources = locateAppResources({
    fromDir: __dirname,
    packagedResourcesPath: app.isPackaged ? process.resourcesPath : undefined,
  });
  const win = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 600,
    show: false,
    title: 'FloorKPI',
    // Windows takes the icon from the exe; Linux (AppImage, deb, npm start) needs the file.
    icon: resources.iconPng,
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
    updates.forgetWindow(updateWindowKey(windowId));
  });
  if (devServerUrl) void win.loadURL(devServerUrl);
  else void win.loadFile(rendererFile);
}

/** The native save dialog for a report, on the window that asked for it. */
async function askSavePath(
  sender: Electron.WebContents,
  filename: string,
  mediaType: string,
): Promise<string | null> {
  const owner = BrowserWindow.fromWebContents(sender);
  const pdf = mediaType === 'application/pdf';
  const options = {
    title: 'Save report',
    defaultPath: join(app.getPath('documents'), filename),
    filters: [pdf ? { name: 'PDF', extensions: ['pdf'] } : { name: 'Excel workbook', extensions: ['xlsx'] }],
  };
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  return choice.canceled || !choice.filePath ? null : choice.filePath;
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
      else for (const listener of keptOpenListeners) listener(contents.id);
    });
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

/** Closes one window through its unload guard: true once closed, false if the person kept it. */
function closeThroughGuard(win: BrowserWindow): Promise<boolean> {
  if (win.isDestroyed()) return Promise.resolve(true);
  const contentsId = win.webContents.id;
  return new Promise((resolve) => {
    const settle = (closed: boolean): void => {
      keptOpenListeners.delete(onKept);
      clearTimeout(timer);
      resolve(closed);
    };
    const onKept = (id: number): void => {
      if (id === contentsId) settle(false);
    };
    // A page that never answers its unload keeps the app as it is rather than half-closed.
    const timer = setTimeout(() => settle(win.isDestroyed()), 30_000);
    keptOpenListeners.add(onKept);
    win.once('closed', () => settle(true));
    win.close();
  });
}

/**
 * Before the installer runs: every window closes as if the person closed it (a grid with unsaved
 * rows still asks), then the database is closed so its WAL is checkpointed.
 */
async function closeForUpdate(core: CoreWorkerClient): Promise<boolean> {
  restartingForUpdate = true;
  const closed = await Promise.all(BrowserWindow.getAllWindows().map(closeThroughGuard));
  if (!closed.every(Boolean)) {
    restartingForUpdate = false;
    return false;
  }
  quitState = 'closing-core';
  await core.shutdown();
  quitState = 'ready-to-quit';
  return true;
}

function main(): void {
  // Two instances would compete for one database file and its sessions; focus the first instead.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const core = startCore();
  const updates = startDesktopUpdates({
    isPackaged: app.isPackaged,
    version: app.getVersion(),
    resourcesPath: process.resourcesPath,
    userDataDir: app.getPath('userData'),
    prepareRestart: () => closeForUpdate(core),
    log: (message) => console.log(`updates: ${message}`),
  });

  ipcMain.handle(
    INVOKE_CHANNEL,
    async (event, channel: unknown, payload: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event.senderFrame)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'This page may not use FloorKPI.' } };
      }
      const windowId = event.sender.id;
      const sessionKey = windowSessions.keyOf(windowId);
      // The shell owns the updater; the core still says who the caller is.
      if (typeof channel === 'string' && isUpdateChannel(channel)) {
        const me = await core.invoke(sessionKey, 'auth.me', {});
        return updates.answer(channel, payload, me, updateWindowKey(windowId));
      }
      const answer = await core.invoke(sessionKey, String(channel), payload, (key) =>
        windowSessions.rekey(windowId, key),
      );
      // Enrolling with the plant hub also points the updater at the hub's feed.
      if (channel === JOIN_CHANNEL) {
        const feed = feedOfJoinAnswer(answer);
        if (feed) updates.followHub(feed);
      }
      // A report is saved here, where the person chooses the file; the window hears where it went.
      if (channel === REPORT_CHANNEL)
        return saveReportAnswer(answer, (filename, mediaType) =>
          askSavePath(event.sender, filename, mediaType),
        );
      return answer;
    },
  );

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
    if (restartingForUpdate) return;
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    hardenSessionAndContents();
    createWindow(core, updates);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow(core, updates);
    });
  });
}

main();
