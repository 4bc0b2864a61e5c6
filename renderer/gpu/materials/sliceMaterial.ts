import { Color, DoubleSide, GLSL3, Matrix4, ShaderMaterial, type Data3DTexture, type Texture } from 'three';
import { assembleShader } from '../shaders/assemble.js';
import sliceFragment from '../shaders/slice.frag.glsl?raw';
import sliceVertex from '../shaders/slice.vert.glsl?raw';
import { colourMapTexture } from '../textures/colourMap.js';
import { identityRemap } from '../textures/planeRemap.js';

export const maxIsodoseLevels = 16;

/** The slice shader's uniforms, typed: what the CPU may set and nothing else. */
export interface SliceUniforms {
  uImage: { value: Data3DTexture | null };
  uImageLpsToTex: { value: Matrix4 };
  uImageSlope: { value: number };
  uImageIntercept: { value: number };
  uHasImage: { value: boolean };
  uImageUneven: { value: boolean };
  uImagePlaneRemap: { value: Texture };
  uWindowCentre: { value: number };
  uWindowWidth: { value: number };
  uDose: { value: Data3DTexture | null };
  uDoseLpsToTex: { value: Matrix4 };
  uHasDose: { value: boolean };
  uDoseUneven: { value: boolean };
  uDosePlaneRemap: { value: Texture };
  uColourMap: { value: Texture };
  uWashRangeGy: { value: [number, number] };
  uWashThresholdGy: { value: number };
  uWashOpacity: { value: number };
  uWashVisible: { value: boolean };
  uIsoLevelsGy: { value: number[] };
  uIsoColours: { value: Color[] };
  uIsoCount: { value: number };
  uIsoHalfWidthPx: { value: number };
  [name: string]: { value: unknown };
}

export type SliceMaterial = ShaderMaterial & { uniforms: SliceUniforms };

export function createSliceMaterial(): SliceMaterial {
  const uniforms: SliceUniforms = {
    uImage: { value: null },
    uImageLpsToTex: { value: new Matrix4() },
    uImageSlope: { value: 1 },
    uImageIntercept: { value: 0 },
    uHasImage: { value: false },
    uImageUneven: { value: false },
    uImagePlaneRemap: { value: identityRemap },
    uWindowCentre: { value: 40 },
    uWindowWidth: { value: 400 },
    uDose: { value: null },
    uDoseLpsToTex: { value: new Matrix4() },
    uHasDose: { value: false },
    uDoseUneven: { value: false },
    uDosePlaneRemap: { value: identityRemap },
    uColourMap: { value: colourMapTexture() },
    uWashRangeGy: { value: [0, 1] },
    uWashThresholdGy: { value: 0 },
    uWashOpacity: { value: 0.5 },
    uWashVisible: { value: true },
    uIsoLevelsGy: { value: new Array<number>(maxIsodoseLevels).fill(0) },
    uIsoColours: { value: Array.from({ length: maxIsodoseLevels }, () => new Color()) },
    uIsoCount: { value: 0 },
    uIsoHalfWidthPx: { value: 1 },
  };
  const material = new ShaderMaterial({
    glslVersion: GLSL3,
    uniforms,
    vertexShader: assembleShader('slice.vert', sliceVertex),
    fragmentShader: assembleShader('slice.frag', sliceFragment),
    side: DoubleSide,
    depthTest: false,
    depthWrite: false,
  });
  return material as SliceMaterial;
}
