import { describe, expect, it } from 'vitest';
import type { Contour, Roi } from '../../src/dicom/rtStruct.js';
import { gridAffine } from '../../src/geometry/affine.js';
import { MeshRequestHandler } from '../../src/workers/meshHandler.js';
import { structureSurfaceKey, transferablesOf, type MeshRequest, type MeshResponse } from '../../src/workers/meshProtocol.js';
import { meshVolumeMm3, openEdges } from '../geometry/meshMeasures.js';

const square = (z: number): Contour => ({ geometricType: 'CLOSED_PLANAR', pointsLps: Float64Array.of(0, 0, z, 10, 0, z, 10, 10, z, 0, 10, z), referencedSopInstanceUids: [] });
const roi = (contours: readonly Contour[]): Roi => ({ number: 4, name: 'Box', colorRgb: undefined, interpretedType: 'ORGAN', frameOfReferenceUid: undefined, generationAlgorithm: undefined, contours });
/** 10 x 10 mm squares on planes z = 0 ... 9: a mask of 10 x 10 x 10 voxels of 1 mm. */
const box = roi(Array.from({ length: 10 }, (_, z) => square(z)));

async function answers(requests: readonly MeshRequest[], onYield: (handler: MeshRequestHandler, yields: number) => Promise<void> = async () => undefined): Promise<MeshResponse[]> {
  const responses: MeshResponse[] = [];
  let yields = 0;
  const handler: MeshRequestHandler = new MeshRequestHandler((response) => responses.push(response), async () => {
    yields += 1;
    await onYield(handler, yields);
  });
  for (const request of requests) await handler.handle(request);
  return responses;
}

describe('the mesh worker handler', () => {
  it('answers a structure mask request with the mask, its notes and its buffer to transfer', async () => {
    const [response] = await answers([{ type: 'structureMask', requestId: 1, roi: box }]);
    if (response?.type !== 'mask' || response.mask === undefined) throw new Error(`expected a mask, got ${JSON.stringify(response)}`);
    expect(response).toMatchObject({ requestId: 1, roiNumber: 4, notes: [] });
    expect(response.mask.dimensions).toEqual([12, 12, 12]);
    expect(response.mask.values.reduce((sum, value) => sum + (value === 255 ? 1 : 0), 0)).toBe(1000);
    expect(transferablesOf(response)).toEqual([response.mask.values.buffer]);
  });

  it('meshes a structure: closed, halfway between inside and outside voxels, its volume the voxels\' less the chamfered edges and corners', async () => {
    const [response] = await answers([{ type: 'structureSurface', requestId: 2, roi: box }]);
    if (response?.type !== 'mesh') throw new Error(`expected a mesh, got ${JSON.stringify(response)}`);
    expect(response.key).toBe(structureSurfaceKey(4));
    expect(openEdges(response.mesh)).toEqual([]);
    // The 10 mm cube from x, y = 0 to 10 and z = -0.5 to 9.5 (half-slice caps), less 12 edge prisms
    // of section 1/8 mm² over 9 mm and 8 corners of 1/8 - 1/48 mm³ (marching cubes cuts voxel edges at midpoints).
    expect(meshVolumeMm3(response.mesh)).toBeCloseTo(1000 - (12 * 9) / 8 - 8 * (1 / 8 - 1 / 48), 3);
    const z = response.mesh.positionsLps.filter((_, index) => index % 3 === 2);
    expect([Math.min(...z), Math.max(...z)]).toEqual([-0.5, 9.5]);
    expect(transferablesOf(response)).toHaveLength(3);
  });

  it('meshes any grid for an isosurface request, echoing its key and honouring step', async () => {
    const n = 21;
    const values = Float32Array.from({ length: n ** 3 }, (_, index) => 8 - Math.hypot((index % n) - 10, (Math.floor(index / n) % n) - 10, Math.floor(index / n ** 2) - 10));
    const ijkToLps = gridAffine({ originLps: [0, 0, 0], rowDirection: [1, 0, 0], columnDirection: [0, 1, 0], sliceDirection: [0, 0, 1], spacingMm: [2, 2, 2] });
    const base = { type: 'isosurface', key: 'dose / 45 Gy', values, dimensions: [n, n, n], ijkToLps, level: 0 } as const;
    const [fine, coarse] = await answers([{ ...base, requestId: 3 }, { ...base, requestId: 4, step: 2 }]);
    if (fine?.type !== 'mesh' || coarse?.type !== 'mesh') throw new Error('expected two meshes');
    expect([fine.requestId, fine.key, coarse.requestId]).toEqual([3, 'dose / 45 Gy', 4]);
    const ballMm3 = (4 / 3) * Math.PI * 16 ** 3; // radius 8 voxels of 2 mm
    expect(Math.abs(meshVolumeMm3(fine.mesh) - ballMm3) / ballMm3).toBeLessThan(0.02);
    expect(coarse.mesh.positionsLps.length).toBeLessThan(fine.mesh.positionsLps.length / 3);
  });

  it('answers errors with the request id: a grid that does not fit its values, a surface for an ROI without closed contours', async () => {
    const point = roi([{ geometricType: 'POINT', pointsLps: Float64Array.of(1, 2, 3), referencedSopInstanceUids: [] }]);
    const ijkToLps = gridAffine({ originLps: [0, 0, 0], rowDirection: [1, 0, 0], columnDirection: [0, 1, 0], sliceDirection: [0, 0, 1], spacingMm: [1, 1, 1] });
    const responses = await answers([
      { type: 'isosurface', requestId: 5, key: 'ct / skin', values: new Int16Array(10), dimensions: [2, 2, 2], ijkToLps, level: -300 },
      { type: 'structureSurface', requestId: 6, roi: point },
      { type: 'structureMask', requestId: 7, roi: point },
    ]);
    expect(responses[0]).toEqual({ type: 'error', requestId: 5, message: 'isosurface: 10 values for a 2 x 2 x 2 grid (8 expected)' });
    expect(responses[1]).toMatchObject({ type: 'error', requestId: 6, message: expect.stringMatching(/^structureSurface: .*no closed planar contours/u) });
    expect(responses[2]).toMatchObject({ type: 'mask', requestId: 7, mask: undefined, notes: expect.arrayContaining([expect.stringMatching(/no closed planar contours/u)]) });
    expect(transferablesOf(responses[2] as MeshResponse)).toEqual([]);
  });

  it('answers cancelled for a request cancelled before it starts, or between a structure\'s mask and its mesh', async () => {
    const before = await answers([{ type: 'structureSurface', requestId: 8, roi: box }], (handler, yields) => (yields === 1 ? handler.handle({ type: 'cancel', requestId: 8 }) : Promise.resolve()));
    expect(before).toEqual([{ type: 'cancelled', requestId: 8 }]);
    const between = await answers([{ type: 'structureSurface', requestId: 9, roi: box }], (handler, yields) => (yields === 2 ? handler.handle({ type: 'cancel', requestId: 9 }) : Promise.resolve()));
    expect(between).toEqual([{ type: 'cancelled', requestId: 9 }]);
    // A cancel for a request that is not running changes nothing.
    const other = await answers([{ type: 'cancel', requestId: 99 }, { type: 'structureMask', requestId: 10, roi: box }]);
    expect(other.map((response) => [response.type, response.requestId])).toEqual([['mask', 10]]);
  });
});
