import { ipcMain } from 'electron';
import { allowedInvokeChannels, type InvokeChannel } from '../../src/bridge/channels.js';
import type { IpcContext, IpcHandler } from './context.js';
import { ipcHandlers } from './handlers.js';
import { checkSender } from './senderCheck.js';

/** Registers one handler on a channel of the allow-list; any other channel is refused here. */
export function handleChannel(channel: string, handler: IpcHandler, context: IpcContext): void {
  if (!(allowedInvokeChannels as readonly string[]).includes(channel)) throw new Error(`ipc: ${channel} is not a channel of the bridge's allow-list`);
  ipcMain.handle(channel, async (event, ...args: unknown[]) => {
    const window = checkSender(event, context.mainWindow(), channel);
    return handler({ context, window, event }, args);
  });
}

/** Every channel of the allow-list, each with its handler and the sender check; nothing else. */
export function registerIpcHandlers(context: IpcContext): void {
  for (const channel of allowedInvokeChannels) handleChannel(channel, ipcHandlers[channel as InvokeChannel], context);
}
