import type { ContourPlane } from './planarContours.js';

/**
 * End-capping: what volume the first and last contour planes stand for beyond themselves.
 * 'half-slice' (the usual planning-system convention): half a contour spacing beyond each end
 * plane; 'none': the structure ends exactly at its end planes.
 */
export type EndCap = 'none' | 'half-slice';

/** A contour plane and the slab of space along the normal it stands for. */
export interface Slab {
  readonly plane: ContourPlane;
  readonly fromMm: number;
  readonly toMm: number;
}

/**
 * The between-plane rule: each contour stands for the space up to halfway to its neighbouring
 * planes (a prism of its shape). Planes further apart than 1.5 x the typical (median) spacing are
 * not bridged: each side of such a gap ends as an end plane would. Single-plane structures take
 * `fallbackSpacingMm` as their spacing.
 */
export function planeSlabs(planes: readonly ContourPlane[], endCap: EndCap, fallbackSpacingMm: number): { slabs: Slab[]; spacingMm: number } {
  const gaps = planes.slice(1).map((plane, index) => plane.positionMm - (planes[index]?.positionMm ?? 0));
  const spacingMm = gaps.length > 0 ? median(gaps) : fallbackSpacingMm;
  const bridged = (gap: number | undefined): boolean => gap !== undefined && gap <= 1.5 * spacingMm;
  const endExtent = endCap === 'half-slice' ? spacingMm / 2 : 0;
  const slabs = planes.map((plane, index) => {
    const below = index > 0 ? gaps[index - 1] : undefined;
    const above = gaps[index];
    return {
      plane,
      fromMm: plane.positionMm - (bridged(below) ? (below ?? 0) / 2 : endExtent),
      toMm: plane.positionMm + (bridged(above) ? (above ?? 0) / 2 : endExtent),
    };
  });
  return { slabs, spacingMm };
}

/** Volume the slabs enclose, mm³: each plane's even-odd area times its slab thickness. */
export function slabVolumeMm3(slabs: readonly Slab[]): number {
  return slabs.reduce((sum, slab) => sum + slab.plane.areaMm2 * (slab.toMm - slab.fromMm), 0);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
