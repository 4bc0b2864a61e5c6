import type { Affine } from '../geometry/affine.js';
import type { Vec3 } from '../geometry/vec3.js';
import type { ObjectIdentity, ReadNote } from './identity.js';
import type { Rescale, VoxelArray } from './storedValues.js';

/**
 * An image series assembled into one volume. Voxel (i, j, k) is `storedVoxels[i + columns * (j + rows * k)]`,
 * and its modality value (HU for CT) is `stored * rescale.slope + rescale.intercept` (imageValues.ts):
 * i runs along the image rows (column index), j down the columns (row index), k through the slices
 * in position order along the slice normal: ascending, or descending when the files came in
 * descending order (then the affine's k axis points against the normal and nothing was moved).
 * `ijkToLps` maps voxel centres to patient LPS mm; always place voxels through it.
 */
export interface ImageVolume {
  readonly seriesInstanceUid: string;
  readonly seriesDescription: string | undefined;
  readonly modality: string;
  readonly identity: ObjectIdentity;
  /** [columns, rows, slices]: the sizes along i, j and k. */
  readonly dimensions: readonly [number, number, number];
  /** Voxel size along i, j and k in mm (k: the centre-to-centre distance between slices). */
  readonly spacingMm: Vec3;
  readonly ijkToLps: Affine;
  /**
   * Voxel values before `rescale`: int16 stored values when every slice shares one rescale and
   * fits int16 (the usual CT: copied straight from the files), else float32 modality values with
   * an identity rescale.
   */
  readonly storedVoxels: VoxelArray;
  /** The modality LUT shared by every voxel: value = stored * slope + intercept. */
  readonly rescale: Rescale;
  /** Unit of the modality values: RescaleType when given (US: unspecified), else HU for CT, else 'stored value'. */
  readonly valueUnit: string;
  /** Position of slice k along the slice normal (row x column direction), mm; monotonic in k. */
  readonly slicePositionsMm: Float64Array;
  /** False when the slices are not evenly spaced: then `ijkToLps` along k is approximate. */
  readonly uniformSpacing: boolean;
  readonly sliceSopInstanceUids: readonly string[];
  readonly sliceFiles: readonly string[];
  readonly patientPosition: string | undefined;
  /** Window from the files (first slice), if they carry one. */
  readonly window: { readonly centre: number; readonly width: number } | undefined;
  readonly notes: readonly ReadNote[];
}
