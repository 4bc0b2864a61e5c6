import { BufferAttribute, BufferGeometry, Group, Mesh, type MeshLambertMaterial, type Plane } from 'three';
import type { TriangleMesh } from '../../../src/geometry/isosurface.js';
import { createSurfaceMaterial, type SurfacePass } from '../../gpu/materials/surfaceMaterial.js';
import { renderOrders, volumeLayers } from './renderOrder.js';

/** A surface's look: colour (0-255), opacity (1: opaque) and how far out it lies among nested see-through surfaces (0: outermost). */
export interface SurfaceStyle {
  readonly colourRgb: readonly [number, number, number];
  readonly opacity: number;
  readonly nesting: number;
}

/**
 * One triangle mesh in the 3D view: its geometry made once, drawn opaque (and into the depth
 * pass the ray marcher stops at), or see-through as back faces then front faces, so that nested
 * shells (isodose surfaces, a body outline around organs) blend in depth order.
 */
export class SurfaceMesh {
  readonly group = new Group();
  private readonly geometry = new BufferGeometry();
  private readonly meshes: Readonly<Record<SurfacePass, Mesh<BufferGeometry, MeshLambertMaterial>>>;

  constructor(mesh: TriangleMesh, clipPlanes: Plane[]) {
    this.geometry.setAttribute('position', new BufferAttribute(mesh.positionsLps, 3));
    this.geometry.setAttribute('normal', new BufferAttribute(mesh.normalsLps, 3));
    this.geometry.setIndex(new BufferAttribute(mesh.indices, 1));
    this.geometry.computeBoundingSphere();
    const make = (pass: SurfacePass): Mesh<BufferGeometry, MeshLambertMaterial> => {
      const made = new Mesh(this.geometry, createSurfaceMaterial(pass, clipPlanes));
      made.matrixAutoUpdate = false;
      this.group.add(made);
      return made;
    };
    this.meshes = { opaque: make('opaque'), back: make('back'), front: make('front') };
    this.meshes.opaque.layers.enable(volumeLayers.opaqueDepth);
  }

  setStyle(style: SurfaceStyle): void {
    const seeThrough = style.opacity < 1;
    for (const [pass, mesh] of Object.entries(this.meshes) as [SurfacePass, Mesh<BufferGeometry, MeshLambertMaterial>][]) {
      mesh.visible = (pass === 'opaque') !== seeThrough;
      mesh.material.color.setRGB(style.colourRgb[0] / 255, style.colourRgb[1] / 255, style.colourRgb[2] / 255);
      mesh.material.opacity = seeThrough ? style.opacity : 1;
    }
    this.meshes.back.renderOrder = renderOrders.backFaces + style.nesting;
    this.meshes.front.renderOrder = renderOrders.frontFaces - style.nesting;
  }

  dispose(): void {
    this.geometry.dispose();
    for (const mesh of Object.values(this.meshes)) mesh.material.dispose();
  }
}
