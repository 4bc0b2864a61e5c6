import type { DoseGrid } from '../dicom/rtDose.js';
import type { Roi } from '../dicom/rtStruct.js';
import { applyAffine } from '../geometry/affine.js';
import { planarRoi } from '../structures/planarContours.js';
import { insideRoi } from '../structures/pointInRoi.js';
import { planeSlabs } from '../structures/slabs.js';
import type { DvhData } from './dvhData.js';
import { metricNamed } from './metricName.js';
import { metricValueOrNull } from './metrics.js';
import { icru83HomogeneityIndex, isodoseVolumeCc, paddickConformityIndex, paddickGradientIndex, rtogConformityIndex } from './planQuality.js';

export interface PlanQuality {
  readonly target: string;
  readonly prescriptionGy: number;
  readonly targetVolumeCc: number;
  readonly prescriptionIsodoseVolumeCc: number;
  readonly targetInPrescriptionIsodoseCc: number;
  readonly halfPrescriptionIsodoseVolumeCc: number;
  readonly rtogCi: number;
  readonly paddickCi: number;
  readonly paddickGi: number;
  readonly icru83Hi: number;
}

/**
 * Conformity, gradient and homogeneity of a plan for one target. Isodose volumes are counted in
 * dose-grid voxels (at or above the level), and so is the target's share of the prescription
 * isodose (voxels whose centres lie in the target), so that the two are measured alike; the target
 * volume and the D-metrics of the homogeneity index come from its DVH.
 */
export function planQuality(target: Roi, dvh: DvhData, grid: DoseGrid, prescriptionGy: number): PlanQuality {
  const voxelVolumeCc = (grid.spacingMm[0] * grid.spacingMm[1] * grid.spacingMm[2]) / 1000;
  const metric = (name: string): number => {
    const value = metricValueOrNull(metricNamed(name), dvh);
    if (value === null) throw new Error(`planQuality: ${name} of ${target.name} cannot be read off its DVH`);
    return value;
  };
  const prescriptionIsodoseVolumeCc = isodoseVolumeCc(grid.values, voxelVolumeCc, prescriptionGy);
  const halfPrescriptionIsodoseVolumeCc = isodoseVolumeCc(grid.values, voxelVolumeCc, prescriptionGy / 2);
  const targetInPrescriptionIsodoseCc = Math.min(dvh.volumeCc, voxelsInTargetAtLevel(target, grid, prescriptionGy) * voxelVolumeCc);
  return {
    target: target.name,
    prescriptionGy,
    targetVolumeCc: dvh.volumeCc,
    prescriptionIsodoseVolumeCc,
    targetInPrescriptionIsodoseCc,
    halfPrescriptionIsodoseVolumeCc,
    rtogCi: rtogConformityIndex(prescriptionIsodoseVolumeCc, dvh.volumeCc),
    paddickCi: paddickConformityIndex(targetInPrescriptionIsodoseCc, dvh.volumeCc, prescriptionIsodoseVolumeCc),
    paddickGi: paddickGradientIndex(halfPrescriptionIsodoseVolumeCc, prescriptionIsodoseVolumeCc),
    icru83Hi: icru83HomogeneityIndex(metric('D2%'), metric('D98%'), metric('D50%')),
  };
}

function voxelsInTargetAtLevel(target: Roi, grid: DoseGrid, levelGy: number): number {
  const planar = planarRoi(target);
  const { slabs } = planeSlabs(planar.planes, 'half-slice', grid.spacingMm[2]);
  const [columns, rows] = grid.dimensions;
  let count = 0;
  grid.values.forEach((doseGy, index) => {
    if (doseGy < levelGy) return;
    const i = index % columns;
    const j = Math.floor(index / columns) % rows;
    const k = Math.floor(index / (columns * rows));
    if (insideRoi(planar, slabs, applyAffine(grid.ijkToLps, [i, j, k]))) count += 1;
  });
  return count;
}
