import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CaseSource } from './caseFiles.js';

/**
 * The case named on the command line: `planlens-app <folder>` (packaged), or
 * `electron dist/electron/main.js <folder>` (the first plain argument is then the app itself).
 * Switches (--inspect=0, --no-sandbox, ...) are passed over. A path that is not a file is taken as
 * a folder, so that opening it says what is wrong with it.
 */
export function launchCaseFromArgv(argv: readonly string[], isPackaged: boolean, cwd: string): CaseSource | undefined {
  const plain = argv.slice(1).filter((argument) => !argument.startsWith('-'));
  const path = (isPackaged ? plain : plain.slice(1))[0];
  if (path === undefined || path === '') return undefined;
  const absolute = resolve(cwd, path);
  return statSync(absolute, { throwIfNoEntry: false })?.isFile() === true ? { kind: 'files', paths: [absolute] } : { kind: 'folder', path: absolute };
}
