import type { Administration } from '../../src/therapy/administration.js';
import type { DmfRange, PkModel, RegimenComponent } from '../../src/therapy/regimen.js';
import type { ActivityMode, AgentCourse } from '../../src/therapy/sensitisation.js';

/**
 * The user's edits of the therapy model (docs/sensitisation-model.md §4.8), as plain data the
 * store holds and buildTimeline applies (pure: no React, no DOM). An absent field is "the default
 * of the regimen library"; resetting a parameter removes its field.
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

/** An edit of one generated administration (§4.8 "per administration: time, dose, omitted"). */
export interface AdministrationEdit {
  /** Hours from 00:00 of RT day 0 (it moves with the start date, as the generated time does). */
  readonly startH?: number;
  readonly dose?: number;
  readonly omitted?: boolean;
}

/** Repopulation of §1.3: kick-off time Tk (days) and K in BED units (Gy_(α/β)/day). */
export interface RepopulationEdit {
  readonly kickoffDays: number;
  readonly kBedGyPerDay: number;
}

export interface StructureEdit {
  readonly alphaBetaGy?: number;
  /** Present = repopulation on for this structure (off, the default, for every structure: §1.3). */
  readonly repopulation?: RepopulationEdit;
}

/** What switching repopulation on starts from: the §1.3 H&N default Tk = 21 d, K = 0.9 Gy10/day [A]. */
export const DEFAULT_REPOPULATION: RepopulationEdit = { kickoffDays: 21, kBedGyPerDay: 0.9 };
export const REPOPULATION_EVIDENCE = 'A';
export const REPOPULATION_CITATIONS: readonly string[] = ['Pedicini2015', 'Withers1988', 'Dale2002', 'RCR2019'];

/** The EQD2 rate ("Dprolif", Gy/day) of K in BED units: K / (1 + 2/(α/β)) (§1.3). */
export const eqd2RatePerDay = (kBedGyPerDay: number, alphaBetaGy: number): number => kBedGyPerDay / (1 + 2 / alphaBetaGy);

/** §4.5: OARs take DMF 1.0 (tumour-only, the default) or the tumour DMF (worst case). */
export type OarDmfView = 'tumourOnly' | 'worstCase';

export interface TherapyEdits {
  /** By agent id (RegimenComponent.agentId). */
  readonly agents: Readonly<Record<string, AgentEdit>>;
  /** By administrationKey of a generated administration. */
  readonly administrations: Readonly<Record<string, AdministrationEdit>>;
  /** Administrations entered by hand or imported, beside the generated ones. */
  readonly entered: readonly Administration[];
  /** Agents whose generated administrations are replaced by the entered ones (an imported schedule). */
  readonly replacedAgentIds: readonly string[];
  /** By ROI name. */
  readonly structures: Readonly<Record<string, StructureEdit>>;
  readonly oarView: OarDmfView;
}

export const NO_EDITS: TherapyEdits = { agents: {}, administrations: {}, entered: [], replacedAgentIds: [], structures: {}, oarView: 'tumourOnly' };

/** The key of the n-th (from 1) generated administration of an agent. */
export const administrationKey = (agentId: string, ordinal: number): string => `${agentId}#${ordinal}`;

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

/** One administration as the editor lists it: a generated one (maybe edited or omitted) or an entered one. */
export interface AdministrationRow {
  /** administrationKey for a generated one; `entered#<index in TherapyEdits.entered>` for an entered one. */
  readonly key: string;
  readonly agentId: string;
  readonly source: 'generated' | 'entered';
  /** The generated administration before edits (generated rows only). */
  readonly generated: Administration | undefined;
  /** What the model uses; undefined when omitted. */
  readonly used: Administration | undefined;
  readonly enteredIndex: number | undefined;
}

/** The agent's administrations after the edits: generated ones edited or omitted (unless replaced), then the entered ones. */
export function administrationRows(agentId: string, generated: readonly Administration[], edits: TherapyEdits): AdministrationRow[] {
  const rows: AdministrationRow[] = [];
  if (!edits.replacedAgentIds.includes(agentId)) {
    generated.filter((a) => a.agentId === agentId).forEach((a, i) => {
      const key = administrationKey(agentId, i + 1);
      const edit = edits.administrations[key];
      const used = edit?.omitted === true ? undefined : { ...a, startH: edit?.startH ?? a.startH, dose: edit?.dose ?? a.dose };
      rows.push({ key, agentId, source: 'generated', generated: a, used, enteredIndex: undefined });
    });
  }
  edits.entered.forEach((a, index) => {
    if (a.agentId === agentId) rows.push({ key: `entered#${index}`, agentId, source: 'entered', generated: undefined, used: a, enteredIndex: index });
  });
  return rows;
}
