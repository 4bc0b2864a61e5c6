import { el, writeDicom, type WriterElement } from '../dicom/dicomWriter.js';
import { demoUids } from './uids.js';

export const sopClass = {
  ct: '1.2.840.10008.5.1.4.1.1.2',
  rtStructureSet: '1.2.840.10008.5.1.4.1.1.481.3',
  rtPlan: '1.2.840.10008.5.1.4.1.1.481.5',
  rtDose: '1.2.840.10008.5.1.4.1.1.481.2',
};

/** The one date and time the demo case carries, so that it is the same on every run. */
export const demoDate = '20260101';
export const demoTime = '090000';

/** The demo patient's ID (PatientID), which sessions and walkthroughs of the demo case name. */
export const demoPatientId = 'PLANLENS-DEMO';

export interface SeriesSpec {
  readonly sopClassUid: string;
  readonly sopInstanceUid: string;
  readonly modality: 'CT' | 'RTSTRUCT' | 'RTPLAN' | 'RTDOSE';
  readonly seriesUid: string;
  readonly seriesNumber: number;
  readonly description: string;
}

/**
 * SOP Common, Patient, General Study, General/RT Series, General Equipment and Frame of Reference:
 * the attributes every demo object shares (one patient, one study, one frame of reference).
 */
export function commonElements(spec: SeriesSpec): WriterElement[] {
  return [
    el(0x00080005, 'CS', 'ISO_IR 100'),
    el(0x00080012, 'DA', demoDate),
    el(0x00080013, 'TM', demoTime),
    el(0x00080016, 'UI', spec.sopClassUid),
    el(0x00080018, 'UI', spec.sopInstanceUid),
    el(0x00080020, 'DA', demoDate),
    el(0x00080021, 'DA', demoDate),
    el(0x00080030, 'TM', demoTime),
    el(0x00080031, 'TM', demoTime),
    el(0x00080050, 'SH', 'DEMO0001'),
    el(0x00080060, 'CS', spec.modality),
    el(0x00080070, 'LO', 'PlanLens'),
    el(0x00080090, 'PN', ''),
    el(0x00081030, 'LO', 'PlanLens demo case (generated)'),
    el(0x0008103e, 'LO', spec.description),
    el(0x00081070, 'PN', ''),
    el(0x00081090, 'LO', 'planlens phantom'),
    el(0x00100010, 'PN', 'PHANTOM^Demo'),
    el(0x00100020, 'LO', demoPatientId),
    el(0x00100030, 'DA', ''),
    el(0x00100040, 'CS', 'O'),
    el(0x00181020, 'LO', '0.1.0'),
    el(0x0020000d, 'UI', demoUids.study),
    el(0x0020000e, 'UI', spec.seriesUid),
    el(0x00200010, 'SH', 'DEMO'),
    el(0x00200011, 'IS', [spec.seriesNumber]),
    el(0x00200052, 'UI', demoUids.frameOfReference),
    el(0x00201040, 'LO', ''),
  ];
}

/** A Part 10 file in explicit VR little endian with its file meta group. */
export function demoFile(elements: readonly WriterElement[]): Uint8Array {
  return writeDicom(elements, { syntax: 'explicit-le', fileMeta: true });
}

/** A decimal string (DS) value: at most 6 decimals, never longer than the 16 characters DS allows. */
export function ds(value: number): string {
  const text = Number(value.toFixed(6)).toString();
  if (text.length > 16) throw new Error(`phantom: ${value} does not fit a DS value`);
  return text;
}

/** A multi-valued DS element's value. */
export function dsList(values: readonly number[]): string {
  return values.map(ds).join('\\');
}

/** The Image Pixel module of a greyscale, unsigned 16-bit grid (BitsStored as given). */
export function imagePixelElements(grid: { readonly rows: number; readonly columns: number; readonly spacingMm: readonly number[] }, bitsStored: number): WriterElement[] {
  return [
    el(0x00280002, 'US', [1]),
    el(0x00280004, 'CS', 'MONOCHROME2'),
    el(0x00280010, 'US', [grid.rows]),
    el(0x00280011, 'US', [grid.columns]),
    el(0x00280030, 'DS', dsList([grid.spacingMm[1] ?? 0, grid.spacingMm[0] ?? 0])),
    el(0x00280100, 'US', [16]),
    el(0x00280101, 'US', [bitsStored]),
    el(0x00280102, 'US', [bitsStored - 1]),
    el(0x00280103, 'US', [0]),
  ];
}
