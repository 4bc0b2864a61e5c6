import { Mesh, MeshLambertMaterial, Raycaster, Vector2, type Camera, type Intersection, type Object3D, type Scene } from 'three';
import type { Vec3 } from '../../../src/geometry/vec3.js';

const raycaster = new Raycaster();

function shown(object: Object3D): boolean {
  for (let node: Object3D | null = object; node !== null; node = node.parent) if (!node.visible) return false;
  return true;
}

/** A hit on a surface that is drawn there: shown, and on the kept side of the material's clip planes. */
function drawnHit(hit: Intersection): boolean {
  const object = hit.object;
  if (!(object instanceof Mesh) || !(object.material instanceof MeshLambertMaterial) || !shown(object)) return false;
  return (object.material.clippingPlanes ?? []).every((plane) => plane.distanceToPoint(hit.point) >= 0);
}

/**
 * The patient point (LPS mm) of the nearest surface drawn under a screen point of the 3D view
 * (CSS px from its top left), or undefined where the cursor meets none: what the probe reads there.
 */
export function pickSurfacePoint(scene: Scene, camera: Camera, xPx: number, yPx: number, widthPx: number, heightPx: number): Vec3 | undefined {
  raycaster.setFromCamera(new Vector2((2 * xPx) / widthPx - 1, 1 - (2 * yPx) / heightPx), camera);
  const hit = raycaster.intersectObjects(scene.children, true).find(drawnHit);
  return hit === undefined ? undefined : [hit.point.x, hit.point.y, hit.point.z];
}
