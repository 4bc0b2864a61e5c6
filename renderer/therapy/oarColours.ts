import type { RoiOverlayEntry } from '../../src/therapy/oarOverlay.js';
import type { StructureDisplay } from '../state/viewStore.js';

type Rgb = readonly [number, number, number];

/** An OAR with a verified ([V]) additive toxicity from an agent of the course. */
export const OAR_VERIFIED_RGB: Rgb = [255, 128, 0];
/** An OAR whose additive toxicity is only unverified ([U]); violet, told apart from orange also with red-green colour blindness. */
export const OAR_UNVERIFIED_RGB: Rgb = [178, 102, 255];
/**
 * Every other ROI is greyed while the overlay is on, so that the only saturated colours in the
 * views are the two above (an ROI that is orange by its own colour would otherwise read as
 * flagged). Targets are a light grey, to keep the field in view; the rest a darker one.
 */
export const OAR_OVERLAY_TARGET_RGB: Rgb = [215, 215, 215];
export const OAR_OVERLAY_OTHER_RGB: Rgb = [110, 110, 110];

/** The colour an ROI is drawn in while the overlay is on. */
export function overlayColourRgb(entry: RoiOverlayEntry | undefined): Rgb {
  if (entry?.overlap !== undefined) return entry.overlap.evidence === 'V' ? OAR_VERIFIED_RGB : OAR_UNVERIFIED_RGB;
  return entry?.match.kind === 'target' ? OAR_OVERLAY_TARGET_RGB : OAR_OVERLAY_OTHER_RGB;
}

/**
 * The displays the views draw: the user's own when the overlay is off (the same object), else
 * the same visibility and fill with the overlay colours. The 2D lines, the 2D masks and the 3D
 * surfaces all read this, so the views agree.
 */
export function overlayDisplays(
  displays: Readonly<Record<number, StructureDisplay>>,
  entries: readonly RoiOverlayEntry[] | undefined,
): Readonly<Record<number, StructureDisplay>> {
  if (entries === undefined) return displays;
  const byRoi = new Map(entries.map((entry) => [entry.roiNumber, entry]));
  const out: Record<number, StructureDisplay> = {};
  for (const [key, display] of Object.entries(displays)) {
    const roiNumber = Number(key);
    out[roiNumber] = { ...display, colourRgb: overlayColourRgb(byRoi.get(roiNumber)) };
  }
  return out;
}
