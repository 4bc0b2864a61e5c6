import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { OrthographicCamera, Scene } from 'three';
import { createSliceMaterial } from '../gpu/materials/sliceMaterial.js';
import { setSliceUniforms } from '../gpu/materials/sliceUniformValues.js';
import { caseStore } from '../state/caseStore.js';
import { shownDose, shownObjects } from '../therapy/shownDose.js';
import { shownStructures } from '../therapy/shownStructures.js';
import { selectedObjects } from '../state/selectedObjects.js';
import { viewStore } from '../state/viewStore.js';
import { createSliceQuad, placeSliceQuad } from './layers/sliceQuad.js';
import { placeSliceCamera } from './layers/sliceCamera.js';
import { StructureLines } from './layers/structureLines.js';
import { StructureMasks } from './layers/structureMasks.js';
import { ensureMasks, maskStore } from '../state/maskStore.js';
import { sliceAxes, type SliceOrientation, type SliceView } from './sliceFrame.js';
import { sliceViewOf } from './sliceViewOf.js';
import { viewBounds } from './viewBounds.js';
import { registeredViews } from './viewRegistry.js';

/** The GPU side of one slice viewport: its scene, registered with the render loop. */
export function SliceScene({ orientation }: { readonly orientation: SliceOrientation }): null {
  const gl = useThree((state) => state.gl);
  useEffect(() => {
    const scene = new Scene();
    const camera = new OrthographicCamera();
    const material = createSliceMaterial();
    const quad = createSliceQuad(material);
    const structures = new StructureLines();
    const masks = new StructureMasks(quad.geometry);
    scene.add(quad, masks.group, structures.group);
    const floatLinear = gl.extensions.has('OES_texture_float_linear');
    const prepare = (widthPx: number, heightPx: number): SliceView | undefined => {
      const objects = selectedObjects(caseStore.getState());
      const bounds = viewBounds(objects);
      if (bounds === undefined) return undefined;
      const state = viewStore.getState();
      const view = sliceViewOf(orientation, state, bounds, widthPx, heightPx);
      placeSliceQuad(quad, view);
      placeSliceCamera(camera, view);
      setSliceUniforms(material, shownObjects(), state, floatLinear);
      ensureMasks(objects.structureSet);
      const display = shownStructures();
      masks.update(view, objects.structureSet, maskStore.getState().masks, display);
      structures.update(view, objects.structureSet, display);
      return view;
    };
    const inputs = (widthPx: number, heightPx: number): readonly unknown[] => {
      const { reviewCase, selection } = caseStore.getState();
      const state = viewStore.getState();
      const normal = sliceAxes[orientation].normalLps;
      const slicePositionMm = state.crosshairLps[0] * normal[0] + state.crosshairLps[1] * normal[1] + state.crosshairLps[2] * normal[2];
      return [widthPx, heightPx, reviewCase, selection, state.slices[orientation], slicePositionMm, state.windowLevel, state.dose, shownStructures(), maskStore.getState().masks, shownDose().grid];
    };
    registeredViews.set(orientation, { scene, camera, inputs, prepare });
    return () => {
      registeredViews.delete(orientation);
      structures.dispose();
      masks.dispose();
      quad.geometry.dispose();
      material.dispose();
    };
  }, [gl, orientation]);
  return null;
}
