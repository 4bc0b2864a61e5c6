import { Color, DoubleSide, GLSL3, Matrix4, ShaderMaterial, type Data3DTexture } from 'three';
import { assembleShader } from '../shaders/assemble.js';
import maskFragment from '../shaders/mask.frag.glsl?raw';
import sliceVertex from '../shaders/slice.vert.glsl?raw';

/** A structure's mask drawn over a slice: outline (where the view does not show the contours themselves) and fill. */
export interface MaskUniforms {
  uMask: { value: Data3DTexture | null };
  uMaskLpsToTex: { value: Matrix4 };
  uMaskLayers: { value: number };
  uColour: { value: Color };
  uOutlineWidthPx: { value: number };
  uFillOpacity: { value: number };
  uDrawOutline: { value: boolean };
  [name: string]: { value: unknown };
}

export type MaskMaterial = ShaderMaterial & { uniforms: MaskUniforms };

export function createMaskMaterial(): MaskMaterial {
  const uniforms: MaskUniforms = {
    uMask: { value: null },
    uMaskLpsToTex: { value: new Matrix4() },
    uMaskLayers: { value: 1 },
    uColour: { value: new Color(1, 1, 1) },
    uOutlineWidthPx: { value: 1 },
    uFillOpacity: { value: 0 },
    uDrawOutline: { value: true },
  };
  return new ShaderMaterial({
    glslVersion: GLSL3,
    uniforms,
    vertexShader: assembleShader('slice.vert', sliceVertex),
    fragmentShader: assembleShader('mask.frag', maskFragment),
    transparent: true,
    side: DoubleSide,
    depthTest: false,
    depthWrite: false,
  }) as MaskMaterial;
}
