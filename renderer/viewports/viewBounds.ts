import type { SelectedObjects } from '../state/selectedObjects.js';
import { gridBoundsLps } from './gridBounds.js';
import type { BoundsLps } from './sliceFrame.js';

const cache = new WeakMap<object, BoundsLps>();

/** What the slice views fit to: the image's box, or the dose grid's when there is no image. */
export function viewBounds(objects: SelectedObjects): BoundsLps | undefined {
  const grid = objects.image ?? objects.doseGrid;
  if (grid === undefined) return undefined;
  let bounds = cache.get(grid);
  if (bounds === undefined) {
    bounds = gridBoundsLps(grid.ijkToLps, grid.dimensions);
    cache.set(grid, bounds);
  }
  return bounds;
}
