import { buildFractions } from '../../therapy/calendar.js';
import { dosePolynomial, mapDoseVolume } from '../../therapy/doseMode.js';
import type { StructureModel } from '../../therapy/effectiveDose.js';
import { defaultRegimen } from '../../therapy/regimenLibrary.js';
import { expandRegimen } from '../../therapy/schedule.js';
import { agentCourse, fractionModifiers } from '../../therapy/sensitisation.js';
import { loadCaseFromPaths } from '../readInputs.js';
import { median } from './stats.js';

const runs = 21;

/**
 * The sensitised-EQD2 map of a whole dose grid recomputed after a parameter change (the cisplatin
 * DMF stepped each run), as the therapy panel does: modifiers of 35 fractions with weekly cisplatin
 * (§5.1 A2), a polynomial per voxel class (target and OAR), then one pass over the grid and its class
 * map into a reused output. Target < 100 ms.
 */
export async function benchmarkTherapy(doseFile: string): Promise<string[]> {
  const grid = (await loadCaseFromPaths([doseFile])).doses[0]?.grid;
  const cisplatin = defaultRegimen('cisplatin_weekly_40');
  if (grid === undefined || cisplatin === undefined) return [`therapy: ${doseFile} gave no dose grid (or the regimen library lacks cisplatin_weekly_40); skipped`];
  const fractions = buildFractions({ startDate: '2026-01-05', fractionCount: 35, doseGyPerFraction: 2, clock: '09:00' });
  const timesH = fractions.map((f) => f.timeH);
  const { administrations } = expandRegimen(cisplatin, { fractionDays: timesH.map((t) => Math.floor(t / 24)) });
  const base = cisplatin.components.map((component) => agentCourse(component, administrations));
  const target: StructureModel = { name: 'target', alphaBetaGy: 10, dmfScope: 'target', repopulation: { kickoffDays: 21, kBedGyPerDay: 0.9 } };
  const oar: StructureModel = { name: 'OAR', alphaBetaGy: 3, dmfScope: 'oarWorstCase' };
  const doseShares = timesH.map(() => 1 / timesH.length);
  // Two voxel classes, as the views have them (target and the rest), alternating so that every voxel looks its class up.
  const classes = new Uint8Array(grid.values.length).map((_, v) => v % 2);
  const out = new Float32Array(grid.values.length);
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    const agents = base.map((agent) => ({ ...agent, dmf: 1.1 + run * 0.01 }));
    const modifiers = fractionModifiers(timesH, agents, (agent) => agent.dmf);
    const polynomials = [target, oar].map((model) => dosePolynomial('sensitisedEqd2', { model, modifiers, timesH, doseShares }, timesH.length));
    mapDoseVolume(grid.values, classes, polynomials, out);
    times.push(performance.now() - start);
  }
  const ms = median(times);
  return [`therapy sensitised EQD2 on a ${grid.dimensions.join(' x ')} dose grid (${(grid.values.length / 1e6).toFixed(2)} M voxels), 35 fractions with weekly cisplatin, after a DMF change:`, `  median of ${runs}: ${ms.toFixed(2)} ms (target < 100 ms), ${((ms * 1e6) / grid.values.length).toFixed(1)} ns per voxel`];
}
