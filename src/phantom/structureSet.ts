import { el, type WriterElement } from '../dicom/dicomWriter.js';
import { body, ctv, lungLeft, lungRight, oesophagus, ptv, spinalCord, type EllipticCylinder, type Sphere } from './anatomy.js';
import { commonElements, demoDate, demoFile, demoTime, sopClass } from './common.js';
import { voxelCentreLps, type GridSpec } from './grids.js';
import { demoUids } from './uids.js';

/** Vertices of every contour polygon; they lie exactly on the analytic outline (to 0.001 mm). */
const verticesPerContour = 64;

export interface DemoRoi {
  readonly number: number;
  readonly name: string;
  readonly interpretedType: 'EXTERNAL' | 'PTV' | 'CTV' | 'ORGAN';
  readonly colorRgb: readonly [number, number, number];
  readonly shape: { readonly cylinder: EllipticCylinder } | { readonly sphere: Sphere };
}

export const ptvRoiNumber = 2;

export const demoRois: readonly DemoRoi[] = [
  { number: 1, name: 'BODY', interpretedType: 'EXTERNAL', colorRgb: [0, 255, 0], shape: { cylinder: body } },
  { number: ptvRoiNumber, name: 'PTV', interpretedType: 'PTV', colorRgb: [255, 0, 0], shape: { sphere: ptv } },
  { number: 3, name: 'CTV', interpretedType: 'CTV', colorRgb: [255, 128, 0], shape: { sphere: ctv } },
  { number: 4, name: 'SpinalCord', interpretedType: 'ORGAN', colorRgb: [255, 255, 0], shape: { cylinder: spinalCord } },
  { number: 5, name: 'Lung_L', interpretedType: 'ORGAN', colorRgb: [0, 128, 255], shape: { cylinder: lungLeft } },
  { number: 6, name: 'Lung_R', interpretedType: 'ORGAN', colorRgb: [0, 192, 255], shape: { cylinder: lungRight } },
  { number: 7, name: 'Esophagus', interpretedType: 'ORGAN', colorRgb: [192, 0, 192], shape: { cylinder: oesophagus } },
];

interface Ellipse {
  readonly centreXMm: number;
  readonly centreYMm: number;
  readonly semiAxisXMm: number;
  readonly semiAxisYMm: number;
}

/** The ROI's outline in the plane z = zMm, or undefined where the plane misses it. */
function outlineAt(roi: DemoRoi, zMm: number): Ellipse | undefined {
  if ('cylinder' in roi.shape) return roi.shape.cylinder;
  const { centreLps, radiusMm } = roi.shape.sphere;
  const dzMm = zMm - centreLps[2];
  if (Math.abs(dzMm) >= radiusMm) return undefined;
  const circleMm = Math.sqrt(radiusMm ** 2 - dzMm ** 2);
  return { centreXMm: centreLps[0], centreYMm: centreLps[1], semiAxisXMm: circleMm, semiAxisYMm: circleMm };
}

/** ContourData of a closed polygon inscribed in the ellipse, counter-clockwise from +x. */
function contourData(ellipse: Ellipse, zMm: number): string {
  const values: string[] = [];
  for (let vertex = 0; vertex < verticesPerContour; vertex += 1) {
    const angle = (2 * Math.PI * vertex) / verticesPerContour;
    values.push(mm(ellipse.centreXMm + ellipse.semiAxisXMm * Math.cos(angle)), mm(ellipse.centreYMm + ellipse.semiAxisYMm * Math.sin(angle)), mm(zMm));
  }
  return values.join('\\');
}

function mm(value: number): string {
  const text = value.toFixed(3).replace(/\.?0+$/u, '');
  return text === '-0' ? '0' : text;
}

const imageReference = (k: number): WriterElement[] => [el(0x00081150, 'UI', sopClass.ct), el(0x00081155, 'UI', demoUids.ctSlice(k))];

function roiContours(roi: DemoRoi, ct: GridSpec): WriterElement[][] {
  const items: WriterElement[][] = [];
  for (let k = 0; k < ct.slices; k += 1) {
    const zMm = voxelCentreLps(ct, 0, 0, k)[2];
    const outline = outlineAt(roi, zMm);
    if (outline === undefined) continue;
    items.push([
      el(0x30060016, 'SQ', [imageReference(k)]),
      el(0x30060042, 'CS', 'CLOSED_PLANAR'),
      el(0x30060046, 'IS', [verticesPerContour]),
      el(0x30060048, 'IS', [items.length + 1]),
      el(0x30060050, 'DS', contourData(outline, zMm)),
    ]);
  }
  return items;
}

/** The demo RTSTRUCT: one polygon per ROI on every CT slice plane the ROI crosses, referencing it. */
export function structureSet(ct: GridSpec): Uint8Array {
  const slices = Array.from({ length: ct.slices }, (_, k) => k);
  return demoFile([
    ...commonElements({ sopClassUid: sopClass.rtStructureSet, sopInstanceUid: demoUids.structureSet, modality: 'RTSTRUCT', seriesUid: demoUids.structureSetSeries, seriesNumber: 2, description: 'Demo structures' }),
    el(0x00200013, 'IS', [1]),
    el(0x30060002, 'SH', 'DemoStructures'),
    el(0x30060004, 'LO', 'Demo structures'),
    el(0x30060008, 'DA', demoDate),
    el(0x30060009, 'TM', demoTime),
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
      el(0x30060040, 'SQ', roiContours(roi, ct)),
      el(0x30060084, 'IS', [roi.number]),
    ])),
    el(0x30060080, 'SQ', demoRois.map((roi) => [
      el(0x30060082, 'IS', [roi.number]), el(0x30060084, 'IS', [roi.number]), el(0x300600a4, 'CS', roi.interpretedType), el(0x300600a6, 'PN', ''),
    ])),
    el(0x300e0002, 'CS', 'UNAPPROVED'),
  ]);
}
