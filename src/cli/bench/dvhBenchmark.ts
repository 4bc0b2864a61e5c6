import { computeDvh } from '../../dvh/computeDvh.js';
import { loadCaseFromPaths } from '../readInputs.js';
import { median } from './stats.js';

const runs = 5;

/**
 * All ROIs of a structure set against one dose grid with the default settings, `runs` times:
 * median total time, time per ROI, and the sample points each ROI got.
 */
export async function benchmarkDvh(structureSetFile: string, doseFile: string): Promise<string[]> {
  const reviewCase = await loadCaseFromPaths([structureSetFile, doseFile]);
  const rois = reviewCase.structureSets[0]?.rois ?? [];
  const grid = reviewCase.doses[0]?.grid;
  if (grid === undefined || rois.length === 0) return [`dvh: ${structureSetFile} / ${doseFile} gave no ROIs or no dose grid; skipped`];
  const totals: number[] = [];
  const perRoi = new Map<string, { ms: number[]; samples: number }>();
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    for (const roi of rois) {
      const roiStart = performance.now();
      const result = computeDvh(roi, grid);
      const entry = perRoi.get(roi.name) ?? { ms: [], samples: result.settings?.sampleCount ?? 0 };
      entry.ms.push(performance.now() - roiStart);
      perRoi.set(roi.name, entry);
    }
    totals.push(performance.now() - start);
  }
  const samples = [...perRoi.values()].reduce((sum, entry) => sum + entry.samples, 0);
  const totalMs = median(totals);
  return [
    `dvh ${rois.length} ROIs of ${structureSetFile.split('/').pop() ?? ''} on a ${grid.dimensions.join(' x ')} dose grid (default settings):`,
    `  median of ${runs}: ${totalMs.toFixed(0)} ms for all ROIs (target < 500 ms), ${(totalMs / rois.length).toFixed(1)} ms per ROI; ${(samples / 1e6).toFixed(2)} M dose samples, ${((totalMs * 1e6) / samples).toFixed(0)} ns per sample`,
    ...[...perRoi].map(([name, entry]) => `    ${name.padEnd(16)} ${median(entry.ms).toFixed(1).padStart(7)} ms ${String(entry.samples).padStart(9)} samples`),
  ];
}
