import type { Administration } from './administration.js';
import { inWindow, type AgentCourse } from './sensitisation.js';

/**
 * Timing and overlap warnings of a schedule (docs/sensitisation-model.md §4.3, §4.7, §4.9, §4.10).
 * They describe the model's inputs; none of them is clinical advice.
 */
export type TimingWarningCode = 'administrationSensitisesNothing' | 'fractionOutsideWindow' | 'infusionTooCloseToFraction' | 'fractionsUnder6h' | 'overlayWithDmf' | 'dmfBelowOne';

export interface TimingWarning {
  readonly code: TimingWarningCode;
  readonly agentId: string | undefined;
  /** Fraction index (0-based) it concerns, if any. */
  readonly fractionIndex: number | undefined;
  readonly message: string;
}

/** Fractions closer than this are not fully repaired (§1.4, §4.10; SFRO_LQ: ≥ 6–8 h). */
const fullRepairGapH = 6;

export function timingWarnings(timesH: readonly number[], agents: readonly AgentCourse[]): TimingWarning[] {
  const warnings: TimingWarning[] = [];
  const add = (code: TimingWarningCode, agentId: string | undefined, fractionIndex: number | undefined, message: string): void => {
    warnings.push({ code, agentId, fractionIndex, message });
  };
  timesH.forEach((timeH, i) => {
    const previous = timesH[i - 1];
    if (previous !== undefined && timeH - previous < fullRepairGapH) add('fractionsUnder6h', undefined, i, `fractions ${i} and ${i + 1} are ${(timeH - previous).toFixed(1)} h apart (< 6 h): incomplete repair between them is not modelled`);
  });
  for (const agent of agents) {
    if (agent.effectModel !== 'dmf' && agent.dmf !== 1) add('overlayWithDmf', agent.agentId, undefined, `${agent.agentId} is a timeline overlay (${agent.effectModel}); its DMF ${agent.dmf} is experimental and not evidence-based`);
    if (agent.dmf < 1) add('dmfBelowOne', agent.agentId, undefined, `${agent.agentId} has DMF ${agent.dmf} < 1 (sub-additive or protective)`);
    if (agent.effectModel === 'dmf' && agent.dmf !== 1) windowWarnings(timesH, agent, add);
    if (agent.completeBeforeRtH !== undefined) infusionWarnings(timesH, agent, agent.completeBeforeRtH, add);
  }
  return warnings;
}

type Add = (code: TimingWarningCode, agentId: string | undefined, fractionIndex: number | undefined, message: string) => void;

function windowWarnings(timesH: readonly number[], agent: AgentCourse, add: Add): void {
  const { windowH } = agent;
  if (windowH === undefined || agent.mode !== 'window') return;
  for (const administration of agent.administrations) {
    if (!timesH.some((timeH) => inWindow(windowH, administration, timeH))) add('administrationSensitisesNothing', agent.agentId, undefined, `${agent.agentId} at ${administration.startH} h sensitises no fraction (window ${windowH.startH}..${windowH.endH} h from ${windowH.relativeTo})`);
  }
  timesH.forEach((timeH, i) => {
    const sameDay = agent.administrations.filter((administration) => dayOf(administration.startH) === dayOf(timeH));
    if (sameDay.length > 0 && !agent.administrations.some((administration) => inWindow(windowH, administration, timeH))) {
      add('fractionOutsideWindow', agent.agentId, i, `fraction ${i + 1} is on a day ${agent.agentId} is given but outside its window (${windowH.startH}..${windowH.endH} h)`);
    }
  });
}

function infusionWarnings(timesH: readonly number[], agent: AgentCourse, beforeH: number, add: Add): void {
  timesH.forEach((timeH, i) => {
    const late = agent.administrations.find((a: Administration) => dayOf(a.startH) === dayOf(timeH) && a.startH <= timeH && a.startH + a.infusionH > timeH - beforeH);
    if (late !== undefined) add('infusionTooCloseToFraction', agent.agentId, i, `fraction ${i + 1}: ${agent.agentId} infusion ends at ${late.startH + late.infusionH} h, less than ${beforeH} h before the fraction at ${timeH} h`);
  });
}

const dayOf = (timeH: number): number => Math.floor(timeH / 24);
