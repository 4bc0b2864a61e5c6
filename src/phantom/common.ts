import { el, type WriterElement } from '../dicom/dicomWriter.js';
import { demoUids } from './uids.js';

export const sopClass = {
  ct: '1.2.840.10008.5.1.4.1.1.2',
  rtStructureSet: '1.2.840.10008.5.1.4.1.1.481.3',
  rtPlan: '1.2.840.10008.5.1.4.1.1.481.5',
  rtDose: '1.2.840.10008.5.1.4.1.1.481.2',
};

/** Patient, study, series, equipment and SOP common attributes shared by every demo object. */
export function commonElements(spec: { sopClassUid: string; sopInstanceUid: string; modality: string; seriesUid: string; seriesNumber: number; description: string }): WriterElement[] {
  return [
    el(0x00080005, 'CS', 'ISO_IR 100'),
    el(0x00080012, 'DA', '20260101'),
    el(0x00080016, 'UI', spec.sopClassUid),
    el(0x00080018, 'UI', spec.sopInstanceUid),
    el(0x00080020, 'DA', '20260101'),
    el(0x00080030, 'TM', '090000'),
    el(0x00080050, 'SH', 'DEMO0001'),
    el(0x00080060, 'CS', spec.modality),
    el(0x00080070, 'LO', 'PlanLens'),
    el(0x00080090, 'PN', ''),
    el(0x00081030, 'LO', 'PlanLens demo case (generated)'),
    el(0x0008103e, 'LO', spec.description),
    el(0x00081090, 'LO', 'planlens phantom'),
    el(0x00100010, 'PN', 'PHANTOM^Demo'),
    el(0x00100020, 'LO', 'PLANLENS-DEMO'),
    el(0x00100030, 'DA', ''),
    el(0x00100040, 'CS', 'O'),
    el(0x00181020, 'LO', '0.1.0'),
    el(0x0020000d, 'UI', demoUids.study),
    el(0x0020000e, 'UI', spec.seriesUid),
    el(0x00200010, 'SH', 'DEMO'),
    el(0x00200011, 'IS', [spec.seriesNumber]),
  ];
}

export function decimal(value: number): string {
  const text = Number(value.toFixed(6)).toString();
  return text.length <= 16 ? text : value.toPrecision(10);
}
