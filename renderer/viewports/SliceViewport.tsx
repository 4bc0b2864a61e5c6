import { useEffect, useRef, type PointerEvent as ReactPointerEvent } from 'react';
import { useStore } from 'zustand';
import { AnnotationMarkers } from '../annotations/AnnotationMarkers.js';
import { screenToLps, edgeLabels, lpsToScreen, sliceAxes, type SliceOrientation } from './sliceFrame.js';
import { caseStore } from '../state/caseStore.js';
import { updateView, viewStore } from '../state/viewStore.js';
import { takeDragDelta } from './interaction/dragDelta.js';
import { useElementSize } from './useElementSize.js';
import { viewportElements, viewportPixelRect } from './viewRegistry.js';
import { crosshairTo, currentSliceView, panBy, stepSlices, windowBy, zoomBy } from './interaction/sliceGestures.js';

type Drag = { readonly mode: 'crosshair' | 'pan' | 'window'; lastX: number; lastY: number };

/** The DOM side of a slice viewport: where the canvas draws it, its gestures and its overlay. */
export function SliceViewport({ orientation }: { readonly orientation: SliceOrientation }): React.JSX.Element {
  const element = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | undefined>(undefined);
  const state = useStore(viewStore);
  const size = useElementSize(element);
  useStore(caseStore, (s) => s.selection);
  useEffect(() => {
    const div = element.current;
    if (div === null) return undefined;
    viewportElements.set(orientation, div);
    const wheel = (event: WheelEvent): void => {
      event.preventDefault();
      if (event.ctrlKey) {
        const view = currentSliceView(orientation, div);
        const rect = viewportPixelRect(div);
        zoomBy(orientation, event.deltaY < 0 ? 1.1 : 1 / 1.1, view === undefined ? undefined : { view, xPx: event.clientX - rect.left, yPx: event.clientY - rect.top });
      }
      else stepSlices(orientation, event.deltaY > 0 ? 1 : -1);
    };
    div.addEventListener('wheel', wheel, { passive: false });
    return () => {
      div.removeEventListener('wheel', wheel);
      viewportElements.delete(orientation);
    };
  }, [orientation]);

  const local = (event: ReactPointerEvent): [number, number] => {
    const rect = viewportPixelRect(event.currentTarget);
    return [event.clientX - rect.left, event.clientY - rect.top];
  };
  const onPointerDown = (event: ReactPointerEvent<HTMLDivElement>): void => {
    const view = currentSliceView(orientation, event.currentTarget);
    if (view === undefined) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    const mode = event.button === 2 ? 'window' : event.button === 1 || event.shiftKey ? 'pan' : 'crosshair';
    drag.current = { mode, lastX: event.clientX, lastY: event.clientY };
    updateView({ mainViewport: orientation });
    if (mode === 'crosshair') crosshairTo(view, ...local(event));
  };
  const onPointerMove = (event: ReactPointerEvent<HTMLDivElement>): void => {
    const view = currentSliceView(orientation, event.currentTarget);
    if (view === undefined) return;
    const [x, y] = local(event);
    updateView({ probeLps: screenToLps(view, x, y) });
    const active = drag.current;
    if (active === undefined) return;
    const [dx, dy] = takeDragDelta(active, event);
    if (active.mode === 'crosshair') crosshairTo(view, x, y);
    else if (active.mode === 'pan') panBy(view, dx, dy);
    else windowBy(dx, dy);
  };
  const end = (): void => { drag.current = undefined; };

  const view = element.current === null || size.widthPx === 0 ? undefined : currentSliceView(orientation, element.current);
  const labels = edgeLabels[orientation];
  const crosshair = view === undefined ? undefined : lpsToScreen(view, state.crosshairLps);
  const normal = sliceAxes[orientation].normalLps;
  const positionMm = state.crosshairLps[0] * normal[0] + state.crosshairLps[1] * normal[1] + state.crosshairLps[2] * normal[2];
  return (
    <div
      ref={element}
      className="viewport slice-viewport"
      data-viewport={orientation}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={end}
      onPointerCancel={end}
      onPointerLeave={() => updateView({ probeLps: undefined })}
      onContextMenu={(event) => event.preventDefault()}
    >
      {state.showCrosshair && crosshair !== undefined && (
        <svg className="crosshair" width="100%" height="100%">
          <line x1={crosshair[0]} x2={crosshair[0]} y1={0} y2="100%" />
          <line y1={crosshair[1]} y2={crosshair[1]} x1={0} x2="100%" />
        </svg>
      )}
      <AnnotationMarkers view={view} />
      <span className="viewport-title">{orientation}</span>
      <span className="viewport-position">{`${'xyz'[normal.indexOf(1)] ?? ''} ${positionMm.toFixed(1)} mm`}</span>
      <span className="edge edge-left">{labels.left}</span>
      <span className="edge edge-right">{labels.right}</span>
      <span className="edge edge-top">{labels.top}</span>
      <span className="edge edge-bottom">{labels.bottom}</span>
    </div>
  );
}
