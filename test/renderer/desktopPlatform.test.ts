import { describe, expect, it, vi } from 'vitest';
import type { CaseBatch, OpenCaseResult, PlanLensDesktopApi } from '../../src/bridge/contract.js';
import { baseName, browserPlatform } from '../../renderer/platform/browserPlatform.js';
import { bridgeErrorMessage } from '../../renderer/platform/desktopBridge.js';
import { desktopPlatform, platform } from '../../renderer/platform/platform.js';

const opened: OpenCaseResult = {
  status: 'opened',
  caseToken: 'token-1',
  label: 'Case 1',
  files: [{ name: 'Case 1/a.dcm', sizeBytes: 2 }, { name: 'Case 1/b.dcm', sizeBytes: 1 }, { name: 'Case 1/c.dcm', sizeBytes: 3 }],
  totalBytes: 6,
  skipped: [],
};

function fakeApi(overrides: Partial<PlanLensDesktopApi> = {}): PlanLensDesktopApi {
  const batches: Record<number, CaseBatch> = {
    0: { files: [{ name: 'Case 1/a.dcm', bytes: new Uint8Array([1, 2]) }, { name: 'Case 1/b.dcm', bytes: new Uint8Array([3]) }], nextIndex: 2 },
    2: { files: [{ name: 'Case 1/c.dcm', bytes: new Uint8Array([4, 5, 6]) }], nextIndex: 3 },
  };
  return {
    bridgeVersion: 1,
    openFolder: () => Promise.resolve(opened),
    openFiles: () => Promise.resolve({ status: 'cancelled' }),
    readCaseBatch: vi.fn((_token: string, start: number) => Promise.resolve(batches[start] ?? { files: [], nextIndex: start })),
    recentCases: () => Promise.resolve([]),
    openRecentCase: () => Promise.reject(new Error("Error invoking remote method 'planlens:open-recent-case': Error: openRecentCase: no recent case has the id x")),
    launchCase: () => Promise.resolve({ status: 'none' }),
    saveFile: () => Promise.resolve({ saved: true, name: 'figure.png' }),
    openJsonFile: () => Promise.resolve({ status: 'opened', name: 's.json', text: '{}' }),
    openCsvFile: () => Promise.resolve({ status: 'opened', name: 's.csv', text: 'kind\n' }),
    onMenuCommand: () => () => undefined,
    ...overrides,
  };
}

describe('the desktop platform', () => {
  it('reads an opened case in batches into named blobs', async () => {
    const api = fakeApi();
    const picked = await desktopPlatform(api).openFolder();
    expect(picked?.label).toBe('Case 1');
    expect(picked?.files.map((file) => file.name)).toEqual(['Case 1/a.dcm', 'Case 1/b.dcm', 'Case 1/c.dcm']);
    expect(await Promise.all(picked?.files.map(async (file) => [...new Uint8Array(await file.blob.arrayBuffer())]) ?? [])).toEqual([[1, 2], [3], [4, 5, 6]]);
    expect(vi.mocked(api.readCaseBatch).mock.calls).toEqual([['token-1', 0], ['token-1', 2]]);
  });

  it('gives undefined when cancelled or when there is no command-line case', async () => {
    const desktop = desktopPlatform(fakeApi());
    expect(await desktop.openFiles()).toBeUndefined();
    expect(await desktop.launchCase()).toBeUndefined();
  });

  it('stops when main makes no progress, and passes main\'s reasons on without Electron\'s wrapping', async () => {
    const stuck = desktopPlatform(fakeApi({ readCaseBatch: () => Promise.resolve({ files: [], nextIndex: 0 }) }));
    await expect(stuck.openFolder()).rejects.toThrow('reading Case 1: no progress at file 0');
    await expect(desktopPlatform(fakeApi()).openRecentCase('x')).rejects.toThrow(/^openRecentCase: no recent case has the id x$/u);
  });

  it('never rejects a save: errors become a reason', async () => {
    const failing = desktopPlatform(fakeApi({ saveFile: () => Promise.reject(new Error("Error invoking remote method 'planlens:save-file': BridgeArgumentError: saveFile: kind must be one of png, pdf, csv, json")) }));
    expect(await failing.saveFile(new Uint8Array(1), 'x', 'png')).toEqual({ saved: false, reason: 'saveFile: kind must be one of png, pdf, csv, json' });
    expect(await desktopPlatform(fakeApi()).saveFile(new Uint8Array(1), 'figure', 'png')).toEqual({ saved: true, name: 'figure.png' });
  });

  it('answers the JSON file\'s name and text', async () => {
    expect(await desktopPlatform(fakeApi()).openJsonFile()).toEqual({ name: 's.json', text: '{}' });
  });

  it('answers the CSV file\'s name and text, undefined when cancelled, and main\'s reasons unwrapped', async () => {
    expect(await desktopPlatform(fakeApi()).openCsvFile()).toEqual({ name: 's.csv', text: 'kind\n' });
    expect(await desktopPlatform(fakeApi({ openCsvFile: () => Promise.resolve({ status: 'cancelled' }) })).openCsvFile()).toBeUndefined();
    const failing = desktopPlatform(fakeApi({ openCsvFile: () => Promise.reject(new Error("Error invoking remote method 'planlens:open-csv-file': Error: openCsvFile: cannot read big.csv: 70 bytes, more than the 64 allowed")) }));
    await expect(failing.openCsvFile()).rejects.toThrow(/^openCsvFile: cannot read big\.csv: 70 bytes, more than the 64 allowed$/u);
  });
});

describe('the browser platform', () => {
  it('is what a page without the desktop bridge gets', () => {
    expect(platform.kind).toBe('browser');
  });

  it('names downloads by a base name with the kind\'s extension', () => {
    expect(baseName('../../etc/passwd', 'png')).toBe('passwd.png');
    expect(baseName('C:\\x\\dvh.csv', 'csv')).toBe('dvh.csv');
    expect(baseName('..', 'json')).toBe('planlens.json');
  });

  it('opens a CSV (or JSON) file with a file input accepting that kind, undefined when cancelled', async () => {
    const inputs: { accept: string; listeners: Map<string, () => void>; files?: unknown; click: () => void }[] = [];
    let answer: 'pick' | 'cancel' = 'pick';
    const document = {
      createElement: () => {
        const input = {
          type: '', hidden: false, accept: '', multiple: false, files: undefined as unknown, listeners: new Map<string, () => void>(),
          setAttribute: () => undefined,
          addEventListener: (type: string, listener: () => void) => { input.listeners.set(type, listener); },
          remove: () => undefined,
          click: () => {
            if (answer === 'cancel') return input.listeners.get('cancel')?.();
            input.files = [{ name: 'mine.csv', text: () => Promise.resolve('kind,id\n') }];
            return input.listeners.get('change')?.();
          },
        };
        inputs.push(input);
        return input;
      },
      body: { append: () => undefined },
    };
    vi.stubGlobal('document', document);
    try {
      const browser = browserPlatform();
      expect(await browser.openCsvFile()).toEqual({ name: 'mine.csv', text: 'kind,id\n' });
      answer = 'cancel';
      expect(await browser.openJsonFile()).toBeUndefined();
      expect(inputs.map((input) => input.accept)).toEqual(['.csv,text/csv', '.json,application/json']);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('strips Electron\'s wrapping from bridge errors', () => {
    expect(bridgeErrorMessage(new Error("Error invoking remote method 'planlens:open-folder': Error: openFolder: home holds more than 20000 files"))).toBe('openFolder: home holds more than 20000 files');
    expect(bridgeErrorMessage('plain')).toBe('plain');
  });
});
