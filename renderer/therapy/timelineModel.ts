import type { Administration, Fraction } from '../../src/therapy/administration.js';
import { buildFractions, dateTimeOf } from '../../src/therapy/calendar.js';
import { courseBed, structureDmf, type CourseBed, type DmfScope, type StructureModel } from '../../src/therapy/effectiveDose.js';
import { concentration } from '../../src/therapy/pk.js';
import type { Regimen, RegimenComponent } from '../../src/therapy/regimen.js';
import { findRegimen } from '../../src/therapy/regimenLibrary.js';
import { MODEL_CAVEAT } from '../../src/therapy/scenario.js';
import { expandRegimen } from '../../src/therapy/schedule.js';
import { agentCourse, fractionModifiers, type AgentCourse } from '../../src/therapy/sensitisation.js';
import { timingWarnings, type TimingWarning } from '../../src/therapy/timingWarnings.js';
import { alphaBetaForTissue, suggestAlphaBeta } from '../../src/radiobiology/alphaBetaDefaults.js';
import { editedAgent } from '../../src/therapy/agentEdit.js';
import { administrationRows, NO_EDITS, type AdministrationRow, type OarDmfView, type RepopulationEdit, type TherapyEdits } from './therapyEdits.js';

/**
 * The therapy timeline as data (pure: no React, no DOM): the RT course of the open plan with the
 * chosen library regimens, run through src/therapy the way `planlens schedule` does (product rule,
 * LQ option A), with the user's edits (therapyEdits.ts): calendar breaks and missed days,
 * administrations edited, omitted or entered, per-agent DMF, window, mode and half-lives,
 * per-structure α/β and repopulation (off unless switched on, §1.3) and the OAR DMF view
 * (tumour-only by default, §4.5). Regimen ids are looked up in the default library, then in the
 * user's imported regimens.
 */
export interface TimelineInput {
  readonly startDate: string;
  readonly clock: string;
  readonly fractionCount: number;
  readonly doseGyPerFraction: number;
  readonly regimenIds: readonly string[];
  /** Regimens the user imported (parseUserRegimens), which regimenIds may name. */
  readonly userRegimens?: readonly Regimen[];
  /** ROI name and RTROIInterpretedType of each structure to total. */
  readonly structures: readonly { readonly name: string; readonly interpretedType: string }[];
  /** Days without treatment and days a fraction was missed (calendar.ts moves the fractions on). */
  readonly breakDates?: readonly string[];
  readonly missedDates?: readonly string[];
  /** Fractions of an imported schedule; they replace the calendar's (and its count and dose). */
  readonly fractions?: readonly Fraction[];
  readonly edits?: TherapyEdits;
}

export interface TimelineStructure {
  readonly name: string;
  readonly role: 'target' | 'oar';
  readonly alphaBetaGy: number;
  /** The α/β it would have without the user's edit (10 Gy targets, 3 Gy OARs). */
  readonly defaultAlphaBetaGy: number;
  readonly dmfScope: DmfScope;
  /** The structure's full model parameters and its per-fraction modifiers m_i (one per fraction), as the totals and the voxel maps use them. */
  readonly model: StructureModel;
  readonly modifiers: readonly number[];
  readonly bed: CourseBed;
}

export interface TimelineWindow {
  readonly agentId: string;
  readonly startH: number;
  readonly endH: number;
}

export interface TimelineModel {
  readonly caveat: string;
  readonly startDate: string;
  readonly fractions: readonly Fraction[];
  readonly agents: readonly AgentCourse[];
  /** The library component of each agent (same order), whose defaults and ranges the editor shows. */
  readonly components: readonly RegimenComponent[];
  readonly administrations: readonly Administration[];
  /** Every administration for the editor, generated (edited, omitted) and entered, in agent order. */
  readonly administrationRows: readonly AdministrationRow[];
  readonly fractionSource: 'calendar' | 'imported';
  readonly oarView: OarDmfView;
  readonly windows: readonly TimelineWindow[];
  readonly warnings: readonly TimingWarning[];
  readonly notes: readonly string[];
  readonly structures: readonly TimelineStructure[];
  /** Tissue in no structure (the voxel maps' class 0): a late-responding OAR at its default α/β, under the OAR view, never edited. */
  readonly otherTissue: { readonly model: StructureModel; readonly modifiers: readonly number[] };
  /** The time span shown at full zoom-out, hours from 00:00 of RT day 0. */
  readonly spanH: { readonly startH: number; readonly endH: number };
}

const targetAlphaBeta = alphaBetaForTissue('tumour-generic').alphaBetaGy;
const oarAlphaBeta = alphaBetaForTissue('normal-late').alphaBetaGy;

/** The next Monday strictly after `today` (its UTC calendar date), as YYYY-MM-DD. */
export function nextMonday(today: Date): string {
  const day = today.getUTCDay();
  const ahead = ((8 - day) % 7) || 7;
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + ahead)).toISOString().slice(0, 10);
}

/** Target (PTV/CTV/GTV by type or name) gets α/β 10 and the tumour DMF; every other ROI α/β 3 and the OAR DMF of the view. */
export function structureRole(name: string, interpretedType: string): 'target' | 'oar' {
  const suggestion = suggestAlphaBeta(name, interpretedType);
  return suggestion.ok && suggestion.entry.tissueKey === 'tumour-generic' ? 'target' : 'oar';
}

export function buildTimeline(input: TimelineInput): TimelineModel {
  const edits = input.edits ?? NO_EDITS;
  const fractions = input.fractions !== undefined && input.fractions.length > 0 ? [...input.fractions] : calendarFractions(input);
  const timesH = fractions.map((f) => f.timeH);
  const { agents, components, rows, notes } = agentsOf(input.regimenIds, input.userRegimens ?? [], timesH, edits);
  const administrations = agents.flatMap((agent) => agent.administrations).sort((a, b) => a.startH - b.startH);
  const windows: TimelineWindow[] = agents.flatMap((agent) => {
    const w = agent.windowH;
    if (w === undefined) return [];
    return agent.administrations.map((a) => ({ agentId: agent.agentId, startH: a.startH + w.startH, endH: a.startH + (w.relativeTo === 'infusionEnd' ? a.infusionH : 0) + w.endH }));
  });
  const structures = structuresOf(input.structures, fractions, agents, edits);
  const lastH = Math.max(...timesH, ...administrations.map((a) => a.startH + a.infusionH));
  const firstH = Math.min(0, ...timesH, ...administrations.map((a) => a.startH));
  return {
    caveat: MODEL_CAVEAT,
    startDate: input.startDate,
    fractions,
    agents,
    components,
    administrations,
    administrationRows: rows,
    fractionSource: input.fractions !== undefined && input.fractions.length > 0 ? 'imported' : 'calendar',
    oarView: edits.oarView,
    windows,
    warnings: timingWarnings(timesH, agents),
    notes,
    structures,
    otherTissue: otherTissueOf(timesH, agents, edits),
    spanH: { startH: Math.floor(firstH / 24) * 24, endH: (Math.floor(lastH / 24) + 1) * 24 },
  };
}

function calendarFractions(input: TimelineInput): Fraction[] {
  return buildFractions({
    startDate: input.startDate,
    fractionCount: input.fractionCount,
    doseGyPerFraction: input.doseGyPerFraction,
    clock: input.clock,
    ...(input.breakDates === undefined ? {} : { breakDates: input.breakDates }),
    ...(input.missedDates === undefined ? {} : { missedDates: input.missedDates }),
  });
}

interface Agents {
  readonly agents: AgentCourse[];
  readonly components: RegimenComponent[];
  readonly rows: AdministrationRow[];
  readonly notes: string[];
}

/** The agents of the regimens with their edited parameters and administrations. */
function agentsOf(regimenIds: readonly string[], userRegimens: readonly Regimen[], timesH: readonly number[], edits: TherapyEdits): Agents {
  const fractionDays = timesH.map((t) => Math.floor(t / 24));
  const result: Agents = { agents: [], components: [], rows: [], notes: [] };
  for (const id of regimenIds) {
    const regimen = findRegimen(id, userRegimens);
    if (regimen === undefined) {
      result.notes.push(`${id}: not a regimen of the library or of the imported ones`);
      continue;
    }
    const expanded = expandRegimen(regimen, { fractionDays });
    for (const component of regimen.components) {
      const rows = administrationRows(component.agentId, expanded.administrations, edits);
      const used = rows.flatMap((row) => (row.used === undefined ? [] : [row.used])).sort((a, b) => a.startH - b.startH);
      if (!edits.replacedAgentIds.includes(component.agentId)) result.notes.push(...expanded.notes.filter((note) => note.startsWith(`${component.agentId}:`)));
      result.agents.push(editedAgent(agentCourse(component, used), component, edits.agents[component.agentId], result.notes));
      result.components.push(component);
      result.rows.push(...rows);
    }
  }
  const known = new Set(result.agents.map((agent) => agent.agentId));
  for (const a of edits.entered) if (!known.has(a.agentId)) result.notes.push(`${a.agentId}: an entered administration of an agent whose regimen is not added; add the regimen to use it`);
  return { ...result, notes: [...new Set(result.notes)] };
}

function oarScope(edits: TherapyEdits): DmfScope {
  return edits.oarView === 'worstCase' ? 'oarWorstCase' : 'oarTumourOnly';
}

function otherTissueOf(timesH: readonly number[], agents: readonly AgentCourse[], edits: TherapyEdits): TimelineModel['otherTissue'] {
  const model: StructureModel = { name: 'other tissue', alphaBetaGy: oarAlphaBeta, dmfScope: oarScope(edits), lqOption: 'A' };
  return { model, modifiers: Array.from(fractionModifiers(timesH, agents, (agent) => structureDmf(model, agent))) };
}

function structuresOf(input: TimelineInput['structures'], fractions: readonly Fraction[], agents: readonly AgentCourse[], edits: TherapyEdits): TimelineStructure[] {
  const timesH = fractions.map((f) => f.timeH);
  const doses = fractions.map((f) => f.doseGy);
  const rows = input.length > 0 ? input : [{ name: 'Target', interpretedType: 'PTV' }, { name: 'OAR (generic)', interpretedType: '' }];
  return rows.map((row): TimelineStructure => {
    const role = structureRole(row.name, row.interpretedType);
    const defaultAlphaBetaGy = role === 'target' ? targetAlphaBeta : oarAlphaBeta;
    const edited = edits.structures[row.name]?.alphaBetaGy;
    const alphaBetaGy = edited !== undefined && Number.isFinite(edited) && edited > 0 ? edited : defaultAlphaBetaGy;
    const dmfScope = role === 'target' ? ('target' as const) : oarScope(edits);
    const repopulation = validRepopulation(edits.structures[row.name]?.repopulation);
    const model: StructureModel = { name: row.name, alphaBetaGy, dmfScope, lqOption: 'A', ...(repopulation === undefined ? {} : { repopulation }) };
    const modifiers = Array.from(fractionModifiers(timesH, agents, (agent) => structureDmf(model, agent)));
    return { name: row.name, role, alphaBetaGy, defaultAlphaBetaGy, dmfScope, model, modifiers, bed: courseBed(doses, timesH, modifiers, model) };
  });
}

/** A repopulation edit with Tk and K both finite and 0 or more, or undefined (off). */
function validRepopulation(edit: RepopulationEdit | undefined): RepopulationEdit | undefined {
  if (edit === undefined) return undefined;
  const ok = (value: number): boolean => Number.isFinite(value) && value >= 0;
  return ok(edit.kickoffDays) && ok(edit.kBedGyPerDay) ? { kickoffDays: edit.kickoffDays, kBedGyPerDay: edit.kBedGyPerDay } : undefined;
}

/** The agent's normalised drug level (pk.ts, summed over administrations) at each time. */
export function agentLevel(agent: AgentCourse, timesH: readonly number[]): number[] {
  return timesH.map((t) => agent.administrations.reduce((sum, a) => sum + concentration(agent.pk, t - a.startH, a.dose / agent.referenceDose, a.infusionH), 0));
}

export const wallClock = (startDate: string, timeH: number): string => dateTimeOf(startDate, timeH).replace('T', ' ');
