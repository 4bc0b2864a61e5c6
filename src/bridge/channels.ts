/**
 * The IPC channel names between the desktop shell's main process and its page. The preload calls
 * only these, main registers a handler for each `invoke` channel and for nothing else.
 */

/** Request/response channels (ipcRenderer.invoke -> ipcMain.handle), one per operation. */
export const invokeChannels = {
  openFolder: 'planlens:open-folder',
  openFiles: 'planlens:open-files',
  readCaseBatch: 'planlens:read-case-batch',
  recentCases: 'planlens:recent-cases',
  openRecentCase: 'planlens:open-recent-case',
  launchCase: 'planlens:launch-case',
  saveFile: 'planlens:save-file',
  openJsonFile: 'planlens:open-json-file',
  openCsvFile: 'planlens:open-csv-file',
} as const;

/** Messages main sends to the page (webContents.send -> ipcRenderer.on). */
export const eventChannels = {
  menuCommand: 'planlens:menu-command',
} as const;

export type InvokeChannel = (typeof invokeChannels)[keyof typeof invokeChannels];
export type EventChannel = (typeof eventChannels)[keyof typeof eventChannels];

/** The allow-list: every channel the shell knows. */
export const allowedInvokeChannels: readonly InvokeChannel[] = Object.values(invokeChannels);
export const allowedEventChannels: readonly EventChannel[] = Object.values(eventChannels);
