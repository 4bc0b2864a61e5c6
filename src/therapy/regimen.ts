/**
 * Regimen library types and validation (docs/sensitisation-model.md §6). regimens.json is the §6
 * table verbatim: every number sits in an agent entry whose `citations` lists its §8 keys, and
 * whose `evidence` tags (V/U/A) say how far it is checked. parseRegimenLibrary never throws: it
 * returns the regimens it could read and one problem per bad field, naming regimen id and field.
 */
export type PkModel =
  | { readonly model: '1c'; readonly halfLifeH: number; readonly riseH: number }
  | { readonly model: '2c'; readonly halfLifeAlphaH: number; readonly halfLifeBetaH: number; readonly fractionAlpha: number; readonly riseH: number }
  | { readonly model: 'ci'; readonly halfLifeH: number }
  | { readonly model: 'depot'; readonly castrationLagDays: number };

export type WindowReference = 'administrationStart' | 'infusionEnd';

/** Sensitisation window in hours (§4.3), inclusive at both ends. */
export interface SensitisationWindow {
  readonly startH: number;
  readonly endH: number;
  readonly relativeTo: WindowReference;
}

export interface DmfRange {
  readonly default: number;
  readonly min: number;
  readonly max: number;
}

export type EffectModel = 'dmf' | 'immuneOverlay' | 'hormonalState';
export type Anchor = 'RT_START' | 'RT_END' | 'SURGERY';

/** The schedule fields the calendar expands (§6); other patterns are entered by hand. */
export interface RegimenSchedule {
  readonly anchor: Anchor;
  readonly pattern: string;
  readonly days: readonly number[] | undefined;
  readonly doses: readonly number[] | undefined;
  readonly dose: number | undefined;
  readonly unit: string | undefined;
  readonly infusionH: number | readonly number[] | undefined;
  readonly clock: string | readonly string[] | undefined;
  readonly startDay: number | undefined;
  readonly durationDays: number | undefined;
  readonly cycles: readonly { readonly startDay: number; readonly durationDays: number }[] | undefined;
  readonly maxDays: number | undefined;
  /** Drug-specific rule: the infusion must end this many hours before the fraction (cetuximab, §6). */
  readonly completeBeforeRtH: number | undefined;
}

/** One drug of a regimen (a regimen of two drugs, e.g. RTOG 98-11, has two components). */
export interface RegimenComponent {
  /** `regimenId` for a single drug, `regimenId/drug` for a component of a combination. */
  readonly agentId: string;
  readonly drug: string;
  readonly schedule: RegimenSchedule;
  readonly pk: PkModel;
  readonly windowH: SensitisationWindow | undefined;
  readonly dmf: DmfRange;
  readonly effectModel: EffectModel;
}

/** An evidence-based timing band (§3.3, §4.7), in days after the last (or before the first) fraction. */
export interface EvidenceBand {
  readonly label: string;
  readonly relativeTo: 'afterRt' | 'beforeRt';
  readonly fromDay: number;
  readonly toDay: number;
}

export interface Regimen {
  readonly id: string;
  readonly name: string;
  readonly components: readonly RegimenComponent[];
  readonly evidenceBands: readonly EvidenceBand[];
  readonly toxicities: readonly string[];
  readonly citations: readonly string[];
}

export interface RegimenProblem {
  readonly regimenId: string;
  readonly field: string;
  readonly message: string;
}

export interface RegimenLibrary {
  readonly regimens: readonly Regimen[];
  readonly problems: readonly RegimenProblem[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads a §6-shaped library (`{ agents: [...] }`); a regimen with any problem is left out. */
export function parseRegimenLibrary(json: unknown): RegimenLibrary {
  if (!isObject(json) || !Array.isArray(json.agents)) {
    return { regimens: [], problems: [{ regimenId: '(library)', field: 'agents', message: 'the library must be an object with an "agents" array' }] };
  }
  const regimens: Regimen[] = [];
  const problems: RegimenProblem[] = [];
  const seen = new Set<string>();
  json.agents.forEach((entry: unknown, index: number) => {
    const id = isObject(entry) && typeof entry.id === 'string' && entry.id !== '' ? entry.id : `(agents[${index}])`;
    const report = new Reporter(id);
    if (seen.has(id)) report.add('id', `the id "${id}" is used twice; ids must be unique`);
    seen.add(id);
    const regimen = readRegimen(entry, id, report);
    problems.push(...report.problems);
    if (regimen !== undefined && report.problems.length === 0) regimens.push(regimen);
  });
  return { regimens, problems };
}

class Reporter {
  readonly problems: RegimenProblem[] = [];
  constructor(private readonly regimenId: string) {}
  add(field: string, message: string): void {
    this.problems.push({ regimenId: this.regimenId, field, message: `regimen ${this.regimenId}: ${field} ${message}` });
  }
  number(object: Json, key: string, prefix: string, rule: 'positive' | 'nonNegative' | 'finite' | 'fraction' = 'finite'): number {
    const value = object[key];
    const ok = typeof value === 'number' && Number.isFinite(value) && (rule !== 'positive' || value > 0) && (rule !== 'nonNegative' || value >= 0) && (rule !== 'fraction' || (value >= 0 && value <= 1));
    if (!ok) this.add(`${prefix}${key}`, `is ${JSON.stringify(value)}; it must be a ${rule === 'fraction' ? 'number from 0 to 1' : rule === 'finite' ? 'finite number' : `${rule === 'positive' ? 'positive' : 'non-negative'} number`}`);
    return ok ? value : Number.NaN;
  }
}

function readRegimen(entry: unknown, id: string, report: Reporter): Regimen | undefined {
  if (!isObject(entry)) {
    report.add('(entry)', 'is not an object');
    return undefined;
  }
  if (typeof entry.name !== 'string' || entry.name === '') report.add('name', 'is missing; give a display name');
  const citations = stringList(entry.citations);
  if (citations === undefined || citations.length === 0) report.add('citations', 'must list at least one citation key from the reference list (§8)');
  const parts = Array.isArray(entry.components) ? entry.components : [entry];
  const components = parts.map((part: unknown, index: number) => {
    const prefix = Array.isArray(entry.components) ? `components[${index}].` : '';
    const merged: Json = isObject(part) ? { effectModel: entry.effectModel, ...part } : {};
    const drug = typeof merged.drug === 'string' ? merged.drug : '';
    if (drug === '') report.add(`${prefix}drug`, 'is missing');
    return readComponent(merged, Array.isArray(entry.components) ? `${id}/${drug}` : id, prefix, report);
  });
  const bands = (Array.isArray(entry.evidenceBands) ? entry.evidenceBands : []).map((band: unknown, index: number) => readBand(band, `evidenceBands[${index}].`, report));
  return { id, name: typeof entry.name === 'string' ? entry.name : id, components, evidenceBands: bands, toxicities: stringList(entry.toxicities) ?? [], citations: citations ?? [] };
}

function readComponent(part: Json, agentId: string, prefix: string, report: Reporter): RegimenComponent {
  const effectModel = part.effectModel;
  if (effectModel !== 'dmf' && effectModel !== 'immuneOverlay' && effectModel !== 'hormonalState') report.add(`${prefix}effectModel`, `is ${JSON.stringify(effectModel)}; use "dmf", "immuneOverlay" or "hormonalState"`);
  const windowH = isObject(part.windowH) ? readWindow(part.windowH, `${prefix}windowH.`, report) : undefined;
  if (effectModel === 'dmf' && windowH === undefined) report.add(`${prefix}windowH`, 'is missing; a DMF agent needs a sensitisation window {start, end, relativeTo}');
  return {
    agentId,
    drug: typeof part.drug === 'string' ? part.drug : '',
    schedule: readSchedule(part.schedule, `${prefix}schedule.`, report),
    pk: readPk(part.pk, `${prefix}pk.`, report),
    windowH,
    dmf: readDmf(part.dmf, `${prefix}dmf.`, report),
    effectModel: effectModel === 'immuneOverlay' || effectModel === 'hormonalState' ? effectModel : 'dmf',
  };
}

function readBand(band: unknown, prefix: string, report: Reporter): EvidenceBand {
  const b: Json = isObject(band) ? band : {};
  const label = typeof b.label === 'string' ? b.label : '';
  if (label === '') report.add(`${prefix}label`, 'is missing');
  const after = b.fromDayAfterRT !== undefined;
  const fromDay = report.number(b, after ? 'fromDayAfterRT' : 'fromDayBeforeRT', prefix, 'nonNegative');
  const toDay = report.number(b, after ? 'toDayAfterRT' : 'toDayBeforeRT', prefix, 'nonNegative');
  if (after ? fromDay > toDay : fromDay < toDay) report.add(`${prefix}${after ? 'toDayAfterRT' : 'toDayBeforeRT'}`, `(${toDay}) makes the band run backwards from ${fromDay}`);
  return { label, relativeTo: after ? 'afterRt' : 'beforeRt', fromDay, toDay };
}

function readWindow(windowH: Json, prefix: string, report: Reporter): SensitisationWindow {
  const startH = report.number(windowH, 'start', prefix);
  const endH = report.number(windowH, 'end', prefix);
  if (startH > endH) report.add(`${prefix}end`, `(${endH} h) is before start (${startH} h)`);
  const relativeTo = windowH.relativeTo;
  if (relativeTo !== 'administrationStart' && relativeTo !== 'infusionEnd') report.add(`${prefix}relativeTo`, `is ${JSON.stringify(relativeTo)}; use "administrationStart" or "infusionEnd"`);
  return { startH, endH, relativeTo: relativeTo === 'infusionEnd' ? 'infusionEnd' : 'administrationStart' };
}

function readDmf(dmf: unknown, prefix: string, report: Reporter): DmfRange {
  if (!isObject(dmf)) {
    report.add(prefix.slice(0, -1), 'is missing; give {default, min, max}');
    return { default: 1, min: 1, max: 1 };
  }
  const range = { default: report.number(dmf, 'default', prefix, 'positive'), min: report.number(dmf, 'min', prefix, 'positive'), max: report.number(dmf, 'max', prefix, 'positive') };
  if (range.min > range.max) report.add(`${prefix}min`, `(${range.min}) is above max (${range.max})`);
  if (range.default < range.min || range.default > range.max) report.add(`${prefix}default`, `(${range.default}) is outside min..max (${range.min}..${range.max})`);
  return range;
}

function readPk(pk: unknown, prefix: string, report: Reporter): PkModel {
  if (!isObject(pk)) {
    report.add(prefix.slice(0, -1), 'is missing');
    return { model: '1c', halfLifeH: Number.NaN, riseH: 0 };
  }
  switch (pk.model) {
    case '1c':
      return { model: '1c', halfLifeH: report.number(pk, 'halfLifeH', prefix, 'positive'), riseH: report.number(pk, 'riseH', prefix, 'nonNegative') };
    case '2c':
      return {
        model: '2c',
        halfLifeAlphaH: report.number(pk, 'halfLifeAlphaH', prefix, 'positive'),
        halfLifeBetaH: report.number(pk, 'halfLifeBetaH', prefix, 'positive'),
        fractionAlpha: report.number(pk, 'fractionAlpha', prefix, 'fraction'),
        riseH: report.number(pk, 'riseH', prefix, 'nonNegative'),
      };
    case 'ci':
      return { model: 'ci', halfLifeH: report.number(pk, 'halfLifeH', prefix, 'positive') };
    case 'depot':
      return { model: 'depot', castrationLagDays: report.number(pk, 'castrationLagDays', prefix, 'nonNegative') };
    default:
      report.add(`${prefix}model`, `is ${JSON.stringify(pk.model)}; use "1c", "2c", "ci" or "depot"`);
      return { model: '1c', halfLifeH: Number.NaN, riseH: 0 };
  }
}

function readSchedule(schedule: unknown, prefix: string, report: Reporter): RegimenSchedule {
  const s: Json = isObject(schedule) ? schedule : {};
  if (!isObject(schedule)) report.add(prefix.slice(0, -1), 'is missing');
  const anchor = s.anchor;
  if (anchor !== 'RT_START' && anchor !== 'RT_END' && anchor !== 'SURGERY') report.add(`${prefix}anchor`, `is ${JSON.stringify(anchor)}; use "RT_START", "RT_END" or "SURGERY"`);
  const optionalNumber = (key: string): number | undefined => (s[key] === undefined ? undefined : report.number(s, key, prefix));
  const clock = s.clock;
  for (const value of typeof clock === 'string' ? [clock] : (stringList(clock) ?? [])) {
    if (!/^([01]\d|2[0-3]):[0-5]\d$/u.test(value)) report.add(`${prefix}clock`, `"${value}" is not a 24-hour HH:MM time`);
  }
  const cycles = Array.isArray(s.cycles)
    ? s.cycles.map((cycle: unknown, index: number) => {
        const c: Json = isObject(cycle) ? cycle : {};
        return { startDay: report.number(c, 'startDay', `${prefix}cycles[${index}].`), durationDays: report.number(c, 'durationDays', `${prefix}cycles[${index}].`, 'positive') };
      })
    : undefined;
  const infusion = s.infusionH;
  return {
    anchor: anchor === 'RT_END' || anchor === 'SURGERY' ? anchor : 'RT_START',
    pattern: typeof s.pattern === 'string' ? s.pattern : '',
    days: numberList(s.days, `${prefix}days`, report),
    doses: numberList(s.doses, `${prefix}doses`, report),
    dose: optionalNumber('dose'),
    unit: typeof s.unit === 'string' ? s.unit : undefined,
    infusionH: typeof infusion === 'number' ? infusion : numberList(infusion, `${prefix}infusionH`, report),
    clock: typeof clock === 'string' ? clock : stringList(clock),
    startDay: optionalNumber('startDay'),
    durationDays: optionalNumber('durationDays'),
    cycles,
    maxDays: optionalNumber('maxDays'),
    completeBeforeRtH: optionalNumber('completeBeforeRtH'),
  };
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : undefined;
}

function numberList(value: unknown, field: string, report: Reporter): number[] | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value) && value.every((item) => typeof item === 'number' && Number.isFinite(item))) return value as number[];
  report.add(field, `is ${JSON.stringify(value)}; it must be a list of finite numbers`);
  return undefined;
}
