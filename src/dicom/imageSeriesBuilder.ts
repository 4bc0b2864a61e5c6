import { gridAffine } from '../geometry/affine.js';
import { dot, length, scale, subtract, type Vec3 } from '../geometry/vec3.js';
import type { ReadNote } from './identity.js';
import type { ImageSliceHeader } from './imageSlice.js';
import { sliceNormal } from './imageSlice.js';
import type { ImageVolume } from './imageVolume.js';
import { SliceSlab } from './sliceSlab.js';
import { convertStoredValues, copyStoredInt16, normaliseStoredInt16, sameRescale, storedFitsInt16, type Rescale } from './storedValues.js';

const positionToleranceMm = 0.01;
const directionTolerance = 1e-4;

/**
 * Collects the slices of one image series as they arrive (any order), converting each to modality
 * values straight into the volume's storage, then sorts them along the slice normal and checks
 * the spacing. Slices that do not fit the series' geometry are refused with a reason.
 */
export class ImageSeriesBuilder {
  private slab: SliceSlab;
  private readonly headers: ImageSliceHeader[] = [];
  private readonly notes: ReadNote[] = [];
  private maskedSlices = 0;

  constructor(private readonly first: ImageSliceHeader, private readonly expectedSlices: number) {
    const voxelType = storedFitsInt16(first.layout) ? 'int16' : 'float32';
    this.slab = new SliceSlab(voxelType, first.layout.rows * first.layout.columns, expectedSlices);
  }

  /** int16 slabs hold stored values under the first slice's rescale; float32 slabs hold modality values. */
  private get rescale(): Rescale {
    return this.slab.voxelType === 'int16' ? this.first.rescale : { slope: 1, intercept: 0 };
  }

  /** Why this slice cannot join the series, or undefined when it can. */
  mismatch(header: ImageSliceHeader): string | undefined {
    const a = this.first;
    if (header.layout.rows !== a.layout.rows || header.layout.columns !== a.layout.columns) {
      return `its size ${header.layout.columns} x ${header.layout.rows} differs from the series' ${a.layout.columns} x ${a.layout.rows}`;
    }
    if (!sameDirection(header.rowDirection, a.rowDirection) || !sameDirection(header.columnDirection, a.columnDirection)) {
      return 'its image orientation differs from the rest of the series';
    }
    if (Math.abs(header.pixelSpacingMm[0] - a.pixelSpacingMm[0]) > 1e-4 || Math.abs(header.pixelSpacingMm[1] - a.pixelSpacingMm[1]) > 1e-4) {
      return `its pixel spacing ${header.pixelSpacingMm.join(' x ')} mm differs from the series' ${a.pixelSpacingMm.join(' x ')} mm`;
    }
    if (header.identity.frameOfReferenceUid !== a.identity.frameOfReferenceUid) {
      return 'its frame of reference differs from the rest of the series';
    }
    return undefined;
  }

  /**
   * Adds a slice whose stored little-endian pixel bytes are `frameBytes` (call mismatch first).
   * While every slice shares the first one's rescale and its stored values fit int16, slices are
   * copied as stored (the volume carries the rescale); from the first slice that breaks this, the
   * volume holds float32 modality values, the slices already stored converted.
   */
  addSlice(header: ImageSliceHeader, frameBytes: Uint8Array): void {
    if (this.slab.voxelType === 'int16' && !(storedFitsInt16(header.layout) && sameRescale(header.rescale, this.first.rescale))) {
      this.slab = this.slab.toFloat32(this.expectedSlices, this.first.rescale);
    }
    const { voxels, offset } = this.slab.appendSlice();
    if (voxels instanceof Int16Array) {
      if (copyStoredInt16(frameBytes, header.layout, voxels, offset)) this.maskedSlices += 1;
    } else {
      convertStoredValues(frameBytes, header.layout, header.rescale, voxels, offset, { min: Infinity, max: -Infinity });
    }
    this.headers.push(header);
  }

  /** True when a slice can be read straight into the volume as 16-bit stored values (addSliceInPlace). */
  takesStoredInt16(header: ImageSliceHeader): boolean {
    return this.slab.voxelType === 'int16' && header.layout.bitsAllocated === 16 && storedFitsInt16(header.layout) && sameRescale(header.rescale, this.first.rescale);
  }

  /**
   * Adds a slice whose little-endian 16-bit stored values `fill` writes straight into the volume's
   * storage (call takesStoredInt16 first). If `fill` fails, the slice is not added.
   */
  async addSliceInPlace(header: ImageSliceHeader, fill: (slotBytes: Uint8Array) => Promise<void> | void): Promise<void> {
    const { voxels, offset } = this.slab.appendSlice();
    const count = header.layout.rows * header.layout.columns;
    try {
      await fill(new Uint8Array(voxels.buffer, voxels.byteOffset + offset * 2, count * 2));
    } catch (error) {
      this.slab.dropLastSlice();
      throw error;
    }
    if (normaliseStoredInt16((voxels as Int16Array).subarray(offset, offset + count), header.layout)) this.maskedSlices += 1;
    this.headers.push(header);
  }

  get sliceCount(): number {
    return this.headers.length;
  }

  finish(): ImageVolume {
    const normal = sliceNormal(this.first);
    const positions = this.headers.map((header) => dot(header.positionLps, normal));
    const ascending = positions.map((_, index) => index).sort((p, q) => (positions[p] ?? 0) - (positions[q] ?? 0));
    const order = stackOrder(positions, ascending);
    this.slab.trim();
    this.slab.permute(order);
    const sorted = order.map((index) => this.headers[index] as ImageSliceHeader);
    const slicePositionsMm = Float64Array.from(order, (index) => positions[index] ?? 0);
    const step = this.sliceStep(sorted, normal);
    const uniformSpacing = this.checkSpacing(sorted, Float64Array.from(ascending, (index) => positions[index] ?? 0));
    this.notes.push(...sliceNotes(sorted));
    if (this.maskedSlices > 0) {
      this.note('info', 'bits-above-bits-stored', `${this.maskedSlices} slice(s) had bits set above BitsStored ${this.first.layout.bitsStored} (old overlay planes); they were cleared`);
    }
    const a = this.first;
    const spacingMm: Vec3 = [a.pixelSpacingMm[1], a.pixelSpacingMm[0], length(step)];
    const firstSlice = sorted[0] ?? a;
    return {
      seriesInstanceUid: a.seriesInstanceUid,
      seriesDescription: a.seriesDescription,
      modality: a.modality,
      identity: a.identity,
      dimensions: [a.layout.columns, a.layout.rows, sorted.length],
      spacingMm,
      ijkToLps: gridAffine({
        originLps: firstSlice.positionLps,
        rowDirection: a.rowDirection,
        columnDirection: a.columnDirection,
        sliceDirection: length(step) > 0 ? scale(step, 1 / length(step)) : normal,
        spacingMm,
      }),
      storedVoxels: this.slab.view(),
      rescale: this.rescale,
      valueUnit: a.rescaleType ?? (a.modality === 'CT' ? 'HU' : 'stored value'),
      slicePositionsMm,
      uniformSpacing,
      sliceSopInstanceUids: sorted.map((header) => header.sopInstanceUid),
      sliceFiles: sorted.map((header) => header.file),
      patientPosition: a.patientPosition,
      window: a.window,
      notes: this.notes,
    };
  }

  /**
   * The vector from one slice centre to the next: (last - first) / (n - 1), which keeps gantry
   * tilt (slices shifted in-plane) exact. A single slice uses its thickness along the normal.
   */
  private sliceStep(sorted: readonly ImageSliceHeader[], normal: Vec3): Vec3 {
    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    if (first === undefined || last === undefined || sorted.length === 1) {
      const thickness = this.first.sliceThicknessMm;
      if (thickness === undefined || !(thickness > 0)) {
        this.note('warning', 'single-slice-no-thickness', 'a single-slice series without SliceThickness: its depth is unknown, 1 mm is assumed for display');
        return normal;
      }
      this.note('info', 'single-slice', `a single-slice series: its depth is its SliceThickness, ${thickness} mm`);
      return scale(normal, thickness);
    }
    const step = scale(subtract(last.positionLps, first.positionLps), 1 / (sorted.length - 1));
    const inPlane = length(subtract(step, scale(normal, dot(step, normal))));
    if (inPlane > positionToleranceMm) {
      this.note('warning', 'sheared-slices', `successive slices are shifted ${inPlane.toFixed(3)} mm in-plane (gantry tilt or sheared acquisition); the volume follows the slice positions`);
    }
    return step;
  }

  private checkSpacing(sorted: readonly ImageSliceHeader[], positionsMm: Float64Array): boolean {
    if (sorted.length < 2) return true;
    const gaps: number[] = [];
    for (let k = 1; k < positionsMm.length; k += 1) gaps.push((positionsMm[k] ?? 0) - (positionsMm[k - 1] ?? 0));
    const duplicates = gaps.filter((gap) => gap < positionToleranceMm).length;
    if (duplicates > 0) {
      this.note('error', 'duplicate-slice-position', `${duplicates} slice(s) share a position with another slice (two acquisitions in one series?); the volume is not a valid stack`);
      return false;
    }
    const mean = ((positionsMm[positionsMm.length - 1] ?? 0) - (positionsMm[0] ?? 0)) / gaps.length;
    const smallest = Math.min(...gaps);
    const largest = Math.max(...gaps);
    if (largest - smallest <= Math.max(positionToleranceMm, 1e-3 * mean)) return true;
    const missing = gaps
      .map((gap, index) => ({ gap, index }))
      .filter(({ gap }) => gap > 1.5 * smallest)
      .map(({ gap, index }) => `${Math.round(gap / smallest) - 1} between ${(positionsMm[index] ?? 0).toFixed(2)} and ${(positionsMm[index + 1] ?? 0).toFixed(2)} mm`);
    const detail = missing.length > 0 ? `slices missing: ${missing.join('; ')}` : `spacing varies from ${smallest.toFixed(3)} to ${largest.toFixed(3)} mm`;
    this.note('warning', missing.length > 0 ? 'missing-slices' : 'uneven-slice-spacing', `uneven slice spacing (${detail}); positions along the normal are kept per slice, the volume's affine uses the mean spacing ${mean.toFixed(3)} mm`);
    return false;
  }

  private note(severity: ReadNote['severity'], code: string, message: string): void {
    this.notes.push({ severity, code, message: `series ${this.first.seriesInstanceUid}: ${message}`, file: this.first.file });
  }
}

/** The slices' own notes, one per code: the first slice's note, with how many slices share it. */
function sliceNotes(slices: readonly ImageSliceHeader[]): ReadNote[] {
  const byCode = new Map<string, { note: ReadNote; count: number }>();
  for (const note of slices.flatMap((slice) => slice.notes)) {
    const entry = byCode.get(note.code);
    if (entry === undefined) byCode.set(note.code, { note, count: 1 });
    else entry.count += 1;
  }
  return [...byCode.values()].map(({ note, count }) => (count === 1 ? note : { ...note, message: `${note.message} (${count} slices, e.g. ${note.file})` }));
}

/**
 * The order of the slices along k: ascending along the normal, except when they arrived in strictly
 * descending order (files numbered head to feet, say): then k keeps that order, the affine's slice
 * direction points against the normal, and no slice has to be moved.
 */
function stackOrder(positions: readonly number[], ascending: readonly number[]): readonly number[] {
  const descending = positions.every((position, index) => index === 0 || position < (positions[index - 1] ?? 0));
  return descending && positions.length > 1 ? positions.map((_, index) => index) : ascending;
}

function sameDirection(a: Vec3, b: Vec3): boolean {
  return Math.abs(a[0] - b[0]) < directionTolerance && Math.abs(a[1] - b[1]) < directionTolerance && Math.abs(a[2] - b[2]) < directionTolerance;
}
