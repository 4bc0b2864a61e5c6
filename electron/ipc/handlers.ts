import { invokeChannels, type InvokeChannel } from '../../src/bridge/channels.js';
import type { IpcHandler } from './context.js';
import { launchCase } from './launchCase.js';
import { openFiles } from './openFiles.js';
import { openCsvFile } from './openCsvFile.js';
import { openFolder } from './openFolder.js';
import { openJsonFile } from './openJsonFile.js';
import { openRecentCase } from './openRecentCase.js';
import { readCaseBatch } from './readCaseBatch.js';
import { recentCases } from './recentCases.js';
import { saveFile } from './saveFile.js';

/** One handler per channel of the allow-list; the type makes a missing or extra channel a compile error. */
export const ipcHandlers: { readonly [channel in InvokeChannel]: IpcHandler } = {
  [invokeChannels.openFolder]: openFolder,
  [invokeChannels.openFiles]: openFiles,
  [invokeChannels.readCaseBatch]: readCaseBatch,
  [invokeChannels.recentCases]: recentCases,
  [invokeChannels.openRecentCase]: openRecentCase,
  [invokeChannels.launchCase]: launchCase,
  [invokeChannels.saveFile]: saveFile,
  [invokeChannels.openJsonFile]: openJsonFile,
  [invokeChannels.openCsvFile]: openCsvFile,
};
