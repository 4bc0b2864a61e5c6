import { el, writeDicom } from '../dicom/dicomWriter.js';
import { fractions, isocentreLps, prescriptionGy } from './anatomy.js';
import { commonElements, sopClass } from './common.js';
import { demoUids } from './uids.js';

export const demoBeamGantryDeg = [0, 72, 144, 216, 288] as const;
const beamMu = 120;

/** The demo RTPLAN: 70 Gy in 35 fractions to the PTV, five coplanar 6 MV static beams. */
export function plan(): Uint8Array {
  const beams = demoBeamGantryDeg.map((gantry, index) => ({ number: index + 1, gantry }));
  const elements = [
    ...commonElements({ sopClassUid: sopClass.rtPlan, sopInstanceUid: demoUids.plan, modality: 'RTPLAN', seriesUid: demoUids.planSeries, seriesNumber: 3, description: 'Demo plan' }),
    el(0x00200013, 'IS', [1]),
    el(0x00200052, 'UI', demoUids.frameOfReference),
    el(0x300a0002, 'SH', 'Demo 70/35'),
    el(0x300a0003, 'LO', 'Demo plan'),
    el(0x300a0006, 'DA', '20260101'),
    el(0x300a0007, 'TM', '090000'),
    el(0x300a000a, 'CS', 'CURATIVE'),
    el(0x300a000c, 'CS', 'PATIENT'),
    el(0x300a0010, 'SQ', [[
      el(0x300a0012, 'IS', [1]), el(0x300a0014, 'CS', 'VOLUME'), el(0x300a0016, 'LO', 'PTV'), el(0x300a0020, 'CS', 'TARGET'),
      el(0x300a0026, 'DS', [prescriptionGy]), el(0x30060084, 'IS', [2]),
    ]]),
    el(0x300a0070, 'SQ', [[
      el(0x300a0071, 'IS', [1]),
      el(0x300a0078, 'IS', [fractions]),
      el(0x300a0080, 'IS', [beams.length]),
      el(0x300a00a0, 'IS', [0]),
      el(0x300c0004, 'SQ', beams.map((beam) => [el(0x300a0082, 'DS', [...isocentreLps]), el(0x300a0084, 'DS', [Number((prescriptionGy / fractions / beams.length).toFixed(4))]), el(0x300a0086, 'DS', [beamMu]), el(0x300c0006, 'IS', [beam.number])])),
    ]]),
    el(0x300a00b0, 'SQ', beams.map((beam) => [
      el(0x00080070, 'LO', 'PlanLens'),
      el(0x300a00b2, 'SH', 'DemoLinac'),
      el(0x300a00b3, 'CS', 'MU'),
      el(0x300a00b4, 'DS', [1000]),
      el(0x300a00c0, 'IS', [beam.number]),
      el(0x300a00c2, 'LO', `G${beam.gantry}`),
      el(0x300a00c4, 'CS', 'STATIC'),
      el(0x300a00c6, 'CS', 'PHOTON'),
      el(0x300a00ce, 'CS', 'TREATMENT'),
      el(0x300a00d0, 'IS', [0]),
      el(0x300a00e0, 'IS', [0]),
      el(0x300a00ed, 'IS', [0]),
      el(0x300a00f0, 'IS', [0]),
      el(0x300a010e, 'DS', [1]),
      el(0x300a0110, 'IS', [2]),
      el(0x300a0111, 'SQ', [
        [
          el(0x300a0112, 'IS', [0]), el(0x300a0114, 'DS', [6]), el(0x300a011e, 'DS', [beam.gantry]), el(0x300a011f, 'CS', 'NONE'),
          el(0x300a0120, 'DS', [0]), el(0x300a0121, 'CS', 'NONE'), el(0x300a0122, 'DS', [0]), el(0x300a0123, 'CS', 'NONE'),
          el(0x300a0125, 'DS', [0]), el(0x300a0126, 'CS', 'NONE'), el(0x300a012c, 'DS', [...isocentreLps]), el(0x300a0134, 'DS', [0]),
        ],
        [el(0x300a0112, 'IS', [1]), el(0x300a0134, 'DS', [1])],
      ]),
    ])),
    el(0x300a0180, 'SQ', [[el(0x00185100, 'CS', 'HFS'), el(0x300a0182, 'IS', [1])]]),
    el(0x300c0060, 'SQ', [[el(0x00081150, 'UI', sopClass.rtStructureSet), el(0x00081155, 'UI', demoUids.structureSet)]]),
    el(0x300e0002, 'CS', 'UNAPPROVED'),
  ];
  return writeDicom(elements, { syntax: 'explicit-le', fileMeta: true });
}
