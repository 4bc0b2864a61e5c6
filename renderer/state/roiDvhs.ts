import type { Roi } from '../../src/dicom/rtStruct.js';
import type { DvhNote, DvhSettings } from '../../src/dvh/computeDvh.js';
import type { DvhData } from '../../src/dvh/dvhData.js';
import type { DvhResponse } from '../../src/workers/dvhProtocol.js';

/** Where one ROI's DVH stands: computing (with the fraction of its planes done), done, or failed. */
export type RoiDvhStatus =
  | { readonly status: 'pending'; readonly fraction: number }
  | { readonly status: 'done'; readonly data: DvhData | undefined; readonly notes: readonly DvhNote[]; readonly settings: DvhSettings | undefined }
  | { readonly status: 'error'; readonly message: string };

export interface RoiDvh {
  readonly roiNumber: number;
  readonly roiName: string;
  readonly status: RoiDvhStatus;
}

/** The ROIs of a new request, all pending at 0. */
export function pendingRoiDvhs(rois: readonly Roi[]): readonly RoiDvh[] {
  return rois.map((roi) => ({ roiNumber: roi.number, roiName: roi.name, status: { status: 'pending', fraction: 0 } }));
}

/**
 * The ROIs after one worker response: progress and results change their ROI; an error without an
 * ROI (the worker failed) fails every ROI still pending; `done` changes nothing.
 */
export function applyDvhResponse(rois: readonly RoiDvh[], response: DvhResponse): readonly RoiDvh[] {
  switch (response.type) {
    case 'progress':
      return withStatus(rois, (roi) => roi.roiNumber === response.roiNumber && roi.status.status === 'pending', { status: 'pending', fraction: response.fraction });
    case 'result':
      return withStatus(rois, (roi) => roi.roiNumber === response.roiNumber, { status: 'done', data: response.data, notes: response.notes, settings: response.settings });
    case 'error':
      return withStatus(rois, (roi) => (response.roiNumber === undefined ? roi.status.status === 'pending' : roi.roiNumber === response.roiNumber), { status: 'error', message: response.message });
    case 'done':
      return rois;
  }
}

function withStatus(rois: readonly RoiDvh[], matches: (roi: RoiDvh) => boolean, status: RoiDvhStatus): readonly RoiDvh[] {
  return rois.map((roi) => (matches(roi) ? { ...roi, status } : roi));
}

/** The fraction of the whole request done (each ROI counts equally), 1 when nothing is pending. */
export function overallFraction(rois: readonly RoiDvh[]): number {
  if (rois.length === 0) return 1;
  return rois.reduce((sum, roi) => sum + (roi.status.status === 'pending' ? roi.status.fraction : 1), 0) / rois.length;
}
