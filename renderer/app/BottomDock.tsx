import { useState } from 'react';
import { DoseStatsPanel } from '../panels/DoseStatsPanel.js';
import { DvhPanel } from '../panels/DvhPanel.js';
import { ErrorBoundary } from './ErrorBoundary.js';
import { TimelinePanel } from '../therapy/TimelinePanel.js';
import { DoseModeBar } from '../therapy/DoseModeBar.js';

const minHeightPx = 140;
/** The viewports keep at least this much of the window's height. */
const viewportReservePx = 280;
const keyStepPx = 24;

const clampHeight = (heightPx: number): number => Math.round(Math.max(minHeightPx, Math.min(heightPx, window.innerHeight - viewportReservePx)));

/** The dock under the viewports: DVH and dose statistics side by side; drag (or arrow keys on) its top edge to resize. */
export function BottomDock(): React.JSX.Element {
  const [heightPx, setHeightPx] = useState(320);
  const startDrag = (event: React.PointerEvent<HTMLDivElement>): void => {
    const handle = event.currentTarget;
    const startY = event.clientY;
    const startPx = heightPx;
    handle.setPointerCapture(event.pointerId);
    const move = (moved: PointerEvent): void => setHeightPx(clampHeight(startPx + startY - moved.clientY));
    const end = (): void => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', end);
      handle.removeEventListener('pointercancel', end);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', end);
    handle.addEventListener('pointercancel', end);
  };
  const onKey = (event: React.KeyboardEvent<HTMLDivElement>): void => {
    const step = event.key === 'ArrowUp' ? keyStepPx : event.key === 'ArrowDown' ? -keyStepPx : 0;
    if (step === 0) return;
    event.preventDefault();
    event.stopPropagation(); // not a slice step
    setHeightPx((height) => clampHeight(height + step));
  };
  return (
    <section className="dock" style={{ height: heightPx }} aria-label="DVH, dose statistics and therapy timeline">
      <div className="dock-splitter" role="separator" aria-orientation="horizontal" aria-label="resize the DVH dock" aria-valuenow={heightPx} tabIndex={0} onPointerDown={startDrag} onKeyDown={onKey} />
      <ErrorBoundary what="The dose mode"><DoseModeBar /></ErrorBoundary>
      <div className="dock-panels">
        <ErrorBoundary what="The DVH"><DvhPanel /></ErrorBoundary>
        <ErrorBoundary what="The dose statistics"><DoseStatsPanel /></ErrorBoundary>
      </div>
      <ErrorBoundary what="The therapy timeline"><TimelinePanel /></ErrorBoundary>
    </section>
  );
}
