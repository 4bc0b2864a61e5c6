import type { Vec3 } from '../geometry/vec3.js';
import type { CaseIdentity } from '../session/session.js';
import type { IsodoseLevelSnapshot } from '../session/viewSnapshot.js';
import { serialiseWalkthrough, walkthroughFormat, walkthroughVersion, type Walkthrough } from '../walkthrough/walkthrough.js';
import { isocentreLps, lungLeft, ptv, spinalCord } from './anatomy.js';
import { demoPatientId } from './common.js';
import { demoDose } from './doseModel.js';
import { demoUids } from './uids.js';

/**
 * The teaching walkthrough of the demo case that the app ships (sample-data/demo-case-walkthrough.json,
 * written by `planlens phantom` beside the case folder). Its positions, UIDs and figures come from
 * the phantom's own definitions, so it cannot drift from the case.
 */

/** % of the prescription at a distance from the isocentre (the plateau, then a linear fall). */
const percentAtMm = (rMm: number): number => {
  const { plateauRadiusMm, zeroRadiusMm } = demoDose;
  return rMm <= plateauRadiusMm ? 100 : rMm >= zeroRadiusMm ? 0 : (100 * (zeroRadiusMm - rMm)) / (zeroRadiusMm - plateauRadiusMm);
};
const gyAtMm = (rMm: number): number => (demoDose.prescriptionGy * percentAtMm(rMm)) / 100;

/** The cord's point nearest the isocentre, and how far it is from it (where the cord's maximum is). */
const cordFrontLps: Vec3 = [spinalCord.centreXMm, spinalCord.centreYMm - spinalCord.semiAxisYMm, isocentreLps[2]];
const cordFrontMm = Math.hypot(cordFrontLps[0] - isocentreLps[0], cordFrontLps[1] - isocentreLps[1], cordFrontLps[2] - isocentreLps[2]);
/** D95 of the PTV: the dose at the radius within which 95 % of the sphere's volume lies. */
const ptvD95Gy = gyAtMm(ptv.radiusMm * 0.95 ** (1 / 3));

const demoCase: CaseIdentity = {
  label: 'demo case',
  demo: true,
  patientId: demoPatientId,
  studyUid: demoUids.study,
  frameOfReferenceUid: demoUids.frameOfReference,
  imageSeriesUid: demoUids.ctSeries,
  structureSetUid: demoUids.structureSet,
  planUid: demoUids.plan,
  doseUid: demoUids.dose,
};

const softTissue = { centre: 40, width: 400 };
const lungWindow = { centre: -600, width: 1600 };
/** The two levels the 3D step shows as surfaces, in the workspace's default colours for them. */
const innerSurfacePct = 90;
const outerSurfacePct = 50;
const surfaceLevels: readonly IsodoseLevelSnapshot[] = [
  { value: innerSurfacePct, colourRgb: [0, 255, 0], visible: true },
  { value: outerSurfacePct, colourRgb: [0, 128, 255], visible: true },
];
/** Where the dose is a given % of the prescription (on the linear fall). */
const radiusAtPercentMm = (percent: number): number => demoDose.zeroRadiusMm - ((demoDose.zeroRadiusMm - demoDose.plateauRadiusMm) * percent) / 100;
const fixed = (value: number, digits = 1): string => value.toFixed(digits);

export const demoWalkthrough: Walkthrough = {
  format: walkthroughFormat,
  version: walkthroughVersion,
  title: 'The demo case: a five-field plan to a spherical target',
  case: demoCase,
  steps: [
    {
      title: 'Overview',
      text: `A thorax-like phantom treated with five coplanar 6 MV beams: ${demoDose.prescriptionGy} Gy in ${demoDose.fractions} fractions to the PTV, a sphere of ${ptv.radiusMm} mm about the isocentre. The axial, sagittal and coronal views cross at the isocentre (${isocentreLps.join(', ')}) mm; the 3D view shows the structures and the beams.`,
      objects: { imageSeriesUid: demoUids.ctSeries, structureSetUid: demoUids.structureSet, planUid: demoUids.plan, doseUid: demoUids.dose },
      view: { layout: '2x2', mainViewport: 'axial', crosshairLps: isocentreLps, windowLevel: softTissue, dose: { unit: 'pct-rx', washVisible: true, isodoseVisible: true } },
      highlight: [],
      hidden: [],
    },
    {
      title: 'The PTV and its isodoses (axial)',
      text: `Isodose lines in % of the prescription, without the colour wash. The dose is ${demoDose.prescriptionGy} Gy out to ${demoDose.plateauRadiusMm} mm from the isocentre, then falls by ${fixed(gyAtMm(demoDose.plateauRadiusMm) - gyAtMm(demoDose.plateauRadiusMm + 1))} Gy per mm: the PTV's surface, ${ptv.radiusMm} mm out, gets ${fixed(gyAtMm(ptv.radiusMm))} Gy, so the ${fixed(percentAtMm(ptv.radiusMm), 0)} % line (yellow) runs along the filled PTV and the CTV lies inside the 100 % line.`,
      view: { layout: '1x1', mainViewport: 'axial', crosshairLps: isocentreLps, slices: { axial: { zoom: 2, panLps: [isocentreLps[0], isocentreLps[1], 0] } }, dose: { unit: 'pct-rx', washVisible: false, isodoseVisible: true } },
      highlight: ['PTV', 'CTV'],
      hidden: [],
    },
    {
      title: 'The spinal cord and its dose (sagittal)',
      text: `The sagittal slice through the spinal cord, ${cordFrontMm + spinalCord.semiAxisYMm} mm behind the isocentre. Its front edge is ${cordFrontMm} mm from the isocentre and gets the cord's maximum, ${fixed(gyAtMm(cordFrontMm))} Gy (${fixed(percentAtMm(cordFrontMm), 0)} % of the prescription), well under a 45 Gy cord tolerance; the wash shows the dose falling off along the cord above and below.`,
      view: { layout: '1x1', mainViewport: 'sagittal', crosshairLps: [spinalCord.centreXMm, spinalCord.centreYMm, isocentreLps[2]], slices: { sagittal: { zoom: 1.5, panLps: [0, (isocentreLps[1] + spinalCord.centreYMm) / 2, 0] } }, dose: { washVisible: true, isodoseVisible: true } },
      highlight: ['SpinalCord'],
      hidden: [],
    },
    {
      title: 'The lungs (coronal, lung window)',
      text: `The coronal slice through the middle of the lungs in the lung window (${lungWindow.centre}/${lungWindow.width}): lung (-800 HU) is mid grey here, where the soft-tissue window shows it black, and soft tissue is white. The PTV lies between the lungs, and the ${outerSurfacePct} % isodose (${fixed(gyAtMm(radiusAtPercentMm(outerSurfacePct)))} Gy, ${radiusAtPercentMm(outerSurfacePct)} mm out) reaches into both: the lungs' V20Gy and mean dose are the figures to check.`,
      view: { layout: '1x1', mainViewport: 'coronal', crosshairLps: [isocentreLps[0], lungLeft.centreYMm, isocentreLps[2]], windowLevel: lungWindow, dose: { washVisible: false, isodoseVisible: true } },
      highlight: ['Lung_L', 'Lung_R'],
      hidden: [],
    },
    {
      title: '3D: isodose surfaces',
      text: `The 3D view from the patient's left, in front and above, with the ${innerSurfacePct} % and ${outerSurfacePct} % isodose surfaces (BODY and lungs hidden). The dose is spherical about the isocentre: the ${innerSurfacePct} % surface is the sphere of ${radiusAtPercentMm(innerSurfacePct)} mm, ${radiusAtPercentMm(innerSurfacePct) - ptv.radiusMm} mm outside the PTV (the ${percentAtMm(ptv.radiusMm)} % surface would be the PTV's own); the ${outerSurfacePct} % surface, ${radiusAtPercentMm(outerSurfacePct)} mm out, stops short of the spinal cord behind. The five beams meet at the isocentre. Drag to turn the view.`,
      view: {
        layout: '1x1',
        mainViewport: 'volume',
        crosshairLps: isocentreLps,
        dose: { unit: 'pct-rx', levels: surfaceLevels },
        volume: { orbit: { azimuthDeg: 40, elevationDeg: 25, zoom: 1.4, panLps: [0, 0, 0] }, structuresVisible: true, isodoseSurfacesVisible: true, beamsVisible: true, ctMode: 'off', clip: { orientation: 'off' } },
      },
      highlight: ['PTV', 'SpinalCord'],
      hidden: ['BODY', 'Lung_L', 'Lung_R'],
    },
    {
      title: 'Reading the DVH',
      text: `The DVH below the views shows, for each structure, the share of its volume that gets at least a given dose. The PTV's curve stays at 100 % up to ${fixed(gyAtMm(ptv.radiusMm))} Gy (its surface) and falls to ${fixed(100 * (demoDose.plateauRadiusMm / ptv.radiusMm) ** 3)} % at ${demoDose.prescriptionGy} Gy (the part within ${demoDose.plateauRadiusMm} mm): D95 is ${fixed(ptvD95Gy)} Gy. The cord's curve ends at ${fixed(gyAtMm(cordFrontMm))} Gy. Move the pointer over the plot to read the volume at a dose; the dose statistics beside it give D98, D95, D50 and D2.`,
      view: { layout: '1x1', mainViewport: 'axial', crosshairLps: isocentreLps, windowLevel: softTissue, dose: { unit: 'pct-rx', washVisible: true, isodoseVisible: true } },
      highlight: ['PTV', 'SpinalCord'],
      hidden: [],
    },
  ],
};

/** The walkthrough file's text, the same on every run. */
export function demoWalkthroughJson(): string {
  return serialiseWalkthrough(demoWalkthrough);
}
