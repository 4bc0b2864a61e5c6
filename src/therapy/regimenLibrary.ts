import { parseRegimenLibrary, type Regimen, type RegimenLibrary } from './regimen.js';
import defaults from './regimens.json' with { type: 'json' };

/** The §6 default regimens (docs/sensitisation-model.md), parsed once; problems would be a bug in regimens.json. */
export const DEFAULT_REGIMEN_LIBRARY: RegimenLibrary = parseRegimenLibrary(defaults);

/** The default regimen with this id, or undefined. */
export function defaultRegimen(id: string): Regimen | undefined {
  return DEFAULT_REGIMEN_LIBRARY.regimens.find((regimen) => regimen.id === id);
}
