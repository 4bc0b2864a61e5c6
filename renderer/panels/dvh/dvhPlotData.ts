import { cumulativeCc, type DvhData } from '../../../src/dvh/dvhData.js';

export type VolumeUnit = 'percent' | 'cc';

/** Cumulative DVHs on one dose axis, in the aligned-columns form uPlot draws. */
export interface DvhPlotData {
  /** Bin edges, Gy: 0, w, 2w ... up to the first edge above the highest maximum dose. */
  readonly doseGy: Float64Array;
  /** One column per DVH: the volume receiving at least each dose, in % of the structure or cc. */
  readonly volumes: readonly Float64Array[];
}

/**
 * The cumulative curves of `dvhs` (as src/dvh's cumulativeCc gives them) at the bin edges. The DVHs
 * must share their bin width (they do when computed with the same options); with none, the dose
 * axis is empty.
 */
export function dvhPlotData(dvhs: readonly DvhData[], unit: VolumeUnit): DvhPlotData {
  const binWidthGy = dvhs[0]?.binWidthGy;
  if (binWidthGy === undefined) return { doseGy: new Float64Array(0), volumes: [] };
  const mismatch = dvhs.find((dvh) => dvh.binWidthGy !== binWidthGy);
  if (mismatch !== undefined) throw new Error(`dvhPlotData: DVHs with bins of ${binWidthGy} Gy and ${mismatch.binWidthGy} Gy cannot share a dose axis`);
  const edges = Math.floor(Math.max(...dvhs.map((dvh) => dvh.maxGy)) / binWidthGy) + 2;
  const doseGy = Float64Array.from({ length: edges }, (_, edge) => edge * binWidthGy);
  const volumes = dvhs.map((dvh) => {
    const cumulative = cumulativeCc(dvh);
    const scale = unit === 'percent' ? 100 / dvh.volumeCc : 1;
    return Float64Array.from({ length: edges }, (_, edge) => (cumulative[edge] ?? 0) * scale);
  });
  return { doseGy, volumes };
}
