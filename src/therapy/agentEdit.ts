import type { DmfRange, PkModel, RegimenComponent } from './regimen.js';
import type { ActivityMode, AgentCourse } from './sensitisation.js';

/**
 * The user's parameters of one agent (docs/sensitisation-model.md §4.8 per agent), as the app's
 * parameter editor and a `planlens schedule` scenario give them: absent fields keep the library's.
 */
export interface AgentEdit {
  /** Tumour DMF; outside the regimen's validated min..max it applies only with dmfConfirmed. */
  readonly dmf?: number;
  readonly dmfConfirmed?: boolean;
  readonly windowStartH?: number;
  readonly windowEndH?: number;
  readonly mode?: ActivityMode;
  /** Half-life of a 1-compartment or continuous-infusion curve, or the α phase of a 2-compartment one. */
  readonly halfLifeH?: number;
  /** The β (terminal) phase of a 2-compartment curve. */
  readonly halfLifeBetaH?: number;
}

export type DmfStatus = 'inRange' | 'outsideConfirmed' | 'outsideUnconfirmed' | 'invalid';

/** Whether a DMF may be used: inside the validated range, or outside it with the user's confirmation. */
export function dmfStatus(dmf: number, range: DmfRange, confirmed: boolean): DmfStatus {
  if (!(Number.isFinite(dmf) && dmf > 0)) return 'invalid';
  if (dmf >= range.min && dmf <= range.max) return 'inRange';
  return confirmed ? 'outsideConfirmed' : 'outsideUnconfirmed';
}

const positive = (value: number | undefined): value is number => value !== undefined && Number.isFinite(value) && value > 0;

/** The PK curve with edited half-lives (a depot curve has none). */
export function editedPk(pk: PkModel, edit: AgentEdit): PkModel {
  switch (pk.model) {
    case '1c':
    case 'ci':
      return positive(edit.halfLifeH) ? { ...pk, halfLifeH: edit.halfLifeH } : pk;
    case '2c':
      return { ...pk, halfLifeAlphaH: positive(edit.halfLifeH) ? edit.halfLifeH : pk.halfLifeAlphaH, halfLifeBetaH: positive(edit.halfLifeBetaH) ? edit.halfLifeBetaH : pk.halfLifeBetaH };
    default:
      return pk;
  }
}

/**
 * The agent with the user's parameters (§4.8 per agent); a DMF that may not be used, or a window
 * with start after end, keeps the default and says why in `notes`.
 */
export function editedAgent(agent: AgentCourse, component: RegimenComponent, edit: AgentEdit | undefined, notes: string[]): AgentCourse {
  if (edit === undefined) return agent;
  let { dmf } = agent;
  if (edit.dmf !== undefined) {
    const status = dmfStatus(edit.dmf, component.dmf, edit.dmfConfirmed === true);
    if (status === 'inRange' || status === 'outsideConfirmed') dmf = edit.dmf;
    else if (status === 'invalid') notes.push(`${agent.agentId}: DMF ${edit.dmf} is not a number above 0; the default ${component.dmf.default} is used`);
    else notes.push(`${agent.agentId}: DMF ${edit.dmf} lies outside the validated range ${component.dmf.min}–${component.dmf.max}; confirm it to use it (the default ${component.dmf.default} is used)`);
  }
  let { windowH } = agent;
  if (windowH !== undefined && (edit.windowStartH !== undefined || edit.windowEndH !== undefined)) {
    const startH = edit.windowStartH ?? windowH.startH;
    const endH = edit.windowEndH ?? windowH.endH;
    if (Number.isFinite(startH) && Number.isFinite(endH) && startH <= endH) windowH = { ...windowH, startH, endH };
    else notes.push(`${agent.agentId}: window ${startH} h to ${endH} h has its start after its end; the default window is used`);
  }
  return { ...agent, dmf, windowH, mode: edit.mode ?? agent.mode, pk: editedPk(agent.pk, edit) };
}
