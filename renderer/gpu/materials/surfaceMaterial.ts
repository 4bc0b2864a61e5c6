import { BackSide, DoubleSide, FrontSide, MeshLambertMaterial, type Plane } from 'three';

/** How a surface is drawn: opaque (both sides in one pass) or see-through (its back faces, then its front faces). */
export type SurfacePass = 'opaque' | 'back' | 'front';

/**
 * A lit surface material of the 3D view, clipped by `clipPlanes` (an array the caller owns and
 * changes in place: three.js re-reads it every frame). See-through passes blend and leave the
 * depth buffer to the opaque surfaces.
 */
export function createSurfaceMaterial(pass: SurfacePass, clipPlanes: Plane[]): MeshLambertMaterial {
  const opaque = pass === 'opaque';
  return new MeshLambertMaterial({
    side: pass === 'opaque' ? DoubleSide : pass === 'back' ? BackSide : FrontSide,
    transparent: !opaque,
    depthWrite: opaque,
    clippingPlanes: clipPlanes,
  });
}
