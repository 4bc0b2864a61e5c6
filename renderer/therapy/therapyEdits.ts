import type { Administration } from '../../src/therapy/administration.js';
import type { AgentEdit } from '../../src/therapy/agentEdit.js';

/**
 * The user's edits of the therapy model (docs/sensitisation-model.md §4.8), as plain data the
 * store holds and buildTimeline applies (pure: no React, no DOM). An absent field is "the default
 * of the regimen library"; resetting a parameter removes its field.
 */
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
