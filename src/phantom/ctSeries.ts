import { el } from '../dicom/dicomWriter.js';
import { demoHu } from './anatomy.js';
import { commonElements, demoDate, demoFile, demoTime, ds, dsList, imagePixelElements, sopClass } from './common.js';
import { voxelCentreLps, type GridSpec } from './grids.js';
import { demoUids } from './uids.js';

/** Stored value = HU - intercept: unsigned 12 bit in 16, air (-1000 HU) is 24, cortical bone 2224. */
const ctRescaleInterceptHu = -1024;

/** One axial HFS CT slice of the demo patient: demoHu sampled at the voxel centres. */
export function ctSlice(grid: GridSpec, k: number): Uint8Array {
  const stored = new Uint16Array(grid.columns * grid.rows);
  for (let j = 0; j < grid.rows; j += 1) {
    for (let i = 0; i < grid.columns; i += 1) stored[i + grid.columns * j] = demoHu(voxelCentreLps(grid, i, j, k)) - ctRescaleInterceptHu;
  }
  const positionLps = voxelCentreLps(grid, 0, 0, k);
  return demoFile([
    ...commonElements({ sopClassUid: sopClass.ct, sopInstanceUid: demoUids.ctSlice(k), modality: 'CT', seriesUid: demoUids.ctSeries, seriesNumber: 1, description: 'Demo CT' }),
    el(0x00080008, 'CS', 'ORIGINAL\\PRIMARY\\AXIAL'),
    el(0x00080022, 'DA', demoDate),
    el(0x00080023, 'DA', demoDate),
    el(0x00080032, 'TM', demoTime),
    el(0x00080033, 'TM', demoTime),
    el(0x00180050, 'DS', ds(grid.spacingMm[2])),
    el(0x00180060, 'DS', '120'),
    el(0x00185100, 'CS', 'HFS'),
    el(0x00200012, 'IS', [1]),
    el(0x00200013, 'IS', [k + 1]),
    el(0x00200032, 'DS', dsList(positionLps)),
    el(0x00200037, 'DS', '1\\0\\0\\0\\1\\0'),
    el(0x00201041, 'DS', ds(positionLps[2])),
    ...imagePixelElements(grid, 12),
    el(0x00281050, 'DS', '40\\-600'),
    el(0x00281051, 'DS', '400\\1600'),
    el(0x00281055, 'LO', 'SOFT TISSUE\\LUNG'),
    el(0x00281052, 'DS', ds(ctRescaleInterceptHu)),
    el(0x00281053, 'DS', '1'),
    el(0x00281054, 'LO', 'HU'),
    el(0x7fe00010, 'OW', new Uint8Array(stored.buffer)),
  ]);
}
