import { el, writeDicom, type WriterElement } from '../dicom/dicomWriter.js';
import { body, ctv, lungLeft, lungRight, oesophagus, ptv, spinalCord, type EllipticCylinder, type Sphere } from './anatomy.js';
import { commonElements, sopClass } from './common.js';
import { voxelCentreLps, type GridSpec } from './grids.js';
import { demoUids } from './uids.js';

const verticesPerContour = 64;

interface DemoRoi {
  readonly number: number;
  readonly name: string;
  readonly type: string;
  readonly colorRgb: readonly [number, number, number];
  readonly shape: { readonly cylinder: EllipticCylinder } | { readonly sphere: Sphere };
}

export const demoRois: readonly DemoRoi[] = [
  { number: 1, name: 'BODY', type: 'EXTERNAL', colorRgb: [0, 255, 0], shape: { cylinder: body } },
  { number: 2, name: 'PTV', type: 'PTV', colorRgb: [255, 0, 0], shape: { sphere: ptv } },
  { number: 3, name: 'CTV', type: 'CTV', colorRgb: [255, 128, 0], shape: { sphere: ctv } },
  { number: 4, name: 'SpinalCord', type: 'ORGAN', colorRgb: [255, 255, 0], shape: { cylinder: spinalCord } },
  { number: 5, name: 'Lung_L', type: 'ORGAN', colorRgb: [0, 128, 255], shape: { cylinder: lungLeft } },
  { number: 6, name: 'Lung_R', type: 'ORGAN', colorRgb: [0, 192, 255], shape: { cylinder: lungRight } },
  { number: 7, name: 'Esophagus', type: 'ORGAN', colorRgb: [192, 0, 192], shape: { cylinder: oesophagus } },
];

/** The closed polygon of an ROI on the CT slice at height zMm, or undefined where the ROI is absent. */
function polygonAt(roi: DemoRoi, zMm: number): number[] | undefined {
  const ellipse = 'cylinder' in roi.shape
    ? { cx: roi.shape.cylinder.centreXMm, cy: roi.shape.cylinder.centreYMm, ax: roi.shape.cylinder.semiAxisXMm, ay: roi.shape.cylinder.semiAxisYMm }
    : circleOfSphere(roi.shape.sphere, zMm);
  if (ellipse === undefined) return undefined;
  const points: number[] = [];
  for (let vertex = 0; vertex < verticesPerContour; vertex += 1) {
    const angle = (2 * Math.PI * vertex) / verticesPerContour;
    points.push(round(ellipse.cx + ellipse.ax * Math.cos(angle)), round(ellipse.cy + ellipse.ay * Math.sin(angle)), round(zMm));
  }
  return points;
}

function circleOfSphere(sphere: Sphere, zMm: number): { cx: number; cy: number; ax: number; ay: number } | undefined {
  const dz = zMm - sphere.centreLps[2];
  if (Math.abs(dz) >= sphere.radiusMm) return undefined;
  const radius = Math.sqrt(sphere.radiusMm ** 2 - dz ** 2);
  return { cx: sphere.centreLps[0], cy: sphere.centreLps[1], ax: radius, ay: radius };
}

function round(valueMm: number): number {
  return Number(valueMm.toFixed(4));
}

const imageReference = (k: number): WriterElement[] => [el(0x00081150, 'UI', sopClass.ct), el(0x00081155, 'UI', demoUids.ctSlice(k))];

/** The demo RTSTRUCT: one 64-vertex polygon per ROI per CT slice it crosses, referencing that slice. */
export function structureSet(ct: GridSpec): Uint8Array {
  const slices = Array.from({ length: ct.slices }, (_, k) => k);
  const elements = [
    ...commonElements({ sopClassUid: sopClass.rtStructureSet, sopInstanceUid: demoUids.structureSet, modality: 'RTSTRUCT', seriesUid: demoUids.structureSetSeries, seriesNumber: 2, description: 'Demo structures' }),
    el(0x00200013, 'IS', [1]),
    el(0x30060002, 'SH', 'DemoStructures'),
    el(0x30060008, 'DA', '20260101'),
    el(0x30060009, 'TM', '090000'),
    el(0x30060010, 'SQ', [[
      el(0x00200052, 'UI', demoUids.frameOfReference),
      el(0x30060012, 'SQ', [[
        el(0x00081150, 'UI', '1.2.840.10008.3.1.2.3.1'),
        el(0x00081155, 'UI', demoUids.study),
        el(0x30060014, 'SQ', [[el(0x0020000e, 'UI', demoUids.ctSeries), el(0x30060016, 'SQ', slices.map(imageReference))]]),
      ]]),
    ]]),
    el(0x30060020, 'SQ', demoRois.map((roi) => [
      el(0x30060022, 'IS', [roi.number]), el(0x30060024, 'UI', demoUids.frameOfReference), el(0x30060026, 'LO', roi.name), el(0x30060036, 'CS', 'MANUAL'),
    ])),
    el(0x30060039, 'SQ', demoRois.map((roi) => [
      el(0x3006002a, 'IS', [...roi.colorRgb]),
      el(0x30060040, 'SQ', slices.flatMap((k) => {
        const points = polygonAt(roi, voxelCentreLps(ct, 0, 0, k)[2]);
        return points === undefined ? [] : [[
          el(0x30060016, 'SQ', [imageReference(k)]),
          el(0x30060042, 'CS', 'CLOSED_PLANAR'),
          el(0x30060046, 'IS', [points.length / 3]),
          el(0x30060050, 'DS', points),
        ]];
      })),
      el(0x30060084, 'IS', [roi.number]),
    ])),
    el(0x30060080, 'SQ', demoRois.map((roi) => [
      el(0x30060082, 'IS', [roi.number]), el(0x30060084, 'IS', [roi.number]), el(0x300600a4, 'CS', roi.type), el(0x300600a6, 'PN', ''),
    ])),
    el(0x300e0002, 'CS', 'UNAPPROVED'),
  ];
  return writeDicom(elements, { syntax: 'explicit-le', fileMeta: true });
}
