import { describe, expect, it, vi } from 'vitest';
import { allowedInvokeChannels, eventChannels, invokeChannels } from '../../src/bridge/channels.js';
import type { PlanLensDesktopApi } from '../../src/bridge/contract.js';

const fake = await vi.hoisted(async () => (await import('./fakeElectron.js')).createFakeElectron());
vi.mock('electron', () => fake.module);
await import('../../electron/preload.js');

const [[worldKey, api]] = fake.contextBridge.exposeInMainWorld.mock.calls as [[string, PlanLensDesktopApi]];

describe('the preload', () => {
  it('exposes one function per operation as window.planlensDesktop, and not ipcRenderer', () => {
    expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    expect(worldKey).toBe('planlensDesktop');
    expect(Object.keys(api).sort()).toEqual(['bridgeVersion', 'launchCase', 'onMenuCommand', 'openCsvFile', 'openFiles', 'openFolder', 'openJsonFile', 'openRecentCase', 'readCaseBatch', 'recentCases', 'saveFile']);
    expect(Object.values(api).filter((value) => typeof value !== 'function')).toEqual([1]);
    expect(Object.values(api)).not.toContain(fake.ipcRenderer);
  });

  it('sends each operation on its own channel of the allow-list, with its arguments only', async () => {
    fake.ipcRenderer.invoke.mockResolvedValue('answer');
    const bytes = new Uint8Array([1]);
    await api.openFolder();
    await api.openFiles();
    await api.readCaseBatch('token', 3);
    await api.recentCases();
    await api.openRecentCase('id');
    await api.launchCase();
    await api.saveFile(bytes, 'a.png', 'png');
    await api.openJsonFile();
    await api.openCsvFile();
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([
      [invokeChannels.openFolder], [invokeChannels.openFiles], [invokeChannels.readCaseBatch, 'token', 3], [invokeChannels.recentCases],
      [invokeChannels.openRecentCase, 'id'], [invokeChannels.launchCase], [invokeChannels.saveFile, bytes, 'a.png', 'png'], [invokeChannels.openJsonFile], [invokeChannels.openCsvFile],
    ]);
    expect(fake.ipcRenderer.invoke.mock.calls.every(([channel]) => (allowedInvokeChannels as readonly unknown[]).includes(channel))).toBe(true);
    expect(fake.ipcRenderer.send).not.toHaveBeenCalled();
  });

  it('passes on well-formed menu commands only, and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = api.onMenuCommand(listener);
    const [[channel, onMessage]] = fake.ipcRenderer.on.mock.calls as [[string, (event: unknown, command: unknown) => void]];
    expect(channel).toBe(eventChannels.menuCommand);
    onMessage({}, { type: 'export-png' });
    onMessage({}, { type: 'rm -rf' });
    onMessage({}, 'open-folder');
    expect(listener.mock.calls).toEqual([[{ type: 'export-png' }]]);
    unsubscribe();
    expect(fake.ipcRenderer.removeListener).toHaveBeenCalledWith(eventChannels.menuCommand, onMessage);
    expect(() => api.onMenuCommand('not a function' as never)).toThrow('onMenuCommand: expects a function');
  });
});
