import type { DoseGrid } from '../dicom/rtDose.js';
import type { Roi } from '../dicom/rtStruct.js';
import { doseSampler, type DoseSampler } from '../dose/doseSampler.js';
import { scale, type Vec3 } from '../geometry/vec3.js';
import { planarRoi, type PlanarRoi } from '../structures/planarContours.js';
import { planeSpans, type PlaneSpans } from '../structures/planeSamples.js';
import { planeSlabs, slabVolumeMm3, type EndCap, type Slab } from '../structures/slabs.js';
import type { DvhData } from './dvhData.js';

export interface DvhOptions {
  /** Dose bin width, Gy (default 0.01). */
  readonly binWidthGy?: number;
  /** What the end contour planes stand for beyond themselves (default 'half-slice'). */
  readonly endCap?: EndCap;
  /** The fewest sample points a structure gets: smaller structures are sampled more finely (default 50 000). */
  readonly minSamples?: number;
  /** The most sample points a structure gets: very large structures are sampled more coarsely (default 2 000 000). */
  readonly maxSamples?: number;
  /** Sample pitch as a fraction of the dose grid's smallest spacing, between those bounds (default 0.5). */
  readonly pitchPerDoseSpacing?: number;
  /** Contour spacing assumed for a structure drawn on one plane only (default: the dose grid's k spacing). */
  readonly singlePlaneThicknessMm?: number;
}

export interface DvhNote {
  readonly severity: 'warning' | 'info';
  readonly code: 'no-volume' | 'outside-dose-grid' | 'partial-dose-coverage' | 'small-structure' | 'contours-excluded';
  readonly message: string;
}

export interface DvhSettings {
  readonly binWidthGy: number;
  readonly endCap: EndCap;
  readonly samplePitchMm: number;
  readonly sampleCount: number;
  readonly contourSpacingMm: number;
}

export interface DvhResult {
  /** Undefined when the ROI has no volume to histogram (notes say why). */
  readonly data: DvhData | undefined;
  readonly notes: readonly DvhNote[];
  readonly settings: DvhSettings | undefined;
}

const smallStructureCc = 1;

/**
 * The DVH of one ROI in a dose grid. The ROI's closed contours are taken plane by plane as prisms
 * (slabs.ts); each slab is filled with sample points on a square pitch in-plane and evenly along
 * the normal, every point weighted so that each plane's samples add up to its exact even-odd area
 * times its slab thickness. So the volume is the contours' own, whatever the sampling; the dose
 * at each point is trilinear in the grid. The pitch is half the dose spacing, finer for small
 * structures (at least minSamples points) and coarser for very large ones (at most maxSamples).
 * Oddities (partial dose coverage, POINT/OPEN contours, no volume) become notes, never errors;
 * `signal` aborts with an AbortError between planes.
 */
export function computeDvh(roi: Roi, grid: DoseGrid, options: DvhOptions = {}, onProgress?: (fraction: number) => void, signal?: AbortSignal): DvhResult {
  const notes: DvhNote[] = [];
  const planar = planarRoi(roi);
  if (planar.excluded.length > 0) {
    notes.push({ severity: 'info', code: 'contours-excluded', message: `${planar.excluded.length} contour(s) left out of the volume: ${[...new Set(planar.excluded)].join('; ')}` });
  }
  const endCap = options.endCap ?? 'half-slice';
  const { slabs, spacingMm } = planeSlabs(planar.planes, endCap, options.singlePlaneThicknessMm ?? grid.spacingMm[2]);
  const volumeMm3 = slabVolumeMm3(slabs);
  if (!(volumeMm3 > 0)) {
    notes.push({ severity: 'warning', code: 'no-volume', message: `ROI ${roi.number} "${roi.name}" encloses no volume (no closed contours${endCap === 'none' && slabs.length === 1 ? ', or a single plane with end-capping off' : ''})` });
    return { data: undefined, notes, settings: undefined };
  }
  const minSamples = options.minSamples ?? 50_000;
  const pitchForCount = (count: number): number => Math.cbrt(volumeMm3 / count);
  const pitchMm = Math.max(pitchForCount(options.maxSamples ?? 2_000_000), Math.min(Math.min(...grid.spacingMm) * (options.pitchPerDoseSpacing ?? 0.5), pitchForCount(minSamples)));
  if (volumeMm3 / 1000 < smallStructureCc) {
    notes.push({ severity: 'info', code: 'small-structure', message: `a small structure (${(volumeMm3 / 1000).toFixed(3)} cc): sampled every ${pitchMm.toFixed(3)} mm` });
  }
  const binWidthGy = options.binWidthGy ?? 0.01;
  const histogram = new Histogram(binWidthGy, grid.maxValue);
  const sampler = doseSampler(grid);
  slabs.forEach((slab, index) => {
    if (signal?.aborted === true) throw signal.reason ?? new DOMException('The DVH computation was cancelled', 'AbortError');
    sampleSlab(slab, planar, pitchMm, sampler, histogram);
    onProgress?.((index + 1) / slabs.length);
  });
  addCoverageNotes(histogram, notes);
  return {
    data: histogram.toDvh(volumeMm3),
    notes,
    settings: { binWidthGy, endCap, samplePitchMm: pitchMm, sampleCount: histogram.count, contourSpacingMm: spacingMm },
  };
}

function sampleSlab(slab: Slab, planar: PlanarRoi, pitchMm: number, sampler: DoseSampler, histogram: Histogram): void {
  const thicknessMm = slab.toMm - slab.fromMm;
  if (thicknessMm <= 0 || slab.plane.areaMm2 <= 0) return;
  let spans = planeSpans(slab.plane.polygonsUv, pitchMm);
  if (spans.points === 0) spans = centroidSpan(slab.plane.polygonsUv); // smaller than one pitch
  const layers = Math.max(1, Math.ceil(thicknessMm / pitchMm - 1e-9));
  const weightMm3 = (slab.plane.areaMm2 * thicknessMm) / (spans.points * layers);
  const du = sampler.indexStep(planar.uAxis);
  const dv = sampler.indexStep(planar.vAxis);
  const step: Vec3 = [du[0] * pitchMm, du[1] * pitchMm, du[2] * pitchMm];
  const doses = new Float64Array(Math.max(...spans.count));
  for (let layer = 0; layer < layers; layer += 1) {
    const positionMm = slab.fromMm + ((layer + 0.5) * thicknessMm) / layers;
    const [i0, j0, k0] = sampler.indexOf(scale(planar.normal, positionMm));
    for (let span = 0; span < spans.count.length; span += 1) {
      const u = spans.firstU[span] as number;
      const v = spans.v[span] as number;
      const count = spans.count[span] as number;
      sampler.alongLine([i0 + u * du[0] + v * dv[0], j0 + u * du[1] + v * dv[1], k0 + u * du[2] + v * dv[2]], step, count, doses);
      for (let point = 0; point < count; point += 1) histogram.add(doses[point] as number, weightMm3);
    }
  }
}

/** A single sample at the first polygon's vertex centroid, for a plane smaller than the pitch. */
function centroidSpan(polygonsUv: readonly Float64Array[]): PlaneSpans {
  const polygon = polygonsUv[0] ?? new Float64Array(2);
  let u = 0;
  let v = 0;
  for (let index = 0; index < polygon.length; index += 2) {
    u += polygon[index] ?? 0;
    v += polygon[index + 1] ?? 0;
  }
  return { v: Float64Array.of((v * 2) / polygon.length), firstU: Float64Array.of((u * 2) / polygon.length), count: Int32Array.of(1), points: 1 };
}

function addCoverageNotes(histogram: Histogram, notes: DvhNote[]): void {
  const outsideFraction = histogram.outsideMm3 / histogram.totalMm3;
  if (outsideFraction >= 1) {
    notes.push({ severity: 'warning', code: 'outside-dose-grid', message: 'the structure lies entirely outside the dose grid: its DVH is all at 0 Gy' });
  } else if (outsideFraction > 0) {
    notes.push({ severity: 'warning', code: 'partial-dose-coverage', message: `${(outsideFraction * 100).toFixed(2)} % of the structure's volume lies outside the dose grid and is counted at 0 Gy` });
  }
}

/** Weighted dose samples into fine bins, with exact min, max and mean. */
class Histogram {
  private readonly bins: Float64Array;
  count = 0;
  totalMm3 = 0;
  outsideMm3 = 0;
  private doseVolume = 0;
  private min = Infinity;
  private max = -Infinity;

  constructor(private readonly binWidthGy: number, maxGy: number) {
    this.bins = new Float64Array(Math.max(1, Math.floor(Math.max(0, maxGy) / binWidthGy) + 2));
  }

  add(doseGy: number, weightMm3: number): void {
    let dose = doseGy;
    if (Number.isNaN(dose)) {
      dose = 0;
      this.outsideMm3 += weightMm3;
    }
    const bin = Math.min(this.bins.length - 1, Math.max(0, Math.floor(dose / this.binWidthGy)));
    this.bins[bin] = (this.bins[bin] as number) + weightMm3;
    this.count += 1;
    this.totalMm3 += weightMm3;
    this.doseVolume += dose * weightMm3;
    if (dose < this.min) this.min = dose;
    if (dose > this.max) this.max = dose;
  }

  toDvh(volumeMm3: number): DvhData {
    const toCc = volumeMm3 / this.totalMm3 / 1000;
    return {
      binWidthGy: this.binWidthGy,
      differentialCc: this.bins.map((mm3) => mm3 * toCc),
      volumeCc: volumeMm3 / 1000,
      minGy: this.min,
      meanGy: this.doseVolume / this.totalMm3,
      maxGy: this.max,
    };
  }
}

