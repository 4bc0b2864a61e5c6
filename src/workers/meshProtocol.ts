import type { Roi } from '../dicom/rtStruct.js';
import type { Affine } from '../geometry/affine.js';
import type { ScalarValues, TriangleMesh } from '../geometry/isosurface.js';
import type { RoiMask, RoiMaskOptions } from '../structures/roiMask.js';

/**
 * The mesh worker's message protocol: the page asks for an ROI's voxel mask (for slice textures),
 * an ROI's surface (its mask meshed at 127.5), or the isosurface of any grid (isodose surfaces on
 * a dose grid, skin or bone on CT values), and may cancel. Each request gets one answer with its
 * request id: the mask, the mesh, an error, or `cancelled`. Typed arrays travel as transferables.
 */
export type MeshRequest =
  | { readonly type: 'structureMask'; readonly requestId: number; readonly roi: Roi; readonly options?: RoiMaskOptions }
  | { readonly type: 'structureSurface'; readonly requestId: number; readonly roi: Roi; readonly options?: RoiMaskOptions }
  | {
      readonly type: 'isosurface';
      readonly requestId: number;
      /** The caller's name for the surface, echoed in the answer (e.g. "dose 1 / 45 Gy"). */
      readonly key: string;
      readonly values: ScalarValues;
      readonly dimensions: readonly [number, number, number];
      readonly ijkToLps: Affine;
      readonly level: number;
      readonly step?: number;
    }
  | { readonly type: 'cancel'; readonly requestId: number };

export type MeshResponse =
  | { readonly type: 'mask'; readonly requestId: number; readonly roiNumber: number; readonly mask: RoiMask | undefined; readonly notes: readonly string[] }
  | { readonly type: 'mesh'; readonly requestId: number; readonly key: string; readonly mesh: TriangleMesh }
  | { readonly type: 'error'; readonly requestId: number; readonly message: string }
  | { readonly type: 'cancelled'; readonly requestId: number };

/** The key a structure surface's mesh answer carries. */
export function structureSurfaceKey(roiNumber: number): string {
  return `roi ${roiNumber}`;
}

/** The buffers of a response that can be transferred rather than copied. */
export function transferablesOf(response: MeshResponse): ArrayBuffer[] {
  if (response.type === 'mesh') {
    const { positionsLps, normalsLps, indices } = response.mesh;
    return [positionsLps.buffer as ArrayBuffer, normalsLps.buffer as ArrayBuffer, indices.buffer as ArrayBuffer];
  }
  return response.type === 'mask' && response.mask !== undefined ? [response.mask.values.buffer as ArrayBuffer] : [];
}
