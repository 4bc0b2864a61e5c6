import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { isAppUrl } from '../appOrigin.js';

export class SenderRefusedError extends Error {
  override readonly name = 'SenderRefusedError';
}

/**
 * Every message must come from the main window's own webContents, from its top frame, showing the
 * app's own page (app://planlens/...). Anything else (another window or webContents, a subframe,
 * a page that navigated elsewhere) is refused before its arguments are looked at.
 */
export function checkSender(event: IpcMainInvokeEvent, window: BrowserWindow | undefined, channel: string): BrowserWindow {
  if (window === undefined || window.isDestroyed()) throw new SenderRefusedError(`${channel}: refused: PlanLens has no open window`);
  if (event.sender !== window.webContents) throw new SenderRefusedError(`${channel}: refused: the message did not come from PlanLens's window`);
  const frame = event.senderFrame;
  if (frame === null || frame === undefined) throw new SenderRefusedError(`${channel}: refused: the frame that sent the message is gone`);
  if (frame.parent !== null) throw new SenderRefusedError(`${channel}: refused: the message came from a subframe`);
  if (!isAppUrl(frame.url)) throw new SenderRefusedError(`${channel}: refused: the sending page (${originOf(frame.url)}) is not PlanLens's own`);
  return window;
}

function originOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return 'an invalid URL';
  }
}
