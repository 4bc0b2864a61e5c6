import { vi } from 'vitest';

/*
 * A stand-in for the parts of `electron` main uses, for unit tests of the handlers (the real
 * module needs the Electron binary). ipcMain keeps its handlers and answers an invoke the way
 * Electron does, including for a channel nobody registered.
 */

type Handler = (event: unknown, ...args: unknown[]) => unknown;

export class FakeIpcMain {
  readonly handlers = new Map<string, Handler>();
  readonly listened: string[] = [];

  handle(channel: string, handler: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }

  on(channel: string): this {
    this.listened.push(channel);
    return this;
  }

  /** What ipcRenderer.invoke(channel, ...args) from `event`'s sender would get. */
  async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (handler === undefined) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  }

  reset(): void {
    this.handlers.clear();
    this.listened.length = 0;
  }
}

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

export interface FakeWebContents {
  readonly id: number;
  mainFrame: FakeFrame;
  send: ReturnType<typeof vi.fn>;
}

export function fakeWebContents(id: number, url = 'app://planlens/index.html'): FakeWebContents {
  return { id, mainFrame: { url, parent: null }, send: vi.fn() };
}

export function fakeWindow(contents: FakeWebContents): { webContents: FakeWebContents; isDestroyed: () => boolean } {
  return { webContents: contents, isDestroyed: () => false };
}

/** An invoke event from a webContents' frame (its main frame unless another is given). */
export function eventFrom(contents: FakeWebContents, frame: FakeFrame = contents.mainFrame): { sender: FakeWebContents; senderFrame: FakeFrame } {
  return { sender: contents, senderFrame: frame };
}

export function createFakeElectron() {
  const ipcMain = new FakeIpcMain();
  const dialog = { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showMessageBox: vi.fn(), showErrorBox: vi.fn() };
  const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
  const contextBridge = { exposeInMainWorld: vi.fn() };
  const ipcRenderer = { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn(), send: vi.fn() };
  return { ipcMain, dialog, protocol, contextBridge, ipcRenderer, module: { ipcMain, dialog, protocol, contextBridge, ipcRenderer, default: { ipcMain, dialog, protocol, contextBridge, ipcRenderer } } };
}
