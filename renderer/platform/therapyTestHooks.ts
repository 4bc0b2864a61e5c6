import { doseAt } from '../../src/case/probe.js';
import { dayNumber } from '../../src/therapy/calendar.js';
import { dvhPlotData } from '../panels/dvh/dvhPlotData.js';
import { caseStore } from '../state/caseStore.js';
import { dvhStore } from '../state/dvhStore.js';
import { selectedObjects } from '../state/selectedObjects.js';
import { currentTimeline } from '../therapy/currentTimeline.js';
import { doseModeStore, setDoseMode, setThroughFraction } from '../therapy/doseModeStore.js';
import { shownDose } from '../therapy/shownDose.js';
import type { PlanLensTherapyTestHooks } from './therapyTestHookTypes.js';

declare global {
  interface Window { planlensTherapy?: PlanLensTherapyTestHooks }
}

/** Installs window.planlensTherapy (therapyTestHookTypes.ts). */
export function installTherapyTestHooks(): void {
  window.planlensTherapy = {
    setDoseMode,
    setThroughFraction: (fraction) => {
      const timeline = currentTimeline();
      if (typeof timeline === 'string') doseModeStore.setState({ throughFraction: fraction });
      else setThroughFraction(fraction, timeline.fractions.length);
    },
    shown: () => {
      const s = shownDose();
      return { mode: s.mode, derived: s.derived, throughFraction: s.throughFraction, fractionCount: s.fractionCount, caption: s.caption, problem: s.problem, masksPending: s.masksPending, maxGy: s.grid?.maxValue };
    },
    shownDoseAt: (pointLps) => doseAt(shownDose().grid, pointLps),
    fractions: () => {
      const timeline = currentTimeline();
      if (typeof timeline === 'string') return [];
      // Day 0 of the calendar is 1970-01-01, a Thursday (weekday 4).
      const day0 = dayNumber(timeline.startDate, 'start date');
      return timeline.fractions.map((f) => ({ timeH: f.timeH, weekday: (day0 + Math.floor(f.timeH / 24) + 4) % 7, doseGy: f.doseGy }));
    },
    dvhCurves: (roiName) => {
      const rois = selectedObjects(caseStore.getState()).structureSet?.rois ?? [];
      const index = rois.findIndex((roi) => roi.name === roiName);
      const entry = dvhStore.getState().rois.find((roi) => roi.roiName === roiName);
      if (index < 0 || entry?.status.status !== 'done' || entry.status.data === undefined) return undefined;
      const shown = shownDose();
      const polynomial = shown.roiPolynomials[index];
      const data = dvhPlotData([entry.status.data], 'percent', shown.derived && polynomial !== undefined ? [polynomial] : undefined);
      const shownColumn = data.shownVolumes?.[0];
      return { doseGy: [...data.doseGy], physicalPercent: [...(data.volumes[0] ?? [])], shownPercent: shownColumn === undefined ? undefined : [...shownColumn] };
    },
  };
}
