import type { ObjectKind } from '../dicom/sopClasses.js';
import type { ReviewCase } from '../case/reviewCase.js';

/** One object of a case as its files arrive: an image series, or a single RT object. */
export interface ObjectProgress {
  readonly objectUid: string;
  readonly kind: ObjectKind;
  readonly modality: string | undefined;
  /** Files read into this object so far. */
  readonly files: number;
}

/**
 * The load worker's answers (the request, which carries the platform's file handles, is typed by
 * the renderer's worker entry). Every message carries the request id; the case's voxel buffers
 * travel as transferables.
 */
export type LoadResponse =
  | { readonly type: 'progress'; readonly requestId: number; readonly filesRead: number; readonly fileCount: number; readonly objects: readonly ObjectProgress[] }
  | { readonly type: 'loaded'; readonly requestId: number; readonly reviewCase: ReviewCase }
  | { readonly type: 'error'; readonly requestId: number; readonly message: string };

/** The big buffers of a loaded case (image voxels, dose grids), which move to the page instead of being copied. */
export function transferablesOfCase(reviewCase: ReviewCase): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const image of reviewCase.images) buffers.add(image.storedVoxels.buffer as ArrayBuffer);
  for (const dose of reviewCase.doses) if (dose.grid !== undefined) buffers.add(dose.grid.values.buffer as ArrayBuffer);
  return [...buffers];
}
