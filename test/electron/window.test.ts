import { describe, expect, it, vi } from 'vitest';

const created = vi.hoisted(() => [] as { options: Record<string, unknown>; handlers: Map<string, () => void>; maximize: ReturnType<typeof vi.fn>; show: ReturnType<typeof vi.fn> }[]);
vi.mock('electron', () => ({
  BrowserWindow: class {
    readonly handlers = new Map<string, () => void>();
    readonly maximize = vi.fn();
    readonly show = vi.fn();
    constructor(readonly options: Record<string, unknown>) { created.push(this); }
    once(event: string, handler: () => void): void { this.handlers.set(event, handler); }
  },
}));
const { createMainWindow } = await import('../../electron/window.js');

describe('the main window', () => {
  it('writes out every security flag of webPreferences', () => {
    createMainWindow({ state: { width: 1200, height: 800, maximized: false }, preloadPath: '/app/dist/electron/preload.cjs', devTools: false });
    expect(created[0]?.options.webPreferences).toEqual({
      preload: '/app/dist/electron/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
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
      devTools: false,
    });
  });

  it('opens where it was, hidden until ready, maximised again if it was', () => {
    createMainWindow({ state: { x: 10, y: 20, width: 1000, height: 700, maximized: true }, preloadPath: 'p', devTools: true });
    const window = created[1];
    expect(window?.options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700, show: false });
    window?.handlers.get('ready-to-show')?.();
    expect(window?.maximize).toHaveBeenCalledOnce();
    expect(window?.show).toHaveBeenCalledOnce();
  });
});
