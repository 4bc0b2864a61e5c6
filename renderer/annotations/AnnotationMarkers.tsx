import { useStore } from 'zustand';
import { dot } from '../../src/geometry/vec3.js';
import { caseStore } from '../state/caseStore.js';
import { selectedObjects } from '../state/selectedObjects.js';
import { lpsToScreen, sliceAxes, type SliceView } from '../viewports/sliceFrame.js';
import { planeLadder } from '../viewports/sliceStepping.js';
import { annotationStore } from './annotationStore.js';
import './annotations.css';

/** How far from the slice a note's point may be and still be on it: half the shown grid's plane spacing along the normal, mm. */
function onSliceToleranceMm(view: SliceView): number {
  const objects = selectedObjects(caseStore.getState());
  const grid = objects.image ?? objects.doseGrid;
  return grid === undefined ? 0.5 : planeLadder(grid.ijkToLps, grid.dimensions, sliceAxes[view.orientation].normalLps).stepMm / 2;
}

/** The notes whose point lies on this slice, as numbered pins (the numbers of the notes panel). */
export function AnnotationMarkers({ view }: { readonly view: SliceView | undefined }): React.JSX.Element | null {
  const notes = useStore(annotationStore, (state) => state.notes);
  if (view === undefined || notes.length === 0) return null;
  const toleranceMm = onSliceToleranceMm(view);
  const normal = sliceAxes[view.orientation].normalLps;
  const pins = notes.flatMap((note, index) => {
    if (Math.abs(dot(note.pointLps, normal) - view.slicePositionMm) > toleranceMm) return [];
    const [x, y] = lpsToScreen(view, note.pointLps);
    return [{ note, number: index + 1, x, y }];
  });
  if (pins.length === 0) return null;
  return (
    <svg className="annotation-markers" width="100%" height="100%" data-testid="annotation-markers">
      {pins.map(({ note, number, x, y }) => (
        <g key={note.id} transform={`translate(${x} ${y})`} data-note={note.id}>
          <circle r={7} />
          <text y={4}>{number}</text>
        </g>
      ))}
    </svg>
  );
}
