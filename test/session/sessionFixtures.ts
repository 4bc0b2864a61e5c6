import type { Annotation, CaseIdentity, Session } from '../../src/session/session.js';
import { sessionOf } from '../../src/session/sessionOf.js';
import type { StructureSnapshot, ViewSnapshot } from '../../src/session/viewSnapshot.js';

/** A review state of a made-up case, as plain data: the view, two ROIs, one note. */
export const caseIdentity: CaseIdentity = {
  label: '12 files',
  demo: false,
  patientId: 'P-001',
  studyUid: '1.2.3.1',
  frameOfReferenceUid: '1.2.3.2',
  imageSeriesUid: '1.2.3.3',
  structureSetUid: '1.2.3.4',
  planUid: '1.2.3.5',
  doseUid: '1.2.3.6',
};

export const view: ViewSnapshot = {
  layout: '1+3',
  mainViewport: 'sagittal',
  crosshairLps: [12.5, -30, 4],
  showCrosshair: false,
  windowLevel: { centre: -600, width: 1600 },
  slices: { axial: { zoom: 2, panLps: [0, -30, 0] }, sagittal: { zoom: 1.5, panLps: [0, 20, 0] }, coronal: { zoom: 1, panLps: [0, 0, 0] } },
  dose: { washVisible: false, washOpacity: 0.6, washThreshold: 20, isodoseVisible: true, unit: 'pct-rx', levels: [{ value: 95, colourRgb: [255, 255, 0], visible: true }, { value: 50, colourRgb: [0, 128, 255], visible: false }] },
  volume: {
    orbit: { azimuthDeg: 40, elevationDeg: 25, zoom: 1.4, panLps: [0, 5, 0] },
    structuresVisible: true,
    isodoseSurfacesVisible: true,
    isodoseOpacity: 0.35,
    cloud: { visible: false, thresholdGy: 35, opacityPerCm: 0.3 },
    ctMode: 'skin',
    clip: { orientation: 'axial', keepPositive: false },
    beamsVisible: true,
  },
};

export const structures: StructureSnapshot[] = [
  { roiNumber: 1, name: 'BODY', visible: false, colourRgb: [0, 255, 0], fill: false, fillOpacity: 0.25 },
  { roiNumber: 2, name: 'PTV', visible: true, colourRgb: [255, 0, 0], fill: true, fillOpacity: 0.4 },
];

export const annotations: Annotation[] = [{ id: 'note-1', text: 'Hot spot behind the PTV', pointLps: [5, -2, 0], orientation: 'axial' }];

export const session: Session = sessionOf({ savedAt: new Date('2026-01-01T09:00:00Z'), case: caseIdentity, view, structures, annotations });

/** The session as a JSON object, changed by `edit` (for damaged and odd files). */
export function editedSessionText(edit: (document: Record<string, any>) => void): string {
  const document = JSON.parse(JSON.stringify(session)) as Record<string, any>;
  edit(document);
  return JSON.stringify(document);
}
