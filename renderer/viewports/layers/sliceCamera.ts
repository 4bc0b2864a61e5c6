import { OrthographicCamera } from 'three';
import { sliceAxes, type SliceView } from '../sliceFrame.js';

/** Distance of the camera from the slice plane, mm (the scene is only the slice, so any will do). */
const standOffMm = 1000;

/** Sets an orthographic camera to look at the slice as the radiological convention shows it. */
export function placeSliceCamera(camera: OrthographicCamera, view: SliceView): void {
  const { rightLps: r, downLps: d, normalLps: n } = sliceAxes[view.orientation];
  const up = [-d[0], -d[1], -d[2]] as const;
  // forward = up x right: the direction the viewer looks along.
  const forward = [up[1] * r[2] - up[2] * r[1], up[2] * r[0] - up[0] * r[2], up[0] * r[1] - up[1] * r[0]] as const;
  const dotWith = (a: readonly number[], b: readonly number[]): number => (a[0] ?? 0) * (b[0] ?? 0) + (a[1] ?? 0) * (b[1] ?? 0) + (a[2] ?? 0) * (b[2] ?? 0);
  const cr = dotWith(view.centreLps, r);
  const cd = dotWith(view.centreLps, d);
  const target = [0, 1, 2].map((c) => (r[c] ?? 0) * cr + (d[c] ?? 0) * cd + (n[c] ?? 0) * view.slicePositionMm);
  camera.position.set((target[0] ?? 0) - forward[0] * standOffMm, (target[1] ?? 0) - forward[1] * standOffMm, (target[2] ?? 0) - forward[2] * standOffMm);
  camera.up.set(up[0], up[1], up[2]);
  camera.lookAt(target[0] ?? 0, target[1] ?? 0, target[2] ?? 0);
  const halfWidthMm = view.widthPx / 2 / view.pixelsPerMm;
  const halfHeightMm = view.heightPx / 2 / view.pixelsPerMm;
  camera.left = -halfWidthMm;
  camera.right = halfWidthMm;
  camera.top = halfHeightMm;
  camera.bottom = -halfHeightMm;
  camera.near = 1;
  camera.far = 2 * standOffMm;
  camera.updateProjectionMatrix();
  camera.updateMatrixWorld();
}
