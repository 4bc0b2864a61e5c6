import { createStore } from 'zustand/vanilla';
import type { Roi, StructureSet } from '../../src/dicom/rtStruct.js';
import type { RoiMask } from '../../src/structures/roiMask.js';
import { releaseMaskTexture } from '../gpu/textures/maskTexture.js';
import { MeshClient } from '../workers/meshClient.js';

/** An ROI's mask as the slice views need it: computing, ready, or refused with why. */
export type MaskEntry =
  | { readonly status: 'computing' }
  | { readonly status: 'ready'; readonly mask: RoiMask; readonly notes: readonly string[] }
  | { readonly status: 'none'; readonly reason: string };

/** Masks by ROI, for the structure set whose UID is `structureSetUid`. */
export interface MaskState {
  readonly structureSetUid: string | undefined;
  readonly masks: ReadonlyMap<Roi, MaskEntry>;
}

export const maskStore = createStore<MaskState>(() => ({ structureSetUid: undefined, masks: new Map() }));

/** The masks' own mesh worker, so that they are not queued behind the 3D view's surfaces. */
const client = new MeshClient();

/**
 * Asks the worker for the masks of every ROI of a structure set (once per set): the slice views
 * draw the contours cut at any angle from them, and fill structures with them.
 */
export function ensureMasks(structureSet: StructureSet | undefined): void {
  const uid = structureSet?.sopInstanceUid;
  const before = maskStore.getState();
  if (before.structureSetUid === uid) return;
  for (const entry of before.masks.values()) if (entry.status === 'ready') releaseMaskTexture(entry.mask);
  maskStore.setState({ structureSetUid: uid, masks: new Map((structureSet?.rois ?? []).map((roi) => [roi, { status: 'computing' }])) });
  for (const roi of structureSet?.rois ?? []) {
    const settle = (entry: MaskEntry): void => {
      if (maskStore.getState().structureSetUid !== uid) return;
      maskStore.setState((state) => ({ masks: new Map(state.masks).set(roi, entry) }));
    };
    client.request({ type: 'structureMask', roi }).answer.then(
      (answer) => settle(answer === 'cancelled' ? { status: 'none', reason: 'cancelled' } : answer.mask === undefined ? { status: 'none', reason: answer.notes.join('; ') || 'no closed contours' } : { status: 'ready', mask: answer.mask, notes: answer.notes }),
      (error: unknown) => settle({ status: 'none', reason: error instanceof Error ? error.message : String(error) }),
    );
  }
}
