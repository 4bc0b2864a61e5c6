import { el, type WriterElement } from '../dicom/dicomWriter.js';
import { isocentreLps } from './anatomy.js';
import { commonElements, demoDate, demoFile, demoTime, ds, dsList, sopClass } from './common.js';
import { demoDose } from './doseModel.js';
import { ptvRoiNumber } from './structureSet.js';
import { demoUids } from './uids.js';

/** Five coplanar 6 MV static beams, 70 x 70 mm jaws, all at the isocentre. */
const demoBeamGantryDeg = [0, 72, 144, 216, 288] as const;
const beamMu = 120;
const jawHalfMm = 35;
const jawTypes = ['ASYMX', 'ASYMY'] as const;
const beamLimitingDevices = jawTypes.map((type) => [el(0x300a00b8, 'CS', type), el(0x300a00bc, 'IS', [1])]);
const jawPositions = jawTypes.map((type) => [el(0x300a00b8, 'CS', type), el(0x300a011c, 'DS', dsList([-jawHalfMm, jawHalfMm]))]);

function firstControlPoint(gantryDeg: number): WriterElement[] {
  return [
    el(0x300a0112, 'IS', [0]), el(0x300a0114, 'DS', '6'), el(0x300a0115, 'DS', '600'),
    el(0x300a011a, 'SQ', jawPositions),
    el(0x300a011e, 'DS', ds(gantryDeg)), el(0x300a011f, 'CS', 'NONE'),
    el(0x300a0120, 'DS', '0'), el(0x300a0121, 'CS', 'NONE'),
    el(0x300a0122, 'DS', '0'), el(0x300a0123, 'CS', 'NONE'),
    el(0x300a0125, 'DS', '0'), el(0x300a0126, 'CS', 'NONE'),
    el(0x300a0128, 'DS', ''), el(0x300a0129, 'DS', ''), el(0x300a012a, 'DS', ''),
    el(0x300a012c, 'DS', dsList(isocentreLps)),
    el(0x300a0134, 'DS', '0'),
  ];
}

function beam(number: number, gantryDeg: number): WriterElement[] {
  return [
    el(0x00080070, 'LO', 'PlanLens'),
    el(0x300a00b2, 'SH', 'DemoLinac'),
    el(0x300a00b3, 'CS', 'MU'),
    el(0x300a00b4, 'DS', '1000'),
    el(0x300a00b6, 'SQ', beamLimitingDevices),
    el(0x300a00c0, 'IS', [number]),
    el(0x300a00c2, 'LO', `G${gantryDeg}`),
    el(0x300a00c4, 'CS', 'STATIC'),
    el(0x300a00c6, 'CS', 'PHOTON'),
    el(0x300a00ce, 'CS', 'TREATMENT'),
    el(0x300a00d0, 'IS', [0]),
    el(0x300a00e0, 'IS', [0]),
    el(0x300a00ed, 'IS', [0]),
    el(0x300a00f0, 'IS', [0]),
    el(0x300a010e, 'DS', '1'),
    el(0x300a0110, 'IS', [2]),
    el(0x300a0111, 'SQ', [firstControlPoint(gantryDeg), [el(0x300a0112, 'IS', [1]), el(0x300a0134, 'DS', '1')]]),
    el(0x300c006a, 'IS', [1]),
  ];
}

/** The demo RTPLAN: 70 Gy in 35 fractions prescribed to the PTV, delivered by five static beams. */
export function plan(): Uint8Array {
  const beams = demoBeamGantryDeg.map((gantryDeg, index) => ({ number: index + 1, gantryDeg }));
  const beamDoseGy = demoDose.prescriptionGy / demoDose.fractions / beams.length;
  return demoFile([
    ...commonElements({ sopClassUid: sopClass.rtPlan, sopInstanceUid: demoUids.plan, modality: 'RTPLAN', seriesUid: demoUids.planSeries, seriesNumber: 3, description: 'Demo plan' }),
    el(0x00200013, 'IS', [1]),
    el(0x300a0002, 'SH', 'Demo 70/35'),
    el(0x300a0003, 'LO', 'Demo plan'),
    el(0x300a0006, 'DA', demoDate),
    el(0x300a0007, 'TM', demoTime),
    el(0x300a000a, 'CS', 'CURATIVE'),
    el(0x300a000c, 'CS', 'PATIENT'),
    el(0x300a0010, 'SQ', [[
      el(0x300a0012, 'IS', [1]), el(0x300a0013, 'UI', demoUids.doseReference), el(0x300a0014, 'CS', 'VOLUME'), el(0x300a0016, 'LO', 'PTV'),
      el(0x300a0020, 'CS', 'TARGET'), el(0x300a0026, 'DS', ds(demoDose.prescriptionGy)), el(0x30060084, 'IS', [ptvRoiNumber]),
    ]]),
    el(0x300a0070, 'SQ', [[
      el(0x300a0071, 'IS', [1]),
      el(0x300a0078, 'IS', [demoDose.fractions]),
      el(0x300a0080, 'IS', [beams.length]),
      el(0x300a00a0, 'IS', [0]),
      el(0x300c0004, 'SQ', beams.map((item) => [el(0x300a0084, 'DS', ds(beamDoseGy)), el(0x300a0086, 'DS', ds(beamMu)), el(0x300c0006, 'IS', [item.number])])),
    ]]),
    el(0x300a00b0, 'SQ', beams.map((item) => beam(item.number, item.gantryDeg))),
    el(0x300a0180, 'SQ', [[el(0x00185100, 'CS', 'HFS'), el(0x300a0182, 'IS', [1]), el(0x300a01b0, 'CS', 'ISOCENTRIC')]]),
    el(0x300c0060, 'SQ', [[el(0x00081150, 'UI', sopClass.rtStructureSet), el(0x00081155, 'UI', demoUids.structureSet)]]),
    el(0x300e0002, 'CS', 'UNAPPROVED'),
  ]);
}
