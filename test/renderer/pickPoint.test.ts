import { describe, expect, it } from 'vitest';
import { DoubleSide, Mesh, MeshBasicMaterial, MeshLambertMaterial, PerspectiveCamera, Plane, Scene, SphereGeometry, Vector3 } from 'three';
import { pickSurfacePoint } from '../../renderer/viewports/volume/pickPoint.js';

function sceneWithSphere(clip: Plane[] = []): { scene: Scene; camera: PerspectiveCamera; sphere: Mesh } {
  const scene = new Scene();
  const sphere = new Mesh(new SphereGeometry(30, 64, 32), new MeshLambertMaterial({ side: DoubleSide, clippingPlanes: clip }));
  sphere.position.set(0, -30, 0);
  sphere.updateMatrixWorld();
  scene.add(sphere);
  // Seen from the front (anterior, -y), head up.
  const camera = new PerspectiveCamera(30, 1, 1, 5000);
  camera.position.set(0, -1000, 0);
  camera.up.set(0, 0, 1);
  camera.lookAt(0, -30, 0);
  camera.updateMatrixWorld();
  return { scene, camera, sphere };
}

describe('picking the 3D view', () => {
  it('finds the nearest drawn surface under the cursor', () => {
    const { scene, camera } = sceneWithSphere();
    const point = pickSurfacePoint(scene, camera, 50, 50, 100, 100);
    expect(point?.[0]).toBeCloseTo(0, 1);
    expect(point?.[1]).toBeCloseTo(-60, 0);
    expect(point?.[2]).toBeCloseTo(0, 1);
    expect(pickSurfacePoint(scene, camera, 2, 2, 100, 100)).toBeUndefined();
  });

  it('skips what is hidden or clipped away, and what is not a surface', () => {
    // Keep only y >= -30 (the posterior half): the ray meets the sphere's far side.
    const { scene, camera, sphere } = sceneWithSphere([new Plane(new Vector3(0, 1, 0), 30)]);
    expect(pickSurfacePoint(scene, camera, 50, 50, 100, 100)?.[1]).toBeCloseTo(0, 0);
    sphere.visible = false;
    expect(pickSurfacePoint(scene, camera, 50, 50, 100, 100)).toBeUndefined();
    sphere.visible = true;
    sphere.material = new MeshBasicMaterial();
    expect(pickSurfacePoint(scene, camera, 50, 50, 100, 100)).toBeUndefined();
  });
});
