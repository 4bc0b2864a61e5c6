import type { Administration } from './administration.js';
import { editedAgent, type AgentEdit } from './agentEdit.js';
import { buildFractions, dateTimeOf, timeHOf } from './calendar.js';
import { courseBed, structureDmf, type CourseBed, type StructureModel } from './effectiveDose.js';
import { leaCatchesideG } from './incompleteRepair.js';
import type { Regimen, RegimenComponent } from './regimen.js';
import { findRegimen, parseUserRegimens } from './regimenLibrary.js';
import { expandRegimen } from './schedule.js';
import { agentActivity, agentCourse, fractionModifiers, type AgentCourse, type CombineRule } from './sensitisation.js';
import { timingWarnings, type TimingWarning } from './timingWarnings.js';

/** The §4.9 banner, printed with every drug-adjusted result. */
export const MODEL_CAVEAT = 'Educational model only. Drug-adjusted BED/EQD2 values come from simplified assumptions (dose-modifying factors and timing windows) that are not validated against patient outcomes and are not calibrated. Do not use for prescribing, scheduling, dose constraints or any clinical decision.';

export interface ScenarioFraction {
  readonly index: number;
  readonly dateTime: string;
  readonly physicalDoseGy: number;
  readonly activeAgents: readonly string[];
  readonly modifierByStructure: Readonly<Record<string, number>>;
}

export interface ScenarioReport {
  readonly caveat: string;
  readonly fractions: readonly ScenarioFraction[];
  readonly totals: readonly ({ readonly structure: string; readonly alphaBetaGy: number } & CourseBed)[];
  readonly warnings: readonly TimingWarning[];
  readonly notes: readonly string[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Runs a scenario file (README "planlens schedule"): the fractionation, the regimens by id with
 * optional DMF, mode and window edits, administrations entered by hand (they replace the generated
 * ones of their agent), the combination rule and the structures. An optional `regimenLibrary`
 * (regimens.json format) adds user regimens that `regimens` may name; any problem in it (or an id
 * the default library has) is refused. Throws a RangeError naming the field.
 */
export function runScenario(text: string): ScenarioReport {
  const json: unknown = JSON.parse(text);
  if (!isObject(json)) throw new RangeError('the scenario must be a JSON object');
  const startDate = typeof json.startDate === 'string' ? json.startDate : '';
  const rt = isObject(json.fractionation) ? json.fractionation : {};
  const fractions = buildFractions({
    startDate,
    fractionCount: Number(rt.fractions),
    doseGyPerFraction: Number(rt.doseGyPerFraction),
    clock: typeof rt.clock === 'string' ? rt.clock : '',
    ...(Array.isArray(rt.treatmentWeekdays) ? { treatmentWeekdays: rt.treatmentWeekdays as number[] } : {}),
    ...(Array.isArray(rt.breakDates) ? { breakDates: rt.breakDates as string[] } : {}),
    ...(Array.isArray(rt.missedDates) ? { missedDates: rt.missedDates as string[] } : {}),
  });
  const timesH = fractions.map((f) => f.timeH);
  const entered = (Array.isArray(json.administrations) ? json.administrations : []).map((entry: unknown, i: number) => readAdministration(entry, startDate, i));
  const { agents, notes } = readAgents(json.regimens, timesH, entered, readUserLibrary(json.regimenLibrary));
  const combine: CombineRule = json.combine === 'max' ? 'max' : 'product';
  const structures = (Array.isArray(json.structures) ? json.structures : []).map(readStructure);
  if (structures.length === 0) throw new RangeError('structures: give at least one {name, alphaBetaGy, dmfScope}');
  const modifiers = structures.map((s) => fractionModifiers(timesH, agents, (agent) => structureDmf(s, agent), combine));
  const doses = fractions.map((f) => f.doseGy);
  return {
    caveat: MODEL_CAVEAT,
    fractions: fractions.map((f, i) => ({
      index: i + 1,
      dateTime: dateTimeOf(startDate, f.timeH),
      physicalDoseGy: f.doseGy,
      activeAgents: agents.filter((agent) => agentActivity(agent, f.timeH) > 0).map((agent) => agent.agentId),
      modifierByStructure: Object.fromEntries(structures.map((s, k) => [s.name, modifiers[k]?.[i] ?? 1])),
    })),
    totals: structures.map((s, k) => ({ structure: s.name, alphaBetaGy: s.alphaBetaGy, ...courseBed(doses, timesH, modifiers[k] ?? [], s) })),
    warnings: timingWarnings(timesH, agents),
    notes,
  };
}

/** The scenario's own regimens; every problem, each naming regimen and field, in one RangeError. */
function readUserLibrary(library: unknown): Regimen[] {
  if (library === undefined) return [];
  const parsed = parseUserRegimens(library);
  if (parsed.problems.length > 0) {
    throw new RangeError(`regimenLibrary: ${parsed.problems.length === 1 ? 'a problem' : `${parsed.problems.length} problems`} (fix them or leave the regimen out):\n${parsed.problems.map((p) => `  ${p.message}`).join('\n')}`);
  }
  return parsed.regimens.map((entry) => entry.regimen);
}

function readAgents(regimens: unknown, timesH: readonly number[], entered: readonly Administration[], userRegimens: readonly Regimen[]): { agents: AgentCourse[]; notes: string[] } {
  const agents: AgentCourse[] = [];
  const notes: string[] = [];
  const fractionDays = timesH.map((t) => Math.floor(t / 24));
  (Array.isArray(regimens) ? regimens : []).forEach((entry: unknown, i: number) => {
    const r: Json = isObject(entry) ? entry : {};
    const regimen = typeof r.id === 'string' ? findRegimen(r.id, userRegimens) : undefined;
    if (regimen === undefined) throw new RangeError(`regimens[${i}].id: ${JSON.stringify(r.id)} is not a regimen of the library${userRegimens.length > 0 ? ' or of regimenLibrary' : ''}`);
    const expanded = expandRegimen(regimen, { fractionDays });
    for (const component of regimen.components) {
      const own = entered.filter((a) => a.agentId === component.agentId);
      const base = agentCourse(component, own.length > 0 ? own : expanded.administrations);
      if (own.length === 0) notes.push(...expanded.notes.filter((note) => note.startsWith(`${component.agentId}:`)));
      agents.push(edited(base, component, r, `regimens[${i}]`));
    }
  });
  return { agents, notes };
}

/**
 * The agent with the scenario's edits, by the app's own rules (agentEdit.ts): a DMF outside the
 * regimen's validated range needs `"dmfConfirmed": true`. Malformed or refused edits throw, naming the field.
 */
function edited(agent: AgentCourse, component: RegimenComponent, r: Json, where: string): AgentCourse {
  const dmf = r.dmf === undefined ? undefined : Number(r.dmf);
  if (dmf !== undefined && !(dmf > 0 && Number.isFinite(dmf))) throw new RangeError(`${where}.dmf: ${JSON.stringify(r.dmf)} is not a DMF above 0`);
  if (r.mode !== undefined && r.mode !== 'window' && r.mode !== 'concentration') throw new RangeError(`${where}.mode: use "window" or "concentration"`);
  const w = isObject(r.windowH) ? r.windowH : undefined;
  if (w !== undefined && !(typeof w.start === 'number' && typeof w.end === 'number' && w.start <= w.end)) throw new RangeError(`${where}.windowH: give {start, end} in hours with start <= end`);
  const halfLife = (key: 'halfLifeH' | 'halfLifeBetaH'): { readonly [k in typeof key]?: number } => {
    if (r[key] === undefined) return {};
    const h = Number(r[key]);
    if (!(h > 0 && Number.isFinite(h))) throw new RangeError(`${where}.${key}: ${JSON.stringify(r[key])} is not a half-life in hours above 0`);
    return { [key]: h };
  };
  const edit: AgentEdit = {
    ...(dmf === undefined ? {} : { dmf, dmfConfirmed: r.dmfConfirmed === true }),
    ...(w === undefined ? {} : { windowStartH: w.start as number, windowEndH: w.end as number }),
    ...(r.mode === 'concentration' ? { mode: 'concentration' as const } : r.mode === 'window' ? { mode: 'window' as const } : {}),
    ...halfLife('halfLifeH'),
    ...halfLife('halfLifeBetaH'),
  };
  const refused: string[] = [];
  const result = editedAgent(agent, component, edit, refused);
  if (refused.length > 0) throw new RangeError(`${where}: ${refused.join('; ')}`);
  if (w === undefined || w.relativeTo === undefined || result.windowH === undefined) return result;
  return { ...result, windowH: { ...result.windowH, relativeTo: w.relativeTo === 'infusionEnd' ? 'infusionEnd' : 'administrationStart' } };
}

function readAdministration(entry: unknown, startDate: string, i: number): Administration {
  const a: Json = isObject(entry) ? entry : {};
  const where = `administrations[${i}]`;
  if (typeof a.agentId !== 'string') throw new RangeError(`${where}.agentId is missing`);
  const dose = Number(a.dose);
  const infusionH = a.infusionH === undefined ? 0 : Number(a.infusionH);
  if (!(dose >= 0) || !(infusionH >= 0)) throw new RangeError(`${where}: dose and infusionH must be numbers, 0 or more`);
  return { agentId: a.agentId, startH: timeHOf(startDate, typeof a.dateTime === 'string' ? a.dateTime : '', `${where}.dateTime`), dose, unit: typeof a.unit === 'string' ? a.unit : '', infusionH };
}

function readStructure(entry: unknown, i: number): StructureModel {
  const s: Json = isObject(entry) ? entry : {};
  const where = `structures[${i}]`;
  if (typeof s.name !== 'string' || s.name === '') throw new RangeError(`${where}.name is missing`);
  if (s.dmfScope !== 'target' && s.dmfScope !== 'oarTumourOnly' && s.dmfScope !== 'oarWorstCase') throw new RangeError(`${where}.dmfScope: use "target", "oarTumourOnly" or "oarWorstCase"`);
  const repop = isObject(s.repopulation) ? { kickoffDays: Number(s.repopulation.kickoffDays), kBedGyPerDay: Number(s.repopulation.kBedGyPerDay) } : undefined;
  return {
    name: s.name,
    alphaBetaGy: Number(s.alphaBetaGy),
    dmfScope: s.dmfScope,
    ...(isObject(s.dmfByAgent) ? { dmfByAgent: s.dmfByAgent as Record<string, number> } : {}),
    ...(repop === undefined ? {} : { repopulation: repop }),
    ...(s.additiveBedGy === undefined ? {} : { additiveBedGy: Number(s.additiveBedGy) }),
    lqOption: s.lqOption === 'B' ? 'B' : 'A',
    ...(isObject(s.incompleteRepair) ? { quadraticFactor: leaCatchesideG(Number(s.incompleteRepair.repairHalfTimeMin), Number(s.incompleteRepair.deliveryMin)) } : {}),
  };
}
