import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { allowedInvokeChannels, invokeChannels } from '../../src/bridge/channels.js';
import type { CaseBatch, OpenedCase, RecentCase } from '../../src/bridge/contract.js';
import { eventFrom, fakeWebContents, fakeWindow, type FakeWebContents } from './fakeElectron.js';

const fake = await vi.hoisted(async () => (await import('./fakeElectron.js')).createFakeElectron());
vi.mock('electron', () => fake.module);
// Small limits, so that the limits themselves can be reached in a test.
vi.mock('../../electron/ipc/limits.js', async (importOriginal) => {
  const { ipcLimits } = await importOriginal<typeof import('../../electron/ipc/limits.js')>();
  return { ipcLimits: { ...ipcLimits, saveBytes: 1024, batchBytes: 100, caseFiles: 6, jsonBytes: 64, csvBytes: 64 } };
});

const { handleChannel, registerIpcHandlers } = await import('../../electron/ipc/register.js');
const { CaseListings } = await import('../../electron/caseListings.js');
const { RecentCaseStore } = await import('../../electron/recentCaseStore.js');
const { SenderRefusedError } = await import('../../electron/ipc/senderCheck.js');
type Context = import('../../electron/ipc/context.js').IpcContext;
type Source = import('../../electron/caseFiles.js').CaseSource;

let dir: string;
let contents: FakeWebContents;
let launch: Source | undefined;
let recentChanges: number;
let saveFolder: string;

const invoke = (channel: string, ...args: unknown[]): Promise<unknown> => fake.ipcMain.invoke(channel, eventFrom(contents), ...args);

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'planlens-ipc-'));
  fake.ipcMain.reset();
  vi.clearAllMocks();
  contents = fakeWebContents(1);
  const window = fakeWindow(contents);
  launch = undefined;
  recentChanges = 0;
  saveFolder = join(dir, 'saves');
  mkdirSync(saveFolder);
  const recent = new RecentCaseStore(join(dir, 'recent-cases.json'), 10);
  await recent.load();
  const context: Context = {
    mainWindow: () => window as unknown as Electron.BrowserWindow,
    cases: new CaseListings(4),
    recent,
    takeLaunchCase: () => {
      const taken = launch;
      launch = undefined;
      return taken;
    },
    saveFolder: () => saveFolder,
    rememberSaveFolder: (folder) => { saveFolder = folder; },
    recentChanged: () => { recentChanges += 1; },
  };
  registerIpcHandlers(context);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the channel allow-list', () => {
  it('registers one handler per allowed channel and nothing else', () => {
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...allowedInvokeChannels].sort());
    expect(fake.ipcMain.listened).toEqual([]);
  });

  it('refuses to register a channel that is not on the list', () => {
    expect(() => handleChannel('planlens:read-any-file', async () => 'x', {} as Context)).toThrow(/not a channel of the bridge's allow-list/u);
    expect(fake.ipcMain.handlers.has('planlens:read-any-file')).toBe(false);
  });

  it('answers an unknown channel with no handler', async () => {
    await expect(invoke('planlens:read-any-file', '/etc/passwd')).rejects.toThrow(/No handler registered/u);
  });
});

describe('the sender check', () => {
  const everyChannel = allowedInvokeChannels.map((channel) => [channel]);

  it.each(everyChannel)('%s refuses another webContents before looking at anything', async (channel) => {
    const other = fakeWebContents(2);
    await expect(fake.ipcMain.invoke(channel, eventFrom(other))).rejects.toThrow(SenderRefusedError);
    expect(fake.dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it.each(everyChannel)('%s refuses a main-window frame whose page is not the app\'s own', async (channel) => {
    contents.mainFrame.url = 'https://example.com/index.html';
    await expect(invoke(channel)).rejects.toThrow(/the sending page \(https:\/\/example\.com\) is not PlanLens's own/u);
  });

  it('refuses file:// pages, look-alike hosts and user info', async () => {
    for (const url of ['file:///work/main/dist/web/index.html', 'app://planlens.evil/index.html', 'app://evil@planlens/index.html', 'app://planlens:8080/x', 'not a url']) {
      contents.mainFrame.url = url;
      await expect(invoke(invokeChannels.recentCases), url).rejects.toThrow(SenderRefusedError);
    }
  });

  it('refuses a subframe, even one showing the app', async () => {
    const subframe = { url: 'app://planlens/index.html', parent: contents.mainFrame };
    await expect(fake.ipcMain.invoke(invokeChannels.recentCases, eventFrom(contents, subframe))).rejects.toThrow(/subframe/u);
  });

  it('refuses a frame that is gone', async () => {
    await expect(fake.ipcMain.invoke(invokeChannels.recentCases, { sender: contents, senderFrame: null })).rejects.toThrow(/frame that sent the message is gone/u);
  });

  it('lets the main window\'s own page through', async () => {
    await expect(invoke(invokeChannels.recentCases)).resolves.toEqual([]);
  });
});

describe('saveFile', () => {
  const bytes = new Uint8Array([1, 2, 3, 4]);
  const choose = (path: string | undefined): void => {
    fake.dialog.showSaveDialog.mockResolvedValue(path === undefined ? { canceled: true, filePath: '' } : { canceled: false, filePath: path });
  };
  const leftovers = (folder: string): string[] => readdirSync(folder).filter((name) => name.endsWith('.partial'));

  it('refuses arguments of the wrong type, count or size with a clear error', async () => {
    await expect(invoke(invokeChannels.saveFile, 'abc', 'x.png', 'png')).rejects.toThrow('saveFile: bytes must be a Uint8Array, got the string "abc"');
    await expect(invoke(invokeChannels.saveFile, [1, 2], 'x.png', 'png')).rejects.toThrow('saveFile: bytes must be a Uint8Array, got an array');
    await expect(invoke(invokeChannels.saveFile, bytes, 42, 'png')).rejects.toThrow('saveFile: the suggested name must be a string, got number 42');
    await expect(invoke(invokeChannels.saveFile, bytes, '', 'png')).rejects.toThrow('saveFile: the suggested name is empty');
    await expect(invoke(invokeChannels.saveFile, bytes, 'x'.repeat(2000), 'png')).rejects.toThrow(/more than the 1024 allowed/u);
    await expect(invoke(invokeChannels.saveFile, bytes, 'x.exe', 'exe')).rejects.toThrow('saveFile: kind must be one of png, pdf, csv, json, got the string "exe"');
    await expect(invoke(invokeChannels.saveFile, bytes, 'x.png')).rejects.toThrow('saveFile: expects 3 arguments, got 2');
    await expect(invoke(invokeChannels.saveFile, new Uint8Array(1025), 'x.png', 'png')).rejects.toThrow('saveFile: bytes is 1025 bytes, more than the 1024 allowed');
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it.each([
    ['../../etc/passwd', 'png', 'passwd.png'],
    ['/home/someone/.ssh/authorized_keys', 'csv', 'authorized_keys.csv'],
    ['C:\\Windows\\System32\\drivers\\etc\\hosts.json', 'json', 'hosts.json'],
    ['..', 'pdf', 'planlens.pdf'],
    ['figures/PTV dose.PNG', 'png', 'PTV dose.PNG'],
    ['a<b>:c|d?.csv', 'csv', 'a_b__c_d_.csv'],
    ['CON.png', 'png', '_CON.png'],
    ['report', 'pdf', 'report.pdf'],
  ])('proposes %s as the base name %s', async (suggested, kind, proposed) => {
    choose(undefined);
    await invoke(invokeChannels.saveFile, bytes, suggested, kind);
    const options = fake.dialog.showSaveDialog.mock.calls[0]?.[1] as Electron.SaveDialogOptions;
    expect(options.defaultPath).toBe(join(saveFolder, proposed));
  });

  it('asks before overwriting, filters by kind, and answers cancelled without writing', async () => {
    choose(undefined);
    await expect(invoke(invokeChannels.saveFile, bytes, 'dose.png', 'png')).resolves.toEqual({ saved: false, reason: 'cancelled' });
    const [window, options] = fake.dialog.showSaveDialog.mock.calls[0] as [unknown, Electron.SaveDialogOptions];
    expect((window as { webContents: unknown }).webContents).toBe(contents);
    expect(options.properties).toContain('showOverwriteConfirmation');
    expect(options.filters).toEqual([{ name: 'PNG image', extensions: ['png'] }]);
    expect(readdirSync(saveFolder)).toEqual([]);
  });

  it('writes the bytes where the user chose, atomically, and answers the name', async () => {
    const target = join(dir, 'chosen', 'figure.pdf');
    mkdirSync(join(dir, 'chosen'));
    writeFileSync(target, 'the old figure');
    choose(target);
    await expect(invoke(invokeChannels.saveFile, bytes, 'figure.pdf', 'pdf')).resolves.toEqual({ saved: true, name: 'figure.pdf' });
    expect([...readFileSync(target)]).toEqual([1, 2, 3, 4]);
    expect(leftovers(join(dir, 'chosen'))).toEqual([]);
    // The next dialog opens where this file went.
    choose(undefined);
    await invoke(invokeChannels.saveFile, bytes, 'next.pdf', 'pdf');
    expect((fake.dialog.showSaveDialog.mock.calls[1]?.[1] as Electron.SaveDialogOptions).defaultPath).toBe(join(dir, 'chosen', 'next.pdf'));
  });

  it('answers why when the write fails, leaving no partial file', async () => {
    // A non-empty folder where the file should go: the rename over it fails.
    const target = join(saveFolder, 'taken.csv');
    mkdirSync(target);
    writeFileSync(join(target, 'inside.txt'), 'keep me');
    choose(target);
    const result = await invoke(invokeChannels.saveFile, bytes, 'taken.csv', 'csv');
    expect(result).toMatchObject({ saved: false, reason: expect.stringMatching(/^could not write taken\.csv: /u) as unknown });
    expect(leftovers(saveFolder)).toEqual([]);
    expect(readFileSync(join(target, 'inside.txt'), 'utf8')).toBe('keep me');
  });

  it('answers why when the folder cannot be written', async () => {
    choose(join(dir, 'no-such-folder', 'x.json'));
    await expect(invoke(invokeChannels.saveFile, bytes, 'x.json', 'json')).resolves.toMatchObject({ saved: false, reason: expect.stringMatching(/ENOENT/u) as unknown });
  });
});

describe('opening cases', () => {
  const makeCase = (): string => {
    const root = join(dir, 'Case 1');
    mkdirSync(join(root, 'CT'), { recursive: true });
    writeFileSync(join(root, 'RTDOSE.dcm'), 'd'.repeat(60));
    writeFileSync(join(root, 'CT', 'ct1.dcm'), 'a'.repeat(70));
    writeFileSync(join(root, 'CT', 'ct2.dcm'), 'b'.repeat(50));
    writeFileSync(join(root, 'RTPLAN.dcm'), 'p'.repeat(10));
    symlinkSync('/etc', join(root, 'elsewhere'));
    return root;
  };
  const readAll = async (opened: OpenedCase): Promise<CaseBatch[]> => {
    const batches: CaseBatch[] = [];
    for (let index = 0; index < opened.files.length;) {
      const batch = (await invoke(invokeChannels.readCaseBatch, opened.caseToken, index)) as CaseBatch;
      batches.push(batch);
      index = batch.nextIndex;
    }
    return batches;
  };

  it('walks the folder main chose, reads it in batches, and forgets the token after the last', async () => {
    const folder = makeCase();
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [folder] });
    const opened = (await invoke(invokeChannels.openFolder)) as OpenedCase;
    expect(opened).toMatchObject({ status: 'opened', label: 'Case 1', totalBytes: 190 });
    expect(opened.files).toEqual([
      { name: 'Case 1/CT/ct1.dcm', sizeBytes: 70 },
      { name: 'Case 1/CT/ct2.dcm', sizeBytes: 50 },
      { name: 'Case 1/RTDOSE.dcm', sizeBytes: 60 },
      { name: 'Case 1/RTPLAN.dcm', sizeBytes: 10 },
    ]);
    expect(opened.skipped).toEqual([{ name: 'Case 1/elsewhere', reason: 'a symbolic link (not followed)' }]);
    expect(JSON.stringify(opened)).not.toContain(dir);
    const batches = await readAll(opened);
    expect(batches.map((batch) => batch.files.map((file) => file.name.split('/').pop()))).toEqual([['ct1.dcm', 'ct2.dcm'], ['RTDOSE.dcm', 'RTPLAN.dcm']]);
    expect(new TextDecoder().decode(batches[0]?.files[0]?.bytes)).toBe('a'.repeat(70));
    await expect(invoke(invokeChannels.readCaseBatch, opened.caseToken, 0)).rejects.toThrow('readCaseBatch: unknown or expired case token; open the case again');
  });

  it('refuses bad batch arguments', async () => {
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [makeCase()] });
    const opened = (await invoke(invokeChannels.openFolder)) as OpenedCase;
    await expect(invoke(invokeChannels.readCaseBatch, opened.caseToken, 1.5)).rejects.toThrow('readCaseBatch: the start index must be a whole number, got number 1.5');
    await expect(invoke(invokeChannels.readCaseBatch, opened.caseToken, 9)).rejects.toThrow('readCaseBatch: the start index 9 is outside 0 … 4');
    await expect(invoke(invokeChannels.readCaseBatch, opened.caseToken, '0')).rejects.toThrow(/must be a whole number/u);
    await expect(invoke(invokeChannels.readCaseBatch, '/etc/passwd', 0)).rejects.toThrow(/unknown or expired case token/u);
    await expect(invoke(invokeChannels.readCaseBatch, { path: '/etc/passwd' }, 0)).rejects.toThrow('readCaseBatch: the case token must be a string, got an object (Object)');
    await expect(invoke(invokeChannels.openFolder, '/etc')).rejects.toThrow('openFolder: expects 0 arguments, got 1');
  });

  it('answers cancelled when the dialog is', async () => {
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(invoke(invokeChannels.openFolder)).resolves.toEqual({ status: 'cancelled' });
    await expect(invoke(invokeChannels.openFiles)).resolves.toEqual({ status: 'cancelled' });
  });

  it('refuses a folder with more files than the limit, saying what to do', async () => {
    const folder = join(dir, 'home');
    mkdirSync(folder);
    for (let index = 0; index < 7; index += 1) writeFileSync(join(folder, `f${index}`), 'x');
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [folder] });
    await expect(invoke(invokeChannels.openFolder)).rejects.toThrow("openFolder: home holds more than 6 files; pick the case's own folder");
  });

  it('opens files picked one by one, named by their file names', async () => {
    const folder = makeCase();
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [join(folder, 'RTPLAN.dcm'), join(folder, 'RTDOSE.dcm')] });
    const opened = (await invoke(invokeChannels.openFiles)) as OpenedCase;
    expect(opened.files.map((file) => file.name)).toEqual(['RTPLAN.dcm', 'RTDOSE.dcm']);
    expect(opened.label).toBe('2 files');
  });

  it('lists recent cases by id (no paths) and opens one by id only', async () => {
    const folder = makeCase();
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [folder] });
    await invoke(invokeChannels.openFolder);
    const recent = (await invoke(invokeChannels.recentCases)) as RecentCase[];
    expect(recent).toEqual([{ id: expect.any(String) as unknown, label: 'Case 1', fileCount: 4, openedAtIso: expect.any(String) as unknown }]);
    expect(JSON.stringify(recent)).not.toContain(dir);
    expect(recentChanges).toBe(1);
    const again = (await invoke(invokeChannels.openRecentCase, recent[0]?.id)) as OpenedCase;
    expect(again.files).toHaveLength(4);
    await expect(invoke(invokeChannels.openRecentCase, folder)).rejects.toThrow(/openRecentCase: (no recent case has the id|the id is)/u);
    await expect(invoke(invokeChannels.openRecentCase, 7)).rejects.toThrow('openRecentCase: the id must be a string, got number 7');
    // Stored for the next start, with the path kept in main's file only.
    expect(JSON.parse(readFileSync(join(dir, 'recent-cases.json'), 'utf8'))).toMatchObject({ version: 1, cases: [{ label: 'Case 1', source: { kind: 'folder', path: folder } }] });
  });

  it('hands out the command-line case once', async () => {
    launch = { kind: 'folder', path: makeCase() };
    const opened = (await invoke(invokeChannels.launchCase)) as OpenedCase;
    expect(opened.files).toHaveLength(4);
    await expect(invoke(invokeChannels.launchCase)).resolves.toEqual({ status: 'none' });
  });

  it('says what is wrong with a command-line folder that is not there', async () => {
    launch = { kind: 'folder', path: join(dir, 'missing') };
    await expect(invoke(invokeChannels.launchCase)).rejects.toThrow(/launchCase: cannot open .*missing: ENOENT/u);
  });
});

describe('openJsonFile', () => {
  const pickJson = (name: string, content: string | Uint8Array): void => {
    writeFileSync(join(dir, name), content);
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [join(dir, name)] });
  };

  it('answers the name and the text (without a byte-order mark)', async () => {
    pickJson('session.json', '\ufeff{"a":1}');
    await expect(invoke(invokeChannels.openJsonFile)).resolves.toEqual({ status: 'opened', name: 'session.json', text: '{"a":1}' });
    const options = fake.dialog.showOpenDialog.mock.calls[0]?.[1] as Electron.OpenDialogOptions;
    expect(options.filters).toEqual([{ name: 'JSON', extensions: ['json'] }]);
  });

  it('refuses text that is not UTF-8, files over the limit, and answers cancelled', async () => {
    pickJson('latin1.json', new Uint8Array([0x7b, 0xe9, 0x7d]));
    await expect(invoke(invokeChannels.openJsonFile)).rejects.toThrow('openJsonFile: cannot read latin1.json: it is not UTF-8 text');
    pickJson('big.json', `"${'x'.repeat(100)}"`);
    await expect(invoke(invokeChannels.openJsonFile)).rejects.toThrow('openJsonFile: cannot read big.json: 102 bytes, more than the 64 allowed');
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(invoke(invokeChannels.openJsonFile)).resolves.toEqual({ status: 'cancelled' });
    expect(existsSync(join(dir, 'big.json'))).toBe(true);
  });
});

describe('openCsvFile', () => {
  const pickCsv = (name: string, content: string | Uint8Array): void => {
    writeFileSync(join(dir, name), content);
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [join(dir, name)] });
  };

  it('shows main\'s dialog with a .csv filter and answers the name and the text (without a byte-order mark)', async () => {
    pickCsv('schedule.csv', '\ufeffkind,id,dateTime,dose,unit,infusionH\n');
    await expect(invoke(invokeChannels.openCsvFile)).resolves.toEqual({ status: 'opened', name: 'schedule.csv', text: 'kind,id,dateTime,dose,unit,infusionH\n' });
    const [window, options] = fake.dialog.showOpenDialog.mock.calls[0] as [unknown, Electron.OpenDialogOptions];
    expect(window).toBeDefined();
    expect(options.filters).toEqual([{ name: 'CSV', extensions: ['csv'] }]);
    expect(options.properties).toEqual(['openFile']);
  });

  it('takes no arguments: the page never names a path', async () => {
    await expect(invoke(invokeChannels.openCsvFile, '/etc/passwd')).rejects.toThrow('openCsvFile: expects 0 arguments, got 1');
    expect(fake.dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('refuses another webContents before showing its dialog', async () => {
    await expect(fake.ipcMain.invoke(invokeChannels.openCsvFile, eventFrom(fakeWebContents(2)))).rejects.toThrow(SenderRefusedError);
    expect(fake.dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('refuses text that is not UTF-8, files over the limit, and answers cancelled', async () => {
    pickCsv('latin1.csv', new Uint8Array([0x6b, 0xe9, 0x0a]));
    await expect(invoke(invokeChannels.openCsvFile)).rejects.toThrow('openCsvFile: cannot read latin1.csv: it is not UTF-8 text');
    pickCsv('big.csv', 'x'.repeat(65));
    await expect(invoke(invokeChannels.openCsvFile)).rejects.toThrow('openCsvFile: cannot read big.csv: 65 bytes, more than the 64 allowed');
    pickCsv('gone.csv', '');
    rmSync(join(dir, 'gone.csv'));
    await expect(invoke(invokeChannels.openCsvFile)).rejects.toThrow(/openCsvFile: cannot read gone\.csv: ENOENT/u);
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(invoke(invokeChannels.openCsvFile)).resolves.toEqual({ status: 'cancelled' });
    expect(existsSync(join(dir, 'big.csv'))).toBe(true);
  });
});
