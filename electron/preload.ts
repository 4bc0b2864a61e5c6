import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { eventChannels, invokeChannels } from '../src/bridge/channels.js';
import { bridgeVersion, type PlanLensDesktopApi } from '../src/bridge/contract.js';
import { isMenuCommand } from '../src/bridge/menuCommands.js';

/*
 * The page's only way to main: one function per operation, each calling its own channel of the
 * allow-list. ipcRenderer itself is never handed to the page. Built as one CommonJS file
 * (dist/electron/preload.cjs): a sandboxed preload cannot import ES modules.
 */
const api: PlanLensDesktopApi = {
  bridgeVersion,
  openFolder: () => ipcRenderer.invoke(invokeChannels.openFolder),
  openFiles: () => ipcRenderer.invoke(invokeChannels.openFiles),
  readCaseBatch: (caseToken, startIndex) => ipcRenderer.invoke(invokeChannels.readCaseBatch, caseToken, startIndex),
  recentCases: () => ipcRenderer.invoke(invokeChannels.recentCases),
  openRecentCase: (id) => ipcRenderer.invoke(invokeChannels.openRecentCase, id),
  launchCase: () => ipcRenderer.invoke(invokeChannels.launchCase),
  saveFile: (bytes, suggestedName, kind) => ipcRenderer.invoke(invokeChannels.saveFile, bytes, suggestedName, kind),
  openJsonFile: () => ipcRenderer.invoke(invokeChannels.openJsonFile),
  openCsvFile: () => ipcRenderer.invoke(invokeChannels.openCsvFile),
  onMenuCommand: (listener) => {
    if (typeof listener !== 'function') throw new TypeError('onMenuCommand: expects a function');
    const onMessage = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(eventChannels.menuCommand, onMessage);
    return () => {
      ipcRenderer.removeListener(eventChannels.menuCommand, onMessage);
    };
  },
};

contextBridge.exposeInMainWorld('planlensDesktop', api);
