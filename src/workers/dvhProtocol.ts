import type { DoseGrid } from '../dicom/rtDose.js';
import type { Roi } from '../dicom/rtStruct.js';
import type { DvhNote, DvhOptions, DvhSettings } from '../dvh/computeDvh.js';
import type { DvhData } from '../dvh/dvhData.js';

/**
 * The DVH worker's message protocol: the page asks for the DVHs of some ROIs in one dose grid and
 * may cancel; the worker answers with progress, one result per ROI as it is done, and an end.
 * Every message carries the request id. Typed arrays travel as transferables.
 */
export type DvhRequest =
  | { readonly type: 'compute'; readonly requestId: number; readonly rois: readonly Roi[]; readonly dose: DoseGrid; readonly options: DvhOptions }
  | { readonly type: 'cancel'; readonly requestId: number };

export type DvhResponse =
  | { readonly type: 'progress'; readonly requestId: number; readonly roiNumber: number; readonly fraction: number }
  | { readonly type: 'result'; readonly requestId: number; readonly roiNumber: number; readonly data: DvhData | undefined; readonly notes: readonly DvhNote[]; readonly settings: DvhSettings | undefined }
  | { readonly type: 'error'; readonly requestId: number; readonly roiNumber: number | undefined; readonly message: string }
  | { readonly type: 'done'; readonly requestId: number; readonly cancelled: boolean };

/** The buffers of a response that can be transferred rather than copied. */
export function transferablesOf(response: DvhResponse): ArrayBuffer[] {
  return response.type === 'result' && response.data !== undefined ? [response.data.differentialCc.buffer as ArrayBuffer] : [];
}
