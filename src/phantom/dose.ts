import { el } from '../dicom/dicomWriter.js';
import { commonElements, demoFile, ds, dsList, imagePixelElements, sopClass } from './common.js';
import { demoDoseGy } from './doseModel.js';
import { voxelCentreLps, type GridSpec } from './grids.js';
import { demoUids } from './uids.js';

/** Gy per stored unit: 70 Gy is stored as 56 000, so a stored dose is within 0.000625 Gy of D. */
export const demoDoseGridScaling = 0.00125;

function storedDose(grid: GridSpec): Uint16Array {
  const stored = new Uint16Array(grid.columns * grid.rows * grid.slices);
  for (let k = 0; k < grid.slices; k += 1) {
    for (let j = 0; j < grid.rows; j += 1) {
      for (let i = 0; i < grid.columns; i += 1) {
        stored[i + grid.columns * (j + grid.rows * k)] = Math.round(demoDoseGy(voxelCentreLps(grid, i, j, k)) / demoDoseGridScaling);
      }
    }
  }
  return stored;
}

/** The demo RTDOSE: demoDoseGy sampled at the dose grid's voxel centres, unsigned 16 bit, one frame per plane. */
export function dose(grid: GridSpec): Uint8Array {
  return demoFile([
    ...commonElements({ sopClassUid: sopClass.rtDose, sopInstanceUid: demoUids.dose, modality: 'RTDOSE', seriesUid: demoUids.doseSeries, seriesNumber: 4, description: 'Demo dose' }),
    el(0x00180050, 'DS', ds(grid.spacingMm[2])),
    el(0x00200013, 'IS', [1]),
    el(0x00200032, 'DS', dsList(grid.originLps)),
    el(0x00200037, 'DS', '1\\0\\0\\0\\1\\0'),
    ...imagePixelElements(grid, 16),
    el(0x00280008, 'IS', [grid.slices]),
    el(0x00280009, 'AT', [0x3004, 0x000c]),
    el(0x30040002, 'CS', 'GY'),
    el(0x30040004, 'CS', 'PHYSICAL'),
    el(0x3004000a, 'CS', 'PLAN'),
    el(0x3004000c, 'DS', dsList(Array.from({ length: grid.slices }, (_, k) => k * grid.spacingMm[2]))),
    el(0x3004000e, 'DS', ds(demoDoseGridScaling)),
    el(0x300c0002, 'SQ', [[el(0x00081150, 'UI', sopClass.rtPlan), el(0x00081155, 'UI', demoUids.plan)]]),
    el(0x7fe00010, 'OW', new Uint8Array(storedDose(grid).buffer)),
  ]);
}
