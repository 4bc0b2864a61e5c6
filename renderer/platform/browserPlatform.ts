import type { SaveKind } from '../../src/bridge/contract.js';
import { blobPartOf } from './bytes.js';
import { inputFiles } from './droppedFiles.js';
import type { Platform, PickedFiles } from './platform.js';

const mimeTypes: Record<SaveKind, string> = { png: 'image/png', pdf: 'application/pdf', csv: 'text/csv', json: 'application/json' };

/** A file name without any folder part (either separator), never empty. */
export function baseName(name: string, kind: SaveKind): string {
  const base = name.split(/[/\\]/u).pop()?.replace(/[\u0000-\u001f<>:"|?*]/gu, '_').trim() ?? '';
  const named = base === '' || base === '.' || base === '..' ? `planlens.${kind}` : base;
  return named.toLowerCase().endsWith(`.${kind}`) ? named : `${named}.${kind}`;
}

/**
 * Lets the user pick with a transient file input; resolves with the files, or undefined when the
 * picker was cancelled (the input's cancel event).
 */
function pick(configure: (input: HTMLInputElement) => void): Promise<FileList | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.hidden = true;
    configure(input);
    const done = (files: FileList | undefined): void => {
      input.remove();
      resolve(files !== undefined && files.length > 0 ? files : undefined);
    };
    input.addEventListener('change', () => done(input.files ?? undefined), { once: true });
    input.addEventListener('cancel', () => done(undefined), { once: true });
    document.body.append(input);
    input.click();
  });
}

async function pickFiles(folder: boolean): Promise<PickedFiles | undefined> {
  const list = await pick((input) => {
    input.multiple = true;
    if (folder) input.setAttribute('webkitdirectory', '');
  });
  return list === undefined ? undefined : { label: folder ? 'folder' : `${list.length} files`, files: inputFiles(list) };
}

/** One text file picked with a file input accepting `accept`; undefined when cancelled. */
async function pickText(accept: string): Promise<{ name: string; text: string } | undefined> {
  const list = await pick((input) => { input.accept = accept; });
  const file = list?.[0];
  return file === undefined ? undefined : { name: file.name, text: await file.text() };
}

/** The browser implementation: file inputs, downloads, no native menu and no recent cases. */
export function browserPlatform(): Platform {
  return {
    kind: 'browser',
    openFolder: () => pickFiles(true),
    openFiles: () => pickFiles(false),
    saveFile: (bytes, suggestedName, kind) => {
      try {
        const name = baseName(suggestedName, kind);
        const url = URL.createObjectURL(new Blob([blobPartOf(bytes)], { type: mimeTypes[kind] }));
        const link = document.createElement('a');
        link.href = url;
        link.download = name;
        link.hidden = true;
        document.body.append(link);
        link.click();
        link.remove();
        // The download has taken its copy once the click has been handled.
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
        return Promise.resolve({ saved: true, name });
      } catch (error) {
        return Promise.resolve({ saved: false, reason: `the download could not start: ${error instanceof Error ? error.message : String(error)}` });
      }
    },
    onMenuCommand: () => () => undefined,
    openJsonFile: () => pickText('.json,application/json'),
    openCsvFile: () => pickText('.csv,text/csv'),
    recentCases: () => Promise.resolve([]),
    openRecentCase: () => Promise.resolve(undefined),
    launchCase: () => Promise.resolve(undefined),
  };
}
