import { BrowserWindow } from 'electron';
import type { WindowState } from './windowState.js';

export interface MainWindowOptions {
  readonly state: WindowState;
  readonly preloadPath: string;
  /** Developer tools (unpackaged builds only). */
  readonly devTools: boolean;
}

/**
 * The one window: hidden until its first paint, placed where it was last time. Every
 * webPreferences flag that matters for security is written out here, in the constructor call
 * (where electronegativity reads them), rather than left to defaults: the page is a sandboxed,
 * context-isolated renderer without Node that reaches main only through the preload's functions.
 */
export function createMainWindow({ state, preloadPath, devTools }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'PlanLens',
    backgroundColor: '#111418',
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click (auxclick) must not open links in new windows.
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      plugins: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      javascript: true,
      images: true,
      webgl: true,
      backgroundThrottling: true,
      autoplayPolicy: 'document-user-activation-required',
      devTools,
    },
  });
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  return window;
}
