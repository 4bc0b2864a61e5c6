/**
 * A therapy preset: the calendar and regimens a case opens with (the demo case ships one beside
 * its folder, written by `planlens phantom`). Strings in and out; reading never throws.
 */
export interface TherapyPreset {
  /** The RTPLAN (SOP instance UID) the preset belongs to; another plan does not get it. */
  readonly planUid: string;
  /** RT day 0, YYYY-MM-DD. */
  readonly startDate: string;
  /** Time of day of the fractions, 24-hour HH:MM. */
  readonly clock: string;
  /** Regimen ids of the default library (src/therapy/regimens.json). */
  readonly regimenIds: readonly string[];
}

export const THERAPY_PRESET_SCHEMA_VERSION = 1;

export function therapyPresetToJson(preset: TherapyPreset): string {
  return `${JSON.stringify({ schemaVersion: THERAPY_PRESET_SCHEMA_VERSION, ...preset }, null, 2)}\n`;
}

/** The preset, or one sentence per problem naming the field. */
export function parseTherapyPreset(text: string): TherapyPreset | { readonly problems: readonly string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { problems: [`therapy preset: not JSON: ${(error as Error).message}`] };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { problems: ['therapy preset: expected a JSON object'] };
  const o = json as Record<string, unknown>;
  const problems: string[] = [];
  if (o.schemaVersion !== THERAPY_PRESET_SCHEMA_VERSION) problems.push(`therapy preset: schemaVersion is ${JSON.stringify(o.schemaVersion)}; this version reads ${THERAPY_PRESET_SCHEMA_VERSION}`);
  const text_ = (key: string, pattern: RegExp, what: string): string => {
    const value = o[key];
    if (typeof value === 'string' && pattern.test(value)) return value;
    problems.push(`therapy preset: ${key} is ${JSON.stringify(value)}; expected ${what}`);
    return '';
  };
  const planUid = text_('planUid', /^[0-9.]{1,64}$/u, 'a DICOM UID');
  const startDate = text_('startDate', /^\d{4}-\d{2}-\d{2}$/u, 'YYYY-MM-DD');
  const clock = text_('clock', /^([01]\d|2[0-3]):[0-5]\d$/u, 'HH:MM');
  const ids = o.regimenIds;
  if (!(Array.isArray(ids) && ids.every((id) => typeof id === 'string'))) problems.push('therapy preset: regimenIds must be a list of regimen ids');
  return problems.length > 0 ? { problems } : { planUid, startDate, clock, regimenIds: ids as string[] };
}
