import { useEffect, useRef, type PointerEvent as ReactPointerEvent } from 'react';
import { useStore } from 'zustand';
import { caseStore } from '../state/caseStore.js';
import { selectedObjects } from '../state/selectedObjects.js';
import { updateView } from '../state/viewStore.js';
import { updateVolumeView, volumeViewStore } from '../state/volumeViewStore.js';
import { takeDragDelta } from './interaction/dragDelta.js';
import { useElementSize } from './useElementSize.js';
import { viewBounds } from './viewBounds.js';
import { registeredViews, viewportElements, viewportPixelRect } from './viewRegistry.js';
import { pickSurfacePoint } from './volume/pickPoint.js';
import { BeamLabels } from './volume/BeamLabels.js';
import { anteriorOrbit, orbitBy, panBy, volumeCamera, zoomBy } from './volume/orbitCamera.js';
import { OrientationTriad } from './volume/OrientationTriad.js';
import { VolumeControls } from './volume/VolumeControls.js';
import './volume/volumeViewport.css';

type Drag = { readonly mode: 'orbit' | 'pan'; lastX: number; lastY: number };

/**
 * The DOM side of the 3D viewport (its scene: VolumeScene): drag to orbit, shift- or right-drag
 * to pan, wheel to zoom, double-click for the front view; the orientation triad, beam labels and
 * the control strip over it.
 */
export function VolumeViewport(): React.JSX.Element {
  const element = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | undefined>(undefined);
  const { widthPx, heightPx } = useElementSize(element);
  const orbit = useStore(volumeViewStore, (state) => state.orbit);
  const beamsVisible = useStore(volumeViewStore, (state) => state.beamsVisible);
  const objects = useStore(caseStore, selectedObjects);
  useEffect(() => {
    const div = element.current;
    if (div === null) return undefined;
    viewportElements.set('volume', div);
    const wheel = (event: WheelEvent): void => {
      event.preventDefault();
      updateVolumeView((state) => ({ orbit: zoomBy(state.orbit, event.deltaY < 0 ? 1.1 : 1 / 1.1) }));
    };
    div.addEventListener('wheel', wheel, { passive: false });
    return () => {
      div.removeEventListener('wheel', wheel);
      viewportElements.delete('volume');
    };
  }, []);

  const bounds = viewBounds(objects);
  const camera = bounds === undefined || widthPx < 1 || heightPx < 1 ? undefined : volumeCamera(orbit, bounds, widthPx / heightPx);
  const onPointerDown = (event: ReactPointerEvent<HTMLDivElement>): void => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { mode: event.button === 2 || event.button === 1 || event.shiftKey ? 'pan' : 'orbit', lastX: event.clientX, lastY: event.clientY };
    updateView({ mainViewport: 'volume' });
  };
  const onPointerMove = (event: ReactPointerEvent<HTMLDivElement>): void => {
    const active = drag.current;
    if (active === undefined) {
      probeSurfaceUnder(event);
      return;
    }
    const [dx, dy] = takeDragDelta(active, event);
    if (active.mode === 'orbit') updateVolumeView((state) => ({ orbit: orbitBy(state.orbit, dx, dy) }));
    else if (camera !== undefined) updateVolumeView((state) => ({ orbit: panBy(state.orbit, camera, dx, dy, heightPx) }));
  };
  const end = (): void => { drag.current = undefined; };
  /** The probe reads the point of the nearest drawn surface under the cursor (nothing where there is none). */
  const probeSurfaceUnder = (event: ReactPointerEvent<HTMLDivElement>): void => {
    const registered = registeredViews.get('volume');
    if (registered === undefined) return;
    const rect = viewportPixelRect(event.currentTarget);
    updateView({ probeLps: pickSurfacePoint(registered.scene, registered.camera, event.clientX - rect.left, event.clientY - rect.top, rect.width, rect.height) });
  };
  return (
    <div
      ref={element}
      className="viewport volume-viewport"
      data-viewport="volume"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={end}
      onPointerCancel={end}
      onPointerLeave={() => updateView({ probeLps: undefined })}
      onDoubleClick={() => updateVolumeView({ orbit: anteriorOrbit })}
      onContextMenu={(event) => event.preventDefault()}
    >
      <span className="viewport-title">3D</span>
      {camera !== undefined && <OrientationTriad camera={camera} />}
      {camera !== undefined && bounds !== undefined && beamsVisible && objects.plan !== undefined && (
        <BeamLabels plan={objects.plan} camera={camera} bounds={bounds} widthPx={widthPx} heightPx={heightPx} />
      )}
      <VolumeControls />
    </div>
  );
}
