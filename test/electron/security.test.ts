import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ app: { on: vi.fn() }, session: {} }));
const { guardSession, guardWebContents } = await import('../../electron/security.js');
const { contentSecurityPolicy } = await import('../../electron/contentSecurityPolicy.js');
type Session = import('electron').Session;
type WebContents = import('electron').WebContents;

describe('the session and webContents guards', () => {
  it('prevents navigation, redirects and <webview>, and denies new windows', () => {
    const listeners = new Map<string, (event: { preventDefault: () => void }) => void>();
    let openHandler: (() => { action: string }) | undefined;
    const contents = {
      on: (event: string, listener: (event: { preventDefault: () => void }) => void) => listeners.set(event, listener),
      setWindowOpenHandler: (handler: () => { action: string }) => { openHandler = handler; },
    };
    guardWebContents(contents as unknown as WebContents);
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      listeners.get(event)?.({ preventDefault });
      expect(preventDefault, event).toHaveBeenCalledOnce();
    }
    expect(openHandler?.()).toEqual({ action: 'deny' });
  });

  it('grants no permission, cancels remote requests and sets the CSP on every response', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    let beforeRequest: { filter: { urls: string[] }; listener: (details: unknown, callback: (response: unknown) => void) => void } | undefined;
    let headersReceived: ((details: { responseHeaders: Record<string, string[]> }, callback: (response: unknown) => void) => void) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: never) => { handlers.request = handler; },
      setPermissionCheckHandler: (handler: never) => { handlers.check = handler; },
      setDevicePermissionHandler: (handler: never) => { handlers.device = handler; },
      webRequest: {
        onBeforeRequest: (filter: { urls: string[] }, listener: never) => { beforeRequest = { filter, listener }; },
        onHeadersReceived: (listener: never) => { headersReceived = listener; },
      },
    };
    guardSession(session as unknown as Session);
    const granted = vi.fn();
    (handlers.request as unknown as (contents: unknown, permission: string, callback: (granted: boolean) => void) => void)({}, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect((handlers.check as unknown as () => boolean)()).toBe(false);
    expect((handlers.device as unknown as () => boolean)()).toBe(false);
    expect(beforeRequest?.filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    const cancelled = vi.fn();
    beforeRequest?.listener({ url: 'https://example.com/' }, cancelled);
    expect(cancelled).toHaveBeenCalledWith({ cancel: true });
    const answered = vi.fn();
    headersReceived?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, answered);
    expect(answered).toHaveBeenCalledWith({ responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [contentSecurityPolicy] } });
  });
});
