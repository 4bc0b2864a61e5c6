import { Canvas } from '@react-three/fiber';
import { useStore } from 'zustand';
import { viewStore, type ViewportId } from '../state/viewStore.js';
import { sliceOrientations } from './sliceFrame.js';
import { MultiViewRenderer } from './MultiViewRenderer.js';
import { SliceScene } from './SliceScene.js';
import { SliceViewport } from './SliceViewport.js';
import { VolumeViewport } from './VolumeViewport.js';
import { VolumeScene } from './VolumeScene.js';


const allViewports: readonly ViewportId[] = ['axial', 'sagittal', 'coronal', 'volume'];

/** Which viewports a layout shows, main one first. */
function viewportsOf(layout: string, main: ViewportId): ViewportId[] {
  if (layout === '1x1') return [main];
  if (layout === '1+3') return [main, ...allViewports.filter((id) => id !== main)];
  return [...allViewports];
}

/** The viewports of the layout over one WebGL canvas that draws them all. */
export function ViewportGrid(): React.JSX.Element {
  const layout = useStore(viewStore, (state) => state.layout);
  const main = useStore(viewStore, (state) => state.mainViewport);
  const shown = viewportsOf(layout, main);
  return (
    <div className={`viewport-grid layout-${layout.replace('+', 'p')}`}>
      {/* flat, linear, legacy: colours are display values as given (DICOM ROI colours, the colour map), never converted. */}
      <Canvas className="gl-canvas" frameloop="demand" flat linear legacy gl={{ antialias: false, preserveDrawingBuffer: true, alpha: false }} style={{ position: 'absolute', inset: 0, pointerEvents: 'none' }}>
        {sliceOrientations.filter((id) => shown.includes(id)).map((id) => <SliceScene key={id} orientation={id} />)}
        {shown.includes('volume') && <VolumeScene />}
        <MultiViewRenderer />
      </Canvas>
      {shown.map((id, index) => (
        <div key={id} className={`cell cell-${index}`}>
          {id === 'volume' ? <VolumeViewport /> : <SliceViewport orientation={id} />}
        </div>
      ))}
    </div>
  );
}
