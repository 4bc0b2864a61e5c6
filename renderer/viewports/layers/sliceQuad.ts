import { BufferAttribute, BufferGeometry, Mesh, type Material } from 'three';
import { screenToLps, type SliceView } from '../sliceFrame.js';

/** A quad covering the whole viewport on the slice plane, its corners in LPS mm. */
export function createSliceQuad(material: Material): Mesh {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(new Float32Array(12), 3));
  geometry.setIndex([0, 1, 2, 0, 2, 3]);
  const mesh = new Mesh(geometry, material);
  mesh.frustumCulled = false;
  mesh.matrixAutoUpdate = false;
  return mesh;
}

export function placeSliceQuad(mesh: Mesh, view: SliceView): void {
  const corners = [screenToLps(view, 0, 0), screenToLps(view, view.widthPx, 0), screenToLps(view, view.widthPx, view.heightPx), screenToLps(view, 0, view.heightPx)];
  const position = mesh.geometry.getAttribute('position') as BufferAttribute;
  corners.forEach((corner, index) => position.setXYZ(index, corner[0], corner[1], corner[2]));
  position.needsUpdate = true;
}
