import type { Administration } from './administration.js';
import { concentration } from './pk.js';
import type { EffectModel, PkModel, RegimenComponent, SensitisationWindow } from './regimen.js';

export type ActivityMode = 'window' | 'concentration';
export type CombineRule = 'product' | 'max';

/** One agent as the model uses it: its PK, windowH, DMF (user value), mode and administrations. */
export interface AgentCourse {
  readonly agentId: string;
  readonly pk: PkModel;
  readonly windowH: SensitisationWindow | undefined;
  readonly effectModel: EffectModel;
  /** Tumour DMF (§4.4 DMF_k); OARs get theirs through DmfScope. */
  readonly dmf: number;
  readonly mode: ActivityMode;
  /** dose_ref of §4.2: r_j = dose_j / referenceDose. */
  readonly referenceDose: number;
  readonly administrations: readonly Administration[];
  /** Interruption rule: infusion end at least this many hours before a same-day fraction. */
  readonly completeBeforeRtH: number | undefined;
}

/** An AgentCourse with the component's defaults: DMF default, window mode, its own dose as reference. */
export function agentCourse(component: RegimenComponent, administrations: readonly Administration[]): AgentCourse {
  const s = component.schedule;
  return {
    agentId: component.agentId,
    pk: component.pk,
    windowH: component.windowH,
    effectModel: component.effectModel,
    dmf: component.dmf.default,
    mode: 'window',
    referenceDose: s.dose ?? s.doses?.at(-1) ?? 1,
    administrations: administrations.filter((administration) => administration.agentId === component.agentId),
    completeBeforeRtH: s.completeBeforeRtH,
  };
}

/** Whether a time is inside the window of one administration (§4.3, both ends inclusive). */
export function inWindow(windowH: SensitisationWindow, administration: Administration, timeH: number): boolean {
  const elapsedH = timeH - administration.startH;
  const endH = windowH.relativeTo === 'infusionEnd' ? administration.infusionH + windowH.endH : windowH.endH;
  return elapsedH >= windowH.startH && elapsedH <= endH;
}

/**
 * s_ik of §4.4 at a fraction time: window mode 1 if in the window of any administration, else 0;
 * concentration mode C_k(t) = min(1, Σ_j c_j). An agent without a window (overlays) uses its curve.
 */
export function agentActivity(agent: AgentCourse, timeH: number): number {
  const { windowH } = agent;
  if (agent.mode === 'window' && windowH !== undefined) return agent.administrations.some((administration) => inWindow(windowH, administration, timeH)) ? 1 : 0;
  let sum = 0;
  for (const administration of agent.administrations) sum += concentration(agent.pk, timeH - administration.startH, administration.dose / agent.referenceDose, administration.infusionH);
  return Math.min(1, sum);
}

/**
 * m_i of §4.4 for each fraction time: Π_k (1 + (DMF_k − 1) s_ik), or max_k. `dmfOf` gives the
 * structure's DMF for each agent (1 = no effect in that structure). No agents gives exactly 1.
 */
export function fractionModifiers(timesH: readonly number[], agents: readonly AgentCourse[], dmfOf: (agent: AgentCourse) => number, combine: CombineRule = 'product'): Float64Array {
  const dmfs = agents.map(dmfOf);
  return Float64Array.from(timesH, (timeH) => {
    let modifier = 1;
    agents.forEach((agent, k) => {
      const factor = 1 + ((dmfs[k] ?? 1) - 1) * agentActivity(agent, timeH);
      modifier = combine === 'product' ? modifier * factor : Math.max(modifier, factor);
    });
    return modifier;
  });
}
