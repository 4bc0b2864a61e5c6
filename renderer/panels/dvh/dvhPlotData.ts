import { cumulativeCc, type DvhData } from '../../../src/dvh/dvhData.js';
import { applyDosePolynomial, IDENTITY_DOSE_POLYNOMIAL, inverseDosePolynomial, type DosePolynomial } from '../../../src/therapy/doseMode.js';

export type VolumeUnit = 'percent' | 'cc';

/** Cumulative DVHs on one dose axis, in the aligned-columns form uPlot draws. */
export interface DvhPlotData {
  /** Bin edges, Gy: 0, w, 2w ... up to the first edge above the highest maximum dose (physical or shown). */
  readonly doseGy: Float64Array;
  /** One column per DVH: the volume receiving at least each physical dose, in % of the structure or cc. */
  readonly volumes: readonly Float64Array[];
  /** With polynomials: one column per DVH, the volume receiving at least each shown dose (EQD2, a part of the course …). */
  readonly shownVolumes: readonly Float64Array[] | undefined;
}

/**
 * The cumulative curves of `dvhs` (as src/dvh's cumulativeCc gives them) at the bin edges. The DVHs
 * must share their bin width (they do when computed with the same options); with none, the dose
 * axis is empty. With `polynomials` (one per DVH, from the planned dose to the shown dose, which
 * rises with it), each DVH's shown curve is its physical curve with the dose axis mapped: the
 * volume receiving at least x is the volume receiving at least the physical dose that maps to x,
 * read linearly between bin edges.
 */
export function dvhPlotData(dvhs: readonly DvhData[], unit: VolumeUnit, polynomials?: readonly DosePolynomial[]): DvhPlotData {
  const binWidthGy = dvhs[0]?.binWidthGy;
  if (binWidthGy === undefined) return { doseGy: new Float64Array(0), volumes: [], shownVolumes: polynomials === undefined ? undefined : [] };
  const mismatch = dvhs.find((dvh) => dvh.binWidthGy !== binWidthGy);
  if (mismatch !== undefined) throw new Error(`dvhPlotData: DVHs with bins of ${binWidthGy} Gy and ${mismatch.binWidthGy} Gy cannot share a dose axis`);
  const shownMax = polynomials === undefined ? 0 : Math.max(0, ...dvhs.map((dvh, d) => applyDosePolynomial(polynomials[d] ?? IDENTITY_DOSE_POLYNOMIAL, dvh.maxGy)));
  const edges = Math.floor(Math.max(shownMax, ...dvhs.map((dvh) => dvh.maxGy)) / binWidthGy) + 2;
  const doseGy = Float64Array.from({ length: edges }, (_, edge) => edge * binWidthGy);
  const cumulatives = dvhs.map((dvh) => cumulativeCc(dvh));
  const scaleOf = (dvh: DvhData): number => (unit === 'percent' ? 100 / dvh.volumeCc : 1);
  const volumes = dvhs.map((dvh, d) => {
    const cumulative = cumulatives[d] as Float64Array;
    return Float64Array.from({ length: edges }, (_, edge) => (cumulative[edge] ?? 0) * scaleOf(dvh));
  });
  const shownVolumes = polynomials?.map((polynomial, d) => {
    const dvh = dvhs[d] as DvhData;
    const cumulative = cumulatives[d] as Float64Array;
    return Float64Array.from(doseGy, (x) => volumeAtPhysical(cumulative, binWidthGy, inverseDosePolynomial(polynomial, x)) * scaleOf(dvh));
  });
  return { doseGy, volumes, shownVolumes };
}

/** The cumulative volume at a dose, linear between bin edges (the metrics' rule), 0 beyond the last edge. */
function volumeAtPhysical(cumulative: Float64Array, binWidthGy: number, doseGy: number): number {
  const at = doseGy / binWidthGy;
  const edge = Math.floor(at);
  if (edge >= cumulative.length - 1) return edge === cumulative.length - 1 && at === edge ? (cumulative[edge] ?? 0) : 0;
  const t = at - edge;
  return (cumulative[edge] ?? 0) * (1 - t) + (cumulative[edge + 1] ?? 0) * t;
}
