import { parseRegimenLibrary, type Regimen, type RegimenLibrary, type RegimenProblem } from './regimen.js';
import defaults from './regimens.json' with { type: 'json' };

/** The §6 default regimens (docs/sensitisation-model.md), parsed once; problems would be a bug in regimens.json. */
export const DEFAULT_REGIMEN_LIBRARY: RegimenLibrary = parseRegimenLibrary(defaults);

/** The default regimen with this id, or undefined. */
export function defaultRegimen(id: string): Regimen | undefined {
  return DEFAULT_REGIMEN_LIBRARY.regimens.find((regimen) => regimen.id === id);
}

/** The regimen with this id: a default one, else one of the user's; undefined when neither has it. */
export function findRegimen(id: string, userRegimens: readonly Regimen[] = []): Regimen | undefined {
  return defaultRegimen(id) ?? userRegimens.find((regimen) => regimen.id === id);
}

/** A user library in the regimens.json format with its raw entry per regimen (kept so that a session can hold and re-check it). */
export interface UserRegimenLibrary {
  readonly regimens: readonly { readonly regimen: Regimen; readonly source: Readonly<Record<string, unknown>> }[];
  readonly problems: readonly RegimenProblem[];
}

/**
 * Reads regimens the user adds (`{ agents: [...] }`, the regimens.json format) with
 * parseRegimenLibrary; an id the default library already has is refused (a problem naming the
 * regimen and its `id`), so a user regimen never shadows a default. Never throws.
 */
export function parseUserRegimens(json: unknown): UserRegimenLibrary {
  const parsed = parseRegimenLibrary(json);
  const problems: RegimenProblem[] = [...parsed.problems];
  const sources = isObject(json) && Array.isArray(json.agents) ? json.agents : [];
  const regimens = parsed.regimens.flatMap((regimen) => {
    if (defaultRegimen(regimen.id) !== undefined) {
      problems.push({ regimenId: regimen.id, field: 'id', message: `regimen ${regimen.id}: id is already a regimen of the default library; give the user regimen another id` });
      return [];
    }
    const source = sources.find((entry: unknown) => isObject(entry) && entry.id === regimen.id) as Record<string, unknown>;
    return [{ regimen, source }];
  });
  return { regimens, problems };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
