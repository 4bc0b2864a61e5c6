import { add, cross, dot, length, normalize, scale, subtract, type Vec3 } from '../../../src/geometry/vec3.js';
import { boundsCentre } from '../gridBounds.js';
import type { BoundsLps } from '../sliceFrame.js';

/** Where the 3D camera is, as the store keeps it: an orbit about the scene's centre. */
export interface OrbitState {
  /** Turn about the patient's superior (+z) axis away from the anterior view, degrees; positive toward the patient's left. */
  readonly azimuthDeg: number;
  /** Above (+, toward superior) or below the view's horizontal, degrees, within ±maxElevationDeg. */
  readonly elevationDeg: number;
  /** 1 fits the scene's bounds to the viewport; larger is closer. */
  readonly zoom: number;
  /** The orbit's centre less the bounds' centre, LPS mm. */
  readonly panLps: Vec3;
}

/** The patient seen from the front: anterior toward the viewer, head up, patient left on screen right. */
export const anteriorOrbit: OrbitState = { azimuthDeg: 0, elevationDeg: 0, zoom: 1, panLps: [0, 0, 0] };

/** A perspective camera in patient coordinates, and the screen's axes there. */
export interface VolumeCamera {
  readonly positionLps: Vec3;
  readonly targetLps: Vec3;
  /** Unit vectors: screen right, screen up, and into the screen. */
  readonly rightLps: Vec3;
  readonly upLps: Vec3;
  readonly forwardLps: Vec3;
  readonly distanceMm: number;
  readonly verticalFovDeg: number;
  readonly aspect: number;
  readonly nearMm: number;
  readonly farMm: number;
}

const maxElevationDeg = 89;
const verticalFovDeg = 30;
/** Fit 80 % of the bounds' sphere: the box's corners may leave the view, its content rarely does. */
const fitFraction = 0.8;
/** Room behind the scene for beam sources (SAD about 1000 mm from the isocentre). */
const farMarginMm = 1500;
const degreesPerPx = 0.4;
const zoomRange: readonly [number, number] = [0.1, 30];

const radians = (degrees: number): number => (degrees * Math.PI) / 180;

/** The camera of an orbit around `bounds` for a viewport of width / height `aspect`. */
export function volumeCamera(orbit: OrbitState, bounds: BoundsLps, aspect: number): VolumeCamera {
  const targetLps = add(boundsCentre(bounds), orbit.panLps);
  const radiusMm = Math.max(1, length(subtract(bounds.maxLps, bounds.minLps)) / 2);
  const azimuth = radians(orbit.azimuthDeg);
  const elevation = radians(orbit.elevationDeg);
  const backLps: Vec3 = [Math.sin(azimuth) * Math.cos(elevation), -Math.cos(azimuth) * Math.cos(elevation), Math.sin(elevation)];
  const halfFov = radians(verticalFovDeg / 2);
  const halfAngle = Math.min(halfFov, Math.atan(Math.tan(halfFov) * aspect));
  const distanceMm = (fitFraction * radiusMm) / Math.sin(halfAngle) / orbit.zoom;
  const forwardLps = scale(backLps, -1);
  const rightLps = normalize(cross(forwardLps, [0, 0, 1]));
  return {
    positionLps: add(targetLps, scale(backLps, distanceMm)),
    targetLps,
    rightLps,
    upLps: cross(rightLps, forwardLps),
    forwardLps,
    distanceMm,
    verticalFovDeg,
    aspect,
    nearMm: Math.max(1, distanceMm * 0.02),
    farMm: distanceMm + radiusMm + farMarginMm,
  };
}

/** Where a patient point appears, CSS px from the viewport's top left; undefined behind the near plane. */
export function projectToScreen(camera: VolumeCamera, pointLps: Vec3, widthPx: number, heightPx: number): [number, number] | undefined {
  const offset = subtract(pointLps, camera.positionLps);
  const depthMm = dot(offset, camera.forwardLps);
  if (depthMm < camera.nearMm) return undefined;
  const focal = 1 / Math.tan(radians(camera.verticalFovDeg / 2));
  const ndcX = (dot(offset, camera.rightLps) * focal) / (camera.aspect * depthMm);
  const ndcY = (dot(offset, camera.upLps) * focal) / depthMm;
  return [((ndcX + 1) / 2) * widthPx, ((1 - ndcY) / 2) * heightPx];
}

/** A drag turns the scene with the pointer: right turns the patient's front toward screen right, down tips the head toward the viewer. */
export function orbitBy(orbit: OrbitState, dxPx: number, dyPx: number): OrbitState {
  const azimuth = orbit.azimuthDeg - dxPx * degreesPerPx;
  return {
    ...orbit,
    azimuthDeg: azimuth - 360 * Math.round(azimuth / 360),
    elevationDeg: Math.min(maxElevationDeg, Math.max(-maxElevationDeg, orbit.elevationDeg + dyPx * degreesPerPx)),
  };
}

export function zoomBy(orbit: OrbitState, factor: number): OrbitState {
  return { ...orbit, zoom: Math.min(zoomRange[1], Math.max(zoomRange[0], orbit.zoom * factor)) };
}

/** A pan drag moves the scene with the pointer, at the orbit centre's depth. */
export function panBy(orbit: OrbitState, camera: VolumeCamera, dxPx: number, dyPx: number, heightPx: number): OrbitState {
  const mmPerPx = (2 * camera.distanceMm * Math.tan(radians(camera.verticalFovDeg / 2))) / Math.max(1, heightPx);
  const moveLps = add(scale(camera.rightLps, -dxPx * mmPerPx), scale(camera.upLps, dyPx * mmPerPx));
  return { ...orbit, panLps: add(orbit.panLps, moveLps) };
}
