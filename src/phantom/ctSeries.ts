import { el, writeDicom } from '../dicom/dicomWriter.js';
import { demoHu } from './anatomy.js';
import { commonElements, decimal, sopClass } from './common.js';
import { voxelCentreLps, type GridSpec } from './grids.js';
import { demoUids } from './uids.js';

/** One axial HFS CT slice of the demo patient; HU stored as signed 16 bit with intercept -1024. */
export function ctSlice(grid: GridSpec, k: number): Uint8Array {
  const stored = new Int16Array(grid.columns * grid.rows);
  for (let j = 0; j < grid.rows; j += 1) {
    for (let i = 0; i < grid.columns; i += 1) stored[i + grid.columns * j] = demoHu(voxelCentreLps(grid, i, j, k)) + 1024;
  }
  const position = voxelCentreLps(grid, 0, 0, k);
  const elements = [
    ...commonElements({ sopClassUid: sopClass.ct, sopInstanceUid: demoUids.ctSlice(k), modality: 'CT', seriesUid: demoUids.ctSeries, seriesNumber: 1, description: 'Demo CT' }),
    el(0x00080008, 'CS', 'ORIGINAL\\PRIMARY\\AXIAL'),
    el(0x00180050, 'DS', [decimal(grid.spacingMm[2])].map(Number)),
    el(0x00180060, 'DS', [120]),
    el(0x00185100, 'CS', 'HFS'),
    el(0x00200013, 'IS', [k + 1]),
    el(0x00200032, 'DS', position.map((v) => Number(decimal(v)))),
    el(0x00200037, 'DS', [1, 0, 0, 0, 1, 0]),
    el(0x00200052, 'UI', demoUids.frameOfReference),
    el(0x00201040, 'LO', ''),
    el(0x00201041, 'DS', [Number(decimal(position[2]))]),
    el(0x00280002, 'US', [1]),
    el(0x00280004, 'CS', 'MONOCHROME2'),
    el(0x00280010, 'US', [grid.rows]),
    el(0x00280011, 'US', [grid.columns]),
    el(0x00280030, 'DS', [grid.spacingMm[1], grid.spacingMm[0]].map((v) => Number(decimal(v)))),
    el(0x00280100, 'US', [16]),
    el(0x00280101, 'US', [16]),
    el(0x00280102, 'US', [15]),
    el(0x00280103, 'US', [1]),
    el(0x00281050, 'DS', [40]),
    el(0x00281051, 'DS', [400]),
    el(0x00281052, 'DS', [-1024]),
    el(0x00281053, 'DS', [1]),
    el(0x00281054, 'LO', 'HU'),
    el(0x7fe00010, 'OW', new Uint8Array(stored.buffer)),
  ];
  return writeDicom(elements, { syntax: 'explicit-le', fileMeta: true });
}
