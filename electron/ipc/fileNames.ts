import type { SaveKind } from '../../src/bridge/contract.js';

const reservedOnWindows = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/iu;

/**
 * The name the save dialog proposes for a suggested name: its last path part only (either
 * separator: a suggestion can never choose a folder), without control or reserved characters and
 * leading or trailing dots and spaces, at most 200 characters, ending in `.kind`.
 */
export function safeFileName(suggested: string, kind: SaveKind): string {
  const lastPart = suggested.split(/[/\\]/u).pop() ?? '';
  let name = lastPart.replace(/[\u0000-\u001f\u007f<>:"|?*]/gu, '_').replace(/^[.\s]+|[.\s]+$/gu, '');
  if (reservedOnWindows.test(name)) name = `_${name}`;
  if (name === '') name = 'planlens';
  const extension = `.${kind}`;
  if (!name.toLowerCase().endsWith(extension)) name = `${name}${extension}`;
  return name.length > 200 ? `${name.slice(0, 200 - extension.length)}${extension}` : name;
}
