import type { TherapySnapshot } from '../../src/session/therapySnapshot.js';
import { parseUserRegimens } from '../../src/therapy/regimenLibrary.js';
import type { AgentEdit } from '../../src/therapy/agentEdit.js';
import { therapyStore, type TherapyState } from './therapyStore.js';

/**
 * The therapy store as a session holds it (src/session/therapySnapshot.ts), and back. Records by
 * id become lists of entries that name their id; restoring binds the scenario to the plan shown
 * (so that the timeline's followPlan keeps it).
 */
export function therapySnapshotOf(state: TherapyState): TherapySnapshot {
  const { edits } = state;
  return {
    startDate: state.startDate,
    clock: state.clock,
    regimenIds: [...state.regimenIds],
    breakDates: [...state.breakDates],
    missedDates: [...state.missedDates],
    ...(state.importedFractions === undefined ? {} : { importedFractions: state.importedFractions.map((f) => ({ timeH: f.timeH, doseGy: f.doseGy })) }),
    ...(state.importedFrom === undefined ? {} : { importedFrom: state.importedFrom }),
    agents: Object.entries(edits.agents).map(([agentId, edit]) => ({ agentId, ...edit })),
    administrations: Object.entries(edits.administrations).map(([key, edit]) => ({ key, ...edit })),
    entered: edits.entered.map((a) => ({ agentId: a.agentId, startH: a.startH, dose: a.dose, unit: a.unit, infusionH: a.infusionH })),
    replacedAgentIds: [...edits.replacedAgentIds],
    structures: Object.entries(edits.structures).flatMap(([name, edit]) => (edit.alphaBetaGy === undefined && edit.repopulation === undefined ? [] : [{
      name,
      ...(edit.alphaBetaGy === undefined ? {} : { alphaBetaGy: edit.alphaBetaGy }),
      ...(edit.repopulation === undefined ? {} : { repopulation: { kickoffDays: edit.repopulation.kickoffDays, kBedGyPerDay: edit.repopulation.kBedGyPerDay } }),
    }])),
    oarView: edits.oarView,
    ...(state.userRegimens.length === 0 ? {} : { userRegimens: state.userRegimens.map(({ source }) => source) }),
  };
}

/** The store state of a snapshot, for the plan now shown. */
export function therapyStateOf(snapshot: TherapySnapshot, planUid: string | undefined): TherapyState {
  return {
    planUid,
    startDate: snapshot.startDate,
    clock: snapshot.clock,
    regimenIds: [...snapshot.regimenIds],
    userRegimens: parseUserRegimens({ agents: snapshot.userRegimens ?? [] }).regimens,
    breakDates: [...snapshot.breakDates],
    missedDates: [...snapshot.missedDates],
    importedFractions: snapshot.importedFractions?.map((f, index) => ({ index, timeH: f.timeH, doseGy: f.doseGy })),
    importedFrom: snapshot.importedFractions === undefined ? undefined : (snapshot.importedFrom ?? 'the session'),
    edits: {
      agents: Object.fromEntries(snapshot.agents.map(({ agentId, ...edit }): [string, AgentEdit] => [agentId, edit])),
      administrations: Object.fromEntries(snapshot.administrations.map(({ key, ...edit }) => [key, edit])),
      entered: snapshot.entered.map((a) => ({ ...a })),
      replacedAgentIds: [...snapshot.replacedAgentIds],
      structures: Object.fromEntries(snapshot.structures.map(({ name, ...edit }) => [name, edit])),
      oarView: snapshot.oarView,
    },
  };
}

export function restoreTherapy(snapshot: TherapySnapshot, planUid: string | undefined): void {
  therapyStore.setState(therapyStateOf(snapshot, planUid));
}
