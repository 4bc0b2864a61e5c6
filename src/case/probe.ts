import { modalityValueAt } from '../dicom/imageValues.js';
import type { ImageVolume } from '../dicom/imageVolume.js';
import type { DoseGrid } from '../dicom/rtDose.js';
import type { Roi, StructureSet } from '../dicom/rtStruct.js';
import { doseSampler, type DoseSampler } from '../dose/doseSampler.js';
import { invertAffine, type Affine } from '../geometry/affine.js';
import { trueIndexOfLinear } from '../geometry/unevenPlanes.js';
import type { Vec3 } from '../geometry/vec3.js';
import { insideRoi } from '../structures/pointInRoi.js';
import { roiGeometry } from '../structures/roiGeometry.js';

/** What lies at one patient point: the image value of the voxel there, the dose, and the structures. */
export interface ProbeReading {
  readonly pointLps: Vec3;
  /** The modality value (HU for CT) of the voxel containing the point; undefined outside the image. */
  readonly imageValue: number | undefined;
  readonly imageUnit: string | undefined;
  /** The voxel containing the point, (i, j, k). */
  readonly imageVoxel: readonly [number, number, number] | undefined;
  /** Trilinear dose (the DVH's sampler), in the grid's units; undefined outside the grid. */
  readonly dose: number | undefined;
  /** ROIs that contain the point by the DVH's rule (even-odd planes, half-slice slabs). */
  readonly structures: readonly Roi[];
}

export interface ProbeSources {
  readonly image: ImageVolume | undefined;
  readonly doseGrid: DoseGrid | undefined;
  readonly structureSet: StructureSet | undefined;
}

const samplers = new WeakMap<DoseGrid, DoseSampler>();
const inverses = new WeakMap<ImageVolume, Affine>();

export function probePoint(sources: ProbeSources, pointLps: Vec3): ProbeReading {
  return {
    pointLps,
    ...imageAt(sources.image, pointLps),
    dose: doseAt(sources.doseGrid, pointLps),
    structures: (sources.structureSet?.rois ?? []).filter((roi) => {
      const { planar, slabs } = roiGeometry(roi);
      return planar.planes.length > 0 && insideRoi(planar, slabs, pointLps);
    }),
  };
}

/** The dose at a point as the DVH samples it (trilinear; undefined beyond half a voxel outside the grid). */
export function doseAt(grid: DoseGrid | undefined, pointLps: Vec3): number | undefined {
  if (grid === undefined) return undefined;
  let sampler = samplers.get(grid);
  if (sampler === undefined) {
    sampler = doseSampler(grid);
    samplers.set(grid, sampler);
  }
  const out = new Float64Array(1);
  sampler.alongLine(sampler.indexOf(pointLps), [0, 0, 0], 1, out);
  const dose = out[0] ?? Number.NaN;
  return Number.isNaN(dose) ? undefined : dose;
}

function imageAt(image: ImageVolume | undefined, pointLps: Vec3): Pick<ProbeReading, 'imageValue' | 'imageUnit' | 'imageVoxel'> {
  if (image === undefined) return { imageValue: undefined, imageUnit: undefined, imageVoxel: undefined };
  let inverse = inverses.get(image);
  if (inverse === undefined) {
    inverse = invertAffine(image.ijkToLps);
    inverses.set(image, inverse);
  }
  const m = (index: number): number => inverse[index] ?? 0;
  const [iLinear = 0, jLinear = 0, kLinear = 0] = [0, 1, 2].map((row) => m(row * 4) * pointLps[0] + m(row * 4 + 1) * pointLps[1] + m(row * 4 + 2) * pointLps[2] + m(row * 4 + 3));
  const i = Math.round(iLinear);
  const j = Math.round(jLinear);
  const k = Math.round(image.uniformSpacing ? kLinear : trueIndexOfLinear(image.slicePositionsMm)(kLinear));
  const [columns, rows, slices] = image.dimensions;
  if (i < 0 || j < 0 || k < 0 || i >= columns || j >= rows || k >= slices) return { imageValue: undefined, imageUnit: image.valueUnit, imageVoxel: undefined };
  return { imageValue: modalityValueAt(image, i + columns * (j + rows * k)), imageUnit: image.valueUnit, imageVoxel: [i, j, k] };
}
