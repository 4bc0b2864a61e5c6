import { app, BrowserWindow, dialog, Menu, screen } from 'electron';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventChannels } from '../src/bridge/channels.js';
import type { MenuCommand } from '../src/bridge/menuCommands.js';
import { appIndexUrl } from './appOrigin.js';
import { registerAppScheme, serveAppProtocol } from './appProtocol.js';
import type { CaseSource } from './caseFiles.js';
import { CaseListings } from './caseListings.js';
import type { IpcContext } from './ipc/context.js';
import { ipcLimits } from './ipc/limits.js';
import { registerIpcHandlers } from './ipc/register.js';
import { launchCaseFromArgv } from './launchArgs.js';
import { clinicalUseNotice, menuTemplate } from './menu.js';
import { RecentCaseStore } from './recentCaseStore.js';
import { guardAllWebContents, guardSession } from './security.js';
import { createMainWindow } from './window.js';
import { loadWindowState, trackWindowState } from './windowState.js';

/*
 * The desktop shell's main process: one window showing dist/web through app://planlens, a native
 * menu, and the bridge's handlers. Built to dist/electron/main.js beside preload.cjs; dist/web is
 * the browser build.
 */
const here = dirname(fileURLToPath(import.meta.url));
const webRoot = resolve(here, '../web');
const preloadPath = join(here, 'preload.cjs');
const isMac = process.platform === 'darwin';
const devTools = !app.isPackaged;

app.setName('PlanLens');
app.setPath('userData', process.env.PLANLENS_USER_DATA_DIR ?? join(app.getPath('appData'), 'PlanLens'));
app.enableSandbox();
registerAppScheme();
guardAllWebContents();

let mainWindow: BrowserWindow | undefined;
let launchCase: CaseSource | undefined = launchCaseFromArgv(process.argv, app.isPackaged, process.cwd());
let saveFolder: string | undefined;
let pendingWindowSave: () => Promise<void> = () => Promise.resolve();
const recent = new RecentCaseStore(join(app.getPath('userData'), 'recent-cases.json'), ipcLimits.recentCases);

function send(command: MenuCommand): void {
  if (mainWindow === undefined || mainWindow.isDestroyed()) return;
  mainWindow.webContents.send(eventChannels.menuCommand, command);
}

function showNotice(): void {
  void dialog.showMessageBox({ type: 'warning', title: clinicalUseNotice.title, message: clinicalUseNotice.message, detail: clinicalUseNotice.detail, buttons: ['OK'] });
}

function showAbout(): void {
  void dialog.showMessageBox({
    type: 'info',
    title: 'About PlanLens',
    message: `PlanLens ${app.getVersion()}`,
    detail: `A treatment-plan visualiser for radiotherapy (DICOM RT). ${clinicalUseNotice.message}\n\nElectron ${process.versions.electron}, Chromium ${process.versions.chrome}, Node ${process.versions.node}`,
    buttons: ['OK'],
  });
}

function installMenu(): void {
  const actions = { send, showNotice, showAbout, clearRecent: () => void recent.clear().then(installMenu, installMenu) };
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ recent: recent.list(), isMac, devTools }, actions)));
}

const context: IpcContext = {
  mainWindow: () => (mainWindow === undefined || mainWindow.isDestroyed() ? undefined : mainWindow),
  cases: new CaseListings(ipcLimits.openCases),
  recent,
  takeLaunchCase: () => {
    const taken = launchCase;
    launchCase = undefined;
    return taken;
  },
  saveFolder: () => saveFolder ?? app.getPath('documents'),
  rememberSaveFolder: (folder) => { saveFolder = folder; },
  recentChanged: installMenu,
};

async function openWindow(): Promise<void> {
  const stateFile = join(app.getPath('userData'), 'window-state.json');
  const state = await loadWindowState(stateFile, screen.getAllDisplays().map((display) => display.workArea));
  const window = createMainWindow({ state, preloadPath, devTools });
  mainWindow = window;
  pendingWindowSave = trackWindowState(window, stateFile);
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  // With a case from the command line the page starts empty and asks for it (launchCase).
  await window.loadURL(launchCase === undefined ? appIndexUrl : `${appIndexUrl}?empty`);
}

function onSecondInstance(argv: readonly string[], workingDirectory: string): void {
  const source = launchCaseFromArgv(argv, app.isPackaged, workingDirectory);
  if (mainWindow !== undefined && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  }
  if (source === undefined) return;
  launchCase = source;
  send({ type: 'open-launch-case' });
}

async function start(): Promise<void> {
  await app.whenReady();
  guardSession();
  serveAppProtocol(webRoot);
  await recent.load();
  registerIpcHandlers(context);
  installMenu();
  await openWindow();
}

let flushed = false;
app.on('will-quit', (event) => {
  if (flushed) return;
  event.preventDefault();
  void pendingWindowSave().finally(() => {
    flushed = true;
    app.quit();
  });
});

app.on('window-all-closed', () => {
  if (!isMac) app.quit();
});

app.on('activate', () => {
  if (app.isReady() && BrowserWindow.getAllWindows().length === 0) void openWindow();
});

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => onSecondInstance(argv, workingDirectory));
  start().catch((error: unknown) => {
    dialog.showErrorBox('PlanLens could not start', error instanceof Error ? (error.stack ?? error.message) : String(error));
    app.exit(1);
  });
}
