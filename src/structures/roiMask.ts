import type { Roi } from '../dicom/rtStruct.js';
import { gridAffine, type Affine } from '../geometry/affine.js';
import { add, scale, type Vec3 } from '../geometry/vec3.js';
import { planarRoi, type PlanarRoi } from './planarContours.js';
import { boundsOf, gridSpans, type PlaneGrid } from './planeSamples.js';
import { planeSlabs, type EndCap, type Slab } from './slabs.js';

/**
 * An ROI as a binary voxel grid: i runs along the contour planes' u axis, j along v, k along the
 * plane normal (planarContours.ts). Voxel (i, j, k) is at `ijkToLps` applied to (i, j, k) (voxel
 * centres) and its value is `values[i + ni * (j + nj * k)]`: 255 inside, 0 outside.
 */
export interface RoiMask {
  readonly roiNumber: number;
  readonly dimensions: readonly [number, number, number];
  readonly spacingMm: Vec3;
  readonly ijkToLps: Affine;
  readonly values: Uint8Array;
}

export interface RoiMaskOptions {
  /** In-plane voxel pitch, mm (default 1); coarsened when the mask would exceed `maxVoxels`. */
  readonly pitchMm?: number;
  /** The most voxels the mask may have (default 8 000 000). */
  readonly maxVoxels?: number;
  /** What the end contour planes stand for beyond themselves (default 'half-slice'). */
  readonly endCap?: EndCap;
  /** Contour spacing assumed for a structure drawn on one plane only (default: the in-plane pitch asked for). */
  readonly singlePlaneThicknessMm?: number;
}

export interface RoiMaskResult {
  /** Undefined when the ROI has no volume to rasterise (notes say why). */
  readonly mask: RoiMask | undefined;
  readonly notes: readonly string[];
}

/** Layers along the normal: layer n (1-based; 0 and count + 1 are the empty margins) spans firstFaceMm + (n - 1 .. n) * pitchMm. */
interface LayerLattice {
  readonly firstFaceMm: number;
  readonly pitchMm: number;
  readonly count: number;
}

const insideValue = 255;
const latticeToleranceMm = 1e-3;
const maxLayersPerSpacing = 8;

/**
 * Rasterises an ROI's CLOSED_PLANAR contours by the DVH's rules: each plane stands for its slab
 * (slabs.ts: halfway to its neighbours, gaps over 1.5 x the spacing not bridged, end caps), and a
 * voxel is inside when its centre is inside its layer's slab plane by the even-odd rule (filled
 * row by row from edge crossings, planeSamples.ts). The layer pitch along the normal is the
 * contour spacing divided by the smallest n (1 ... 8) that puts every slab face on a layer face,
 * so evenly spaced planes give one layer per plane, centred on it, and each slab is a whole number
 * of layers; otherwise it is finer and each layer takes the slab that holds its centre. One empty
 * voxel of margin surrounds the ROI on every side.
 */
export function roiMask(roi: Roi, options: RoiMaskOptions = {}): RoiMaskResult {
  const where = `ROI ${roi.number} "${roi.name}"`;
  const requestedPitchMm = positive(options.pitchMm ?? 1, 'pitchMm');
  const maxVoxels = positive(options.maxVoxels ?? 8_000_000, 'maxVoxels');
  const planar = planarRoi(roi);
  const notes: string[] = [];
  if (planar.excluded.length > 0) notes.push(`${planar.excluded.length} contour(s) left out of the mask: ${[...new Set(planar.excluded)].join('; ')}`);
  if (planar.planes.length === 0) return { mask: undefined, notes: [...notes, `${where} has no closed planar contours: no mask`] };
  const { slabs, spacingMm } = planeSlabs(planar.planes, options.endCap ?? 'half-slice', options.singlePlaneThicknessMm ?? requestedPitchMm);
  const solid = slabs.filter((slab) => slab.toMm > slab.fromMm);
  if (solid.length === 0) return { mask: undefined, notes: [...notes, `${where} encloses no volume (a single plane with end-capping off): no mask`] };
  const layers = layerLattice(solid, spacingMm);
  const plane = planeGrid(planar, requestedPitchMm, layers.count + 2, maxVoxels, where);
  if (plane.pitchMm > requestedPitchMm) {
    notes.push(`in-plane pitch coarsened from ${requestedPitchMm} mm to ${plane.pitchMm.toFixed(3)} mm to stay within ${maxVoxels} voxels`);
  }
  const dimensions = [plane.columns + 2, plane.rows + 2, layers.count + 2] as const;
  const originLps = add(
    add(scale(planar.uAxis, plane.minU - plane.pitchMm / 2), scale(planar.vAxis, plane.minV - plane.pitchMm / 2)),
    scale(planar.normal, layers.firstFaceMm - layers.pitchMm / 2),
  );
  const spacing: Vec3 = [plane.pitchMm, plane.pitchMm, layers.pitchMm];
  return {
    mask: {
      roiNumber: roi.number,
      dimensions,
      spacingMm: spacing,
      ijkToLps: gridAffine({ originLps, rowDirection: planar.uAxis, columnDirection: planar.vAxis, sliceDirection: planar.normal, spacingMm: spacing }),
      values: fillLayers(solid, layers, plane, dimensions),
    },
    notes,
  };
}

function positive(value: number, name: string): number {
  if (!(value > 0) || !Number.isFinite(value)) throw new RangeError(`roiMask: ${name} must be a positive number, not ${value}`);
  return value;
}

/** The layer pitch along the normal: the coarsest spacing / n (n <= 8) on whose faces every slab face falls, else a fine fallback. */
function layerLattice(slabs: readonly Slab[], spacingMm: number): LayerLattice {
  const firstFaceMm = slabs[0]?.fromMm ?? 0;
  const extentMm = (slabs.at(-1)?.toMm ?? 0) - firstFaceMm;
  const faces = slabs.flatMap((slab) => [slab.fromMm - firstFaceMm, slab.toMm - firstFaceMm]);
  for (let n = 1; n <= maxLayersPerSpacing; n += 1) {
    const pitchMm = spacingMm / n;
    if (faces.every((face) => Math.abs(face - Math.round(face / pitchMm) * pitchMm) < latticeToleranceMm)) {
      return { firstFaceMm, pitchMm, count: Math.round(extentMm / pitchMm) };
    }
  }
  const thinnestMm = Math.min(...slabs.map((slab) => slab.toMm - slab.fromMm));
  const pitchMm = Math.max(spacingMm / maxLayersPerSpacing, Math.min(spacingMm / 4, thinnestMm));
  return { firstFaceMm, pitchMm, count: Math.ceil(extentMm / pitchMm - 1e-9) };
}

/** The in-plane grid over all planes' polygons, its pitch coarsened until the mask (with margins) fits in maxVoxels. */
function planeGrid(planar: PlanarRoi, requestedPitchMm: number, layers: number, maxVoxels: number, where: string): PlaneGrid {
  if (9 * layers > maxVoxels) throw new RangeError(`roiMask: ${where} needs ${layers} layers, more than ${maxVoxels} voxels allow`);
  const bounds = boundsOf(planar.planes.flatMap((plane) => plane.polygonsUv));
  const grid = (pitchMm: number): PlaneGrid => ({
    minU: bounds.minU,
    minV: bounds.minV,
    pitchMm,
    columns: Math.max(1, Math.ceil((bounds.maxU - bounds.minU) / pitchMm)),
    rows: Math.max(1, Math.ceil((bounds.maxV - bounds.minV) / pitchMm)),
  });
  let candidate = grid(requestedPitchMm);
  for (;;) {
    const voxels = (candidate.columns + 2) * (candidate.rows + 2) * layers;
    if (voxels <= maxVoxels) return candidate;
    candidate = grid(candidate.pitchMm * Math.max(1.01, Math.sqrt(voxels / maxVoxels)));
  }
}

/** Fills each layer from the slab that holds its centre; consecutive layers of one slab are copies. */
function fillLayers(slabs: readonly Slab[], layers: LayerLattice, plane: PlaneGrid, dimensions: readonly [number, number, number]): Uint8Array {
  const [ni, nj, nk] = dimensions;
  const layerSize = ni * nj;
  const values = new Uint8Array(layerSize * nk);
  let slabIndex = 0;
  let filledFrom: { slab: Slab; offset: number } | undefined;
  for (let k = 1; k <= layers.count; k += 1) {
    const centreMm = layers.firstFaceMm + (k - 0.5) * layers.pitchMm;
    while (slabIndex < slabs.length && (slabs[slabIndex]?.toMm ?? 0) <= centreMm) slabIndex += 1;
    const slab = slabs[slabIndex];
    if (slab === undefined || centreMm < slab.fromMm) continue;
    const offset = k * layerSize;
    if (filledFrom?.slab === slab) {
      values.copyWithin(offset, filledFrom.offset, filledFrom.offset + layerSize);
      continue;
    }
    const spans = gridSpans(slab.plane.polygonsUv, plane);
    for (let span = 0; span < spans.count.length; span += 1) {
      const start = offset + ((spans.row[span] ?? 0) + 1) * ni + (spans.firstColumn[span] ?? 0) + 1;
      values.fill(insideValue, start, start + (spans.count[span] ?? 0));
    }
    filledFrom = { slab, offset };
  }
  return values;
}
