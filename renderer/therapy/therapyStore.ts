import { createStore } from 'zustand/vanilla';
import type { RtPlan } from '../../src/dicom/rtPlan.js';
import type { StructureSet } from '../../src/dicom/rtStruct.js';
import type { Administration, Fraction } from '../../src/therapy/administration.js';
import { clockHours, dayNumber } from '../../src/therapy/calendar.js';
import type { Regimen } from '../../src/therapy/regimen.js';
import { DEFAULT_REGIMEN_LIBRARY, parseUserRegimens } from '../../src/therapy/regimenLibrary.js';
import { presetForPlan } from './demoPreset.js';
import type { AgentEdit } from '../../src/therapy/agentEdit.js';
import { NO_EDITS, type AdministrationEdit, type OarDmfView, type RepopulationEdit, type StructureEdit, type TherapyEdits } from './therapyEdits.js';
import { nextMonday, type TimelineInput } from './timelineModel.js';

/**
 * The therapy scenario of the open case: the RT course comes from the selected RTPLAN
 * (fractionsPlanned, prescriptionGy / fractions), on the treatment days from `startDate` (by
 * default the next Monday) at `clock`, skipping break and missed days, unless an imported schedule
 * gives the fractions; the user's part is the list of library regimens and the model edits.
 */
export interface TherapyState {
  readonly startDate: string;
  readonly clock: string;
  /** Regimen ids of DEFAULT_REGIMEN_LIBRARY or of userRegimens, in the order added. */
  readonly regimenIds: readonly string[];
  /** Regimens the user imported ("Import regimens (JSON)…"), each with its regimens.json entry (sessions keep that and check it again). */
  readonly userRegimens: readonly UserRegimen[];
  /** The RTPLAN the regimens were chosen for; another plan starts again. */
  readonly planUid: string | undefined;
  readonly breakDates: readonly string[];
  readonly missedDates: readonly string[];
  /** Fractions of an imported schedule (replacing the calendar's), and the file they came from. */
  readonly importedFractions: readonly Fraction[] | undefined;
  readonly importedFrom: string | undefined;
  readonly edits: TherapyEdits;
}

/** Fields to set, or to reset with undefined. */
export type Patch<T> = { readonly [K in keyof T]?: T[K] | undefined };

export const WEEKLY_CISPLATIN_ID = 'cisplatin_weekly_40';

export interface UserRegimen {
  readonly regimen: Regimen;
  readonly source: Readonly<Record<string, unknown>>;
}

const blank = (startDate: string): Omit<TherapyState, 'planUid' | 'userRegimens'> => ({ startDate, clock: '09:00', regimenIds: [], breakDates: [], missedDates: [], importedFractions: undefined, importedFrom: undefined, edits: NO_EDITS });

export const therapyStore = createStore<TherapyState>(() => ({ ...blank(nextMonday(new Date())), userRegimens: [], planUid: undefined }));

export interface RegimenOption {
  readonly id: string;
  readonly name: string;
  /** An imported regimen, not one of the default library. */
  readonly user: boolean;
}

/** The default library's regimens as picker options. */
export const regimenOptions: readonly RegimenOption[] = DEFAULT_REGIMEN_LIBRARY.regimens.map((r) => ({ id: r.id, name: r.name, user: false }));

/** The picker's options: the default library, then the user's imported regimens. */
export function regimenOptionsOf(state: Pick<TherapyState, 'userRegimens'>): RegimenOption[] {
  return [...regimenOptions, ...state.userRegimens.map(({ regimen }) => ({ id: regimen.id, name: regimen.name, user: true }))];
}

const isKnownRegimen = (state: TherapyState, id: string): boolean => regimenOptionsOf(state).some((option) => option.id === id);

export function addRegimen(id: string): void {
  therapyStore.setState((state) => (state.regimenIds.includes(id) || !isKnownRegimen(state, id) ? state : { regimenIds: [...state.regimenIds, id] }));
}

/**
 * Imports user regimens from a file in the regimens.json format (`{ "agents": [...] }`): the good
 * ones join the picker (a regimen imported again with the same id replaces the earlier one, so a
 * user edits a regimen by editing the file and importing it again); returns one line per problem,
 * naming regimen id and field (those regimens are left out), or the count imported.
 */
export function importRegimens(fileName: string, text: string): string[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return [`${fileName}: not JSON (${(error as Error).message}); nothing imported`];
  }
  const parsed = parseUserRegimens(json);
  const messages = parsed.problems.map((p) => `${fileName}: ${p.message}; ${p.regimenId === '(library)' ? 'write { "agents": [ ... ] } as in regimens.json' : 'regimen left out'}`);
  if (parsed.regimens.length > 0) {
    const ids = new Set(parsed.regimens.map(({ regimen }) => regimen.id));
    therapyStore.setState((state) => ({ userRegimens: [...state.userRegimens.filter(({ regimen }) => !ids.has(regimen.id)), ...parsed.regimens] }));
  }
  messages.push(`${fileName}: ${parsed.regimens.length} regimen${parsed.regimens.length === 1 ? '' : 's'} imported${parsed.regimens.length > 0 ? ` (${[...parsed.regimens.map(({ regimen }) => regimen.id)].join(', ')}); pick them under "user" in the regimen list` : ''}`);
  return messages;
}

/** Drops an imported regimen, and takes it out of the scenario if it was added. */
export function removeUserRegimen(id: string): void {
  therapyStore.setState((state) => ({ userRegimens: state.userRegimens.filter(({ regimen }) => regimen.id !== id), regimenIds: state.regimenIds.filter((candidate) => candidate !== id) }));
}

export function removeRegimen(id: string): void {
  therapyStore.setState((state) => ({ regimenIds: state.regimenIds.filter((candidate) => candidate !== id) }));
}

/** A real YYYY-MM-DD date, or nothing happens. */
export function setStartDate(startDate: string): void {
  if (isDate(startDate)) therapyStore.setState({ startDate });
}

/** A 24-hour HH:MM time of day of the fractions, or nothing happens. */
export function setClock(clock: string): void {
  if (isClock(clock)) therapyStore.setState({ clock });
}

export type CalendarList = 'breakDates' | 'missedDates';

/** Adds a break or missed day (kept sorted, once); returns why not when the date is not one. */
export function addCalendarDate(list: CalendarList, date: string): string | undefined {
  if (!isDate(date)) return `"${date}" is not a date; pick one or write YYYY-MM-DD`;
  therapyStore.setState((state) => (state[list].includes(date) ? state : { [list]: [...state[list], date].sort() }));
  return undefined;
}

export function removeCalendarDate(list: CalendarList, date: string): void {
  therapyStore.setState((state) => ({ [list]: state[list].filter((candidate) => candidate !== date) }));
}

/** Sets (a value) or resets (undefined) fields of an agent's edit; an empty edit is removed. */
export function editAgent(agentId: string, patch: Patch<AgentEdit>): void {
  therapyStore.setState((state) => ({ edits: { ...state.edits, agents: patched(state.edits.agents, agentId, patch) } }));
}

export function resetAgent(agentId: string): void {
  therapyStore.setState((state) => ({ edits: { ...state.edits, agents: without(state.edits.agents, agentId) } }));
}

export function editAdministration(key: string, patch: Patch<AdministrationEdit>): void {
  therapyStore.setState((state) => ({ edits: { ...state.edits, administrations: patched(state.edits.administrations, key, patch) } }));
}

export function resetAdministration(key: string): void {
  therapyStore.setState((state) => ({ edits: { ...state.edits, administrations: without(state.edits.administrations, key) } }));
}

/** Enters an administration by hand (agent of an added regimen, time as model hours, dose, infusion hours). */
export function enterAdministration(administration: Administration): void {
  therapyStore.setState((state) => ({ edits: { ...state.edits, entered: [...state.edits.entered, administration].sort((a, b) => a.startH - b.startH) } }));
}

export function replaceEntered(index: number, administration: Administration): void {
  therapyStore.setState((state) => ({ edits: { ...state.edits, entered: state.edits.entered.map((a, i) => (i === index ? administration : a)) } }));
}

export function removeEntered(index: number): void {
  therapyStore.setState((state) => ({ edits: { ...state.edits, entered: state.edits.entered.filter((_, i) => i !== index) } }));
}

/** Brings back an agent's generated administrations that an imported schedule replaced. */
export function restoreGenerated(agentId: string): void {
  therapyStore.setState((state) => ({ edits: { ...state.edits, replacedAgentIds: state.edits.replacedAgentIds.filter((id) => id !== agentId) } }));
}

export function setStructureAlphaBeta(name: string, alphaBetaGy: number | undefined): void {
  therapyStore.setState((state) => ({ edits: { ...state.edits, structures: patched<StructureEdit>(state.edits.structures, name, { alphaBetaGy }) } }));
}

/** Switches a structure's repopulation on (with `repopulation`, by default §1.3's Tk 21 d, K 0.9 Gy10/day) or off (undefined). */
export function setStructureRepopulation(name: string, repopulation: RepopulationEdit | undefined): void {
  therapyStore.setState((state) => ({ edits: { ...state.edits, structures: patched<StructureEdit>(state.edits.structures, name, { repopulation }) } }));
}

export function setOarView(oarView: OarDmfView): void {
  therapyStore.setState((state) => ({ edits: { ...state.edits, oarView } }));
}

/** Back to the calendar's fractions after an import. */
export function useCalendarFractions(): void {
  therapyStore.setState({ importedFractions: undefined, importedFrom: undefined });
}

/**
 * Takes an imported schedule (scheduleFile.ts): its start date and fractions, and its
 * administrations in place of the generated ones of their agents; the regimens of those agents are
 * added. Returns one line per administration whose agent is not of the library (left out).
 */
export function importSchedule(schedule: { readonly startDate: string; readonly fractions: readonly Fraction[]; readonly administrations: readonly Administration[] }, fileName: string): string[] {
  const problems: string[] = [];
  const known = regimenOptionsOf(therapyStore.getState());
  const administrations = schedule.administrations.filter((a) => {
    const ok = known.some((option) => option.id === regimenIdOf(a.agentId));
    if (!ok) problems.push(`${fileName}: administration of "${a.agentId}" at ${a.startH} h: not an agent of the regimen library; left out`);
    return ok;
  });
  therapyStore.setState((state) => ({
    ...(isDate(schedule.startDate) ? { startDate: schedule.startDate } : {}),
    importedFractions: schedule.fractions.length > 0 ? schedule.fractions : undefined,
    importedFrom: schedule.fractions.length > 0 ? fileName : undefined,
    regimenIds: [...new Set([...state.regimenIds, ...administrations.map((a) => regimenIdOf(a.agentId))])],
    edits: { ...state.edits, administrations: {}, entered: administrations, replacedAgentIds: [...new Set(administrations.map((a) => a.agentId))] },
  }));
  return problems;
}

/** `cross_carboplatin` of `cross_carboplatin`, `anal_fu_mmc_rtog9811` of `anal_fu_mmc_rtog9811/mitomycin`. */
export const regimenIdOf = (agentId: string): string => agentId.split('/')[0] ?? agentId;

/**
 * Keeps the scenario for the same plan; another plan (a new case) starts again, with the preset
 * shipped for it (the demo plan's weekly cisplatin) or with none.
 */
export function followPlan(planUid: string | undefined): void {
  if (therapyStore.getState().planUid === planUid) return;
  const preset = presetForPlan(planUid);
  // The user's imported regimens are a library, not part of one plan's scenario: they stay.
  therapyStore.setState((state) => ({
    ...blank(preset?.startDate ?? state.startDate),
    planUid,
    ...(preset === undefined ? {} : { clock: preset.clock, regimenIds: preset.regimenIds.filter((id) => isKnownRegimen(state, id)) }),
  }));
}

/** The timeline input for a plan, or why there is none. */
export function timelineInput(state: TherapyState, plan: RtPlan | undefined, structureSet: StructureSet | undefined): TimelineInput | string {
  if (plan === undefined) return 'No RTPLAN in this case: the timeline needs its fractions.';
  const fractions = plan.fractionsPlanned;
  if (fractions === undefined || !(Number.isInteger(fractions) && fractions >= 1)) return 'The RTPLAN gives no number of fractions planned.';
  if (plan.prescriptionGy === undefined) return 'The RTPLAN gives no prescription dose.';
  return {
    startDate: state.startDate,
    clock: state.clock,
    fractionCount: fractions,
    doseGyPerFraction: plan.prescriptionGy / fractions,
    regimenIds: state.regimenIds,
    userRegimens: state.userRegimens.map(({ regimen }) => regimen),
    structures: (structureSet?.rois ?? []).map((roi) => ({ name: roi.name, interpretedType: roi.interpretedType })),
    breakDates: state.breakDates,
    missedDates: state.missedDates,
    ...(state.importedFractions === undefined ? {} : { fractions: state.importedFractions }),
    edits: state.edits,
  };
}

/** Whether a calendar reader accepts the text (they throw on what they refuse). */
function reads(read: () => unknown): boolean {
  try {
    read();
    return true;
  } catch {
    return false;
  }
}

const isDate = (date: string): boolean => reads(() => dayNumber(date, 'date'));
const isClock = (clock: string): boolean => reads(() => clockHours(clock, 'clock'));

/** The record with `key`'s entry patched: a field set to undefined is removed, and an entry left empty too. */
function patched<T extends object>(record: Readonly<Record<string, T>>, key: string, patch: Patch<T>): Readonly<Record<string, T>> {
  const entry: Record<string, unknown> = { ...(record[key] ?? {}) };
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) delete entry[field];
    else entry[field] = value;
  }
  return Object.keys(entry).length === 0 ? without(record, key) : { ...record, [key]: entry as T };
}

function without<T>(record: Readonly<Record<string, T>>, key: string): Readonly<Record<string, T>> {
  const { [key]: _dropped, ...rest } = record;
  return rest;
}
