import type { Administration, Fraction } from '../../src/therapy/administration.js';
import { buildFractions, dateTimeOf } from '../../src/therapy/calendar.js';
import { courseBed, structureDmf, type CourseBed, type DmfScope, type StructureModel } from '../../src/therapy/effectiveDose.js';
import { concentration } from '../../src/therapy/pk.js';
import { defaultRegimen } from '../../src/therapy/regimenLibrary.js';
import { MODEL_CAVEAT } from '../../src/therapy/scenario.js';
import { expandRegimen } from '../../src/therapy/schedule.js';
import { agentCourse, fractionModifiers, type AgentCourse } from '../../src/therapy/sensitisation.js';
import { timingWarnings, type TimingWarning } from '../../src/therapy/timingWarnings.js';
import { alphaBetaForTissue, suggestAlphaBeta } from '../../src/radiobiology/alphaBetaDefaults.js';

/**
 * The therapy timeline as data (pure: no React, no DOM): the RT course of the open plan with the
 * chosen library regimens at their defaults, run through src/therapy the way `planlens schedule`
 * does (window mode, default DMF, product rule, LQ option A, no repopulation).
 */
export interface TimelineInput {
  readonly startDate: string;
  readonly clock: string;
  readonly fractionCount: number;
  readonly doseGyPerFraction: number;
  readonly regimenIds: readonly string[];
  /** ROI name and RTROIInterpretedType of each structure to total. */
  readonly structures: readonly { readonly name: string; readonly interpretedType: string }[];
}

export interface TimelineStructure {
  readonly name: string;
  readonly role: 'target' | 'oar';
  readonly alphaBetaGy: number;
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
  readonly administrations: readonly Administration[];
  readonly windows: readonly TimelineWindow[];
  readonly warnings: readonly TimingWarning[];
  readonly notes: readonly string[];
  readonly structures: readonly TimelineStructure[];
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

/** Target (PTV/CTV/GTV by type or name) gets α/β 10 and the tumour DMF; every other ROI α/β 3 and the worst-case OAR DMF. */
export function structureRole(name: string, interpretedType: string): 'target' | 'oar' {
  const suggestion = suggestAlphaBeta(name, interpretedType);
  return suggestion.ok && suggestion.entry.tissueKey === 'tumour-generic' ? 'target' : 'oar';
}

export function buildTimeline(input: TimelineInput): TimelineModel {
  const fractions = buildFractions({ startDate: input.startDate, fractionCount: input.fractionCount, doseGyPerFraction: input.doseGyPerFraction, clock: input.clock });
  const timesH = fractions.map((f) => f.timeH);
  const fractionDays = timesH.map((t) => Math.floor(t / 24));
  const agents: AgentCourse[] = [];
  const notes: string[] = [];
  for (const id of input.regimenIds) {
    const regimen = defaultRegimen(id);
    if (regimen === undefined) {
      notes.push(`${id}: not a regimen of the library`);
      continue;
    }
    const expanded = expandRegimen(regimen, { fractionDays });
    notes.push(...expanded.notes);
    for (const component of regimen.components) agents.push(agentCourse(component, expanded.administrations));
  }
  const administrations = agents.flatMap((agent) => agent.administrations).sort((a, b) => a.startH - b.startH);
  const windows: TimelineWindow[] = agents.flatMap((agent) => {
    const w = agent.windowH;
    if (w === undefined) return [];
    return agent.administrations.map((a) => ({ agentId: agent.agentId, startH: a.startH + w.startH, endH: a.startH + (w.relativeTo === 'infusionEnd' ? a.infusionH : 0) + w.endH }));
  });
  const doses = fractions.map((f) => f.doseGy);
  const rows = input.structures.length > 0 ? input.structures : [{ name: 'Target', interpretedType: 'PTV' }, { name: 'OAR (generic)', interpretedType: '' }];
  const structures = rows.map((row): TimelineStructure => {
    const role = structureRole(row.name, row.interpretedType);
    const model = { name: row.name, alphaBetaGy: role === 'target' ? targetAlphaBeta : oarAlphaBeta, dmfScope: role === 'target' ? ('target' as const) : ('oarWorstCase' as const), lqOption: 'A' as const };
    const modifiers = Array.from(fractionModifiers(timesH, agents, (agent) => structureDmf(model, agent)));
    return { name: row.name, role, alphaBetaGy: model.alphaBetaGy, dmfScope: model.dmfScope, model, modifiers, bed: courseBed(doses, timesH, modifiers, model) };
  });
  const lastH = Math.max(...timesH, ...administrations.map((a) => a.startH + a.infusionH));
  const firstH = Math.min(0, ...administrations.map((a) => a.startH));
  return {
    caveat: MODEL_CAVEAT,
    startDate: input.startDate,
    fractions,
    agents,
    administrations,
    windows,
    warnings: timingWarnings(timesH, agents),
    notes,
    structures,
    spanH: { startH: Math.floor(firstH / 24) * 24, endH: (Math.floor(lastH / 24) + 1) * 24 },
  };
}

/** The agent's normalised drug level (pk.ts, summed over administrations) at each time. */
export function agentLevel(agent: AgentCourse, timesH: readonly number[]): number[] {
  return timesH.map((t) => agent.administrations.reduce((sum, a) => sum + concentration(agent.pk, t - a.startH, a.dose / agent.referenceDose, a.infusionH), 0));
}

export const wallClock = (startDate: string, timeH: number): string => dateTimeOf(startDate, timeH).replace('T', ' ');
