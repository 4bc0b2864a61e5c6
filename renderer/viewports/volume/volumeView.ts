import { AmbientLight, Color, DirectionalLight, PerspectiveCamera, Plane, Scene, Vector3, type WebGLRenderer } from 'three';
import { add, scale } from '../../../src/geometry/vec3.js';
import { doseReferences } from '../../gpu/materials/sliceUniformValues.js';
import { caseStore } from '../../state/caseStore.js';
import type { SelectedObjects } from '../../state/selectedObjects.js';
import { shownDose, shownObjects } from '../../therapy/shownDose.js';
import { shownStructures } from '../../therapy/shownStructures.js';
import { viewStore, type ViewState } from '../../state/viewStore.js';
import { surfaceStatusStore, volumeViewStore, type VolumeViewState } from '../../state/volumeViewStore.js';
import { MeshClient } from '../../workers/meshClient.js';
import { viewBounds } from '../viewBounds.js';
import type { RegisteredView } from '../viewRegistry.js';
import { BeamLinesLayer } from './beamLinesLayer.js';
import { clipPlaneLps } from './clipPlane.js';
import { OpaqueDepth } from './opaqueDepth.js';
import { volumeCamera, type VolumeCamera } from './orbitCamera.js';
import { SurfaceSet, type WantedSurface } from './surfaceSet.js';
import { VolumeMarch } from './volumeMarch.js';
import { wantedCtSurface, wantedIsodoses, wantedStructures } from './wantedSurfaces.js';

/** What a drawn 3D view tells the probe and tests: its camera and size. */
export interface VolumeFrame {
  readonly camera: VolumeCamera;
  readonly widthPx: number;
  readonly heightPx: number;
}

const background = new Color(0.05, 0.06, 0.08);
// three's lights are physical (the Lambert BRDF divides by pi): these give a surface facing the light about its own colour.
const ambientIntensity = 0.35 * Math.PI;
const headLightIntensity = 0.75 * Math.PI;
const nothing: ReadonlyMap<string, WantedSurface> = new Map();

/**
 * The 3D view's layers: structure, isodose and CT surfaces (meshed in the mesh worker), the
 * ray-marched dose cloud and CT with the opaque surfaces' depth pass they stop at, and the beams;
 * all but the beams cut by one clip plane. `onChange` asks for a frame (a mesh arrived).
 */
class VolumeLayers {
  private readonly clipPlanes: Plane[] = [];
  private readonly clipPlane = new Plane();
  private readonly client = new MeshClient();
  private readonly structures: SurfaceSet;
  private readonly isodoses: SurfaceSet;
  private readonly ctSurface: SurfaceSet;
  private readonly march = new VolumeMarch();
  private readonly depth = new OpaqueDepth(this.clipPlanes);
  private readonly beams = new BeamLinesLayer();

  constructor(scene: Scene, private readonly floatLinear: boolean, onChange: () => void) {
    this.structures = new SurfaceSet(this.clipPlanes, true, onChange);
    this.isodoses = new SurfaceSet(this.clipPlanes, false, onChange);
    this.ctSurface = new SurfaceSet(this.clipPlanes, false, onChange);
    scene.add(this.structures.group, this.isodoses.group, this.ctSurface.group, this.march.mesh, this.beams.lines);
  }

  /** Sets every layer for this frame; true when the ray marcher draws (it then needs `drawDepth`). */
  update(objects: SelectedObjects, state: ViewState, volume: VolumeViewState): boolean {
    const { client } = this;
    const plane = clipPlaneLps(volume.clip, state.crosshairLps);
    this.clipPlanes.length = 0;
    if (plane !== undefined) this.clipPlanes.push(this.clipPlane.set(new Vector3(...plane.normalLps), plane.constantMm));
    this.structures.update(objects.structureSet, volume.structuresVisible ? wantedStructures(client, objects.structureSet, shownStructures()) : nothing);
    this.isodoses.update(objects.doseGrid, volume.isodoseSurfacesVisible ? wantedIsodoses(client, objects.doseGrid, state.dose, doseReferences(objects), volume.isodoseOpacity) : nothing);
    this.ctSurface.update(objects.image, wantedCtSurface(client, objects.image, volume.ctMode));
    this.beams.update(objects.plan, volume.beamsVisible);
    return this.march.update({ image: objects.image, doseGrid: objects.doseGrid, ctVisible: volume.ctMode === 'volume', cloud: volume.cloud, clip: plane, floatLinear: this.floatLinear });
  }

  /** The opaque surfaces' depth for the ray marcher, drawn for the viewport the renderer is set to. */
  drawDepth(gl: WebGLRenderer, scene: Scene, camera: PerspectiveCamera): void {
    const viewportPx = this.depth.render(gl, scene, camera);
    this.march.setDepth({ texture: this.depth.depthTexture, viewportPx }, camera);
  }

  /** Surfaces still meshing and those that failed, into the store the overlay shows. */
  reportStatus(): void {
    const all = [this.structures.status(), this.isodoses.status(), this.ctSurface.status()];
    const pending = all.reduce((sum, status) => sum + status.pending, 0);
    const failures = all.flatMap((status) => status.failures);
    const before = surfaceStatusStore.getState();
    if (before.pending !== pending || before.failures.join('\n') !== failures.join('\n')) surfaceStatusStore.setState({ pending, failures });
  }

  dispose(): void {
    this.client.dispose();
    for (const layer of [this.structures, this.isodoses, this.ctSurface, this.march, this.depth, this.beams]) layer.dispose();
    surfaceStatusStore.setState({ pending: 0, failures: [] });
  }
}

/** The 3D viewport's scene, camera and per-frame preparation for the render loop; a head light follows the camera. */
export function createVolumeView(gl: WebGLRenderer, onChange: () => void): { readonly view: RegisteredView<VolumeFrame>; dispose(): void } {
  const scene = new Scene();
  scene.background = background;
  const camera = new PerspectiveCamera();
  const headLight = new DirectionalLight(0xffffff, headLightIntensity);
  scene.add(new AmbientLight(0xffffff, ambientIntensity), headLight, headLight.target);
  // Meshes arrive from the worker: each arrival changes the picture.
  let meshArrivals = 0;
  const layers: VolumeLayers = new VolumeLayers(scene, gl.extensions.has('OES_texture_float_linear'), () => {
    meshArrivals += 1;
    layers.reportStatus();
    onChange();
  });
  const inputs = (widthPx: number, heightPx: number): readonly unknown[] => {
    const { reviewCase, selection } = caseStore.getState();
    const state = viewStore.getState();
    const volume = volumeViewStore.getState();
    // The 3D view shows the dose only in its cloud and isodose surfaces: a dose mode or slider step redraws it only then.
    return [widthPx, heightPx, reviewCase, selection, volume, state.dose, shownStructures(), volume.clip.orientation === 'off' ? undefined : state.crosshairLps, meshArrivals, volume.cloud.visible || volume.isodoseSurfacesVisible ? shownDose().grid : undefined];
  };
  gl.localClippingEnabled = true;
  const prepare = (widthPx: number, heightPx: number): VolumeFrame | undefined => {
    const objects = shownObjects();
    const bounds = viewBounds(objects);
    if (bounds === undefined) return undefined;
    const volume = volumeViewStore.getState();
    const view = volumeCamera(volume.orbit, bounds, widthPx / heightPx);
    placeCamera(camera, view);
    headLight.position.set(...add(view.positionLps, scale(view.upLps, 0.3 * view.distanceMm)));
    headLight.target.position.set(...view.targetLps);
    if (layers.update(objects, viewStore.getState(), volume)) layers.drawDepth(gl, scene, camera);
    layers.reportStatus();
    return { camera: view, widthPx, heightPx };
  };
  return {
    view: { scene, camera, inputs, prepare },
    dispose: () => {
      layers.dispose();
      gl.localClippingEnabled = false;
    },
  };
}

function placeCamera(camera: PerspectiveCamera, view: VolumeCamera): void {
  camera.fov = view.verticalFovDeg;
  camera.aspect = view.aspect;
  camera.near = view.nearMm;
  camera.far = view.farMm;
  camera.position.set(...view.positionLps);
  camera.up.set(...view.upLps);
  camera.lookAt(...view.targetLps);
  camera.updateProjectionMatrix();
  camera.updateMatrixWorld();
}
