import { BackSide, GLSL3, Matrix4, ShaderMaterial, Vector4, type Data3DTexture, type Texture } from 'three';
import { assembleShader } from '../shaders/assemble.js';
import marchFragment from '../shaders/volume_march.frag.glsl?raw';
import marchVertex from '../shaders/volume_march.vert.glsl?raw';
import { colourMapTexture } from '../textures/colourMap.js';

/** The ray marcher's uniforms (volume_march.frag.glsl and its chunks), typed. */
export interface VolumeMarchUniforms {
  uCt: { value: Data3DTexture | null };
  uCtLpsToTex: { value: Matrix4 };
  /** The CT texture holds stored values: HU = texel * slope + intercept. */
  uCtSlope: { value: number };
  uCtIntercept: { value: number };
  uCtVisible: { value: boolean };
  uSkinHu: { value: number };
  uBoneHu: { value: number };
  uDose: { value: Data3DTexture | null };
  uDoseLpsToTex: { value: Matrix4 };
  uDoseVisible: { value: boolean };
  uColourMap: { value: Texture };
  uWashRangeGy: { value: [number, number] };
  uCloudThresholdGy: { value: number };
  uCloudExtinctionPerMm: { value: number };
  /** normal (xyz) and constant (w) in LPS mm: points with dot(normal, p) + w >= 0 are kept. */
  uClipPlane: { value: Vector4 };
  uClipEnabled: { value: boolean };
  uOpaqueDepth: { value: Texture | null };
  uHasOpaqueDepth: { value: boolean };
  uViewportPx: { value: Vector4 };
  uCameraNear: { value: number };
  uCameraFar: { value: number };
  uMinStepMm: { value: number };
  [name: string]: { value: unknown };
}

export type VolumeMarchMaterial = ShaderMaterial & { uniforms: VolumeMarchUniforms };

/** Drawn on the back faces of the proxy box, blended premultiplied over what is behind; it tests depth itself (uOpaqueDepth). */
export function createVolumeMarchMaterial(): VolumeMarchMaterial {
  const uniforms: VolumeMarchUniforms = {
    uCt: { value: null },
    uCtLpsToTex: { value: new Matrix4() },
    uCtSlope: { value: 1 },
    uCtIntercept: { value: 0 },
    uCtVisible: { value: false },
    uSkinHu: { value: -300 },
    uBoneHu: { value: 250 },
    uDose: { value: null },
    uDoseLpsToTex: { value: new Matrix4() },
    uDoseVisible: { value: false },
    uColourMap: { value: colourMapTexture() },
    uWashRangeGy: { value: [0, 1] },
    uCloudThresholdGy: { value: 0 },
    uCloudExtinctionPerMm: { value: 0 },
    uClipPlane: { value: new Vector4(0, 0, 1, 0) },
    uClipEnabled: { value: false },
    uOpaqueDepth: { value: null },
    uHasOpaqueDepth: { value: false },
    uViewportPx: { value: new Vector4(0, 0, 1, 1) },
    uCameraNear: { value: 1 },
    uCameraFar: { value: 1000 },
    uMinStepMm: { value: 1 },
  };
  return new ShaderMaterial({
    glslVersion: GLSL3,
    uniforms,
    vertexShader: assembleShader('volume_march.vert', marchVertex),
    fragmentShader: assembleShader('volume_march.frag', marchFragment),
    side: BackSide,
    transparent: true,
    premultipliedAlpha: true,
    depthTest: false,
    depthWrite: false,
  }) as VolumeMarchMaterial;
}
