import { describe, expect, it } from 'vitest';
import { caseMismatch, describeCase } from '../../src/session/caseMatch.js';
import { restorePlan, type OpenCase } from '../../src/session/restorePlan.js';
import type { Session } from '../../src/session/session.js';
import { caseIdentity, session, view } from './sessionFixtures.js';

const openCase: OpenCase = {
  identity: { ...caseIdentity, label: 'folder' },
  imageSeriesUids: ['1.2.3.3'],
  doseUids: ['1.2.3.6', '1.2.3.60'],
  planUids: ['1.2.3.5'],
  structureSets: [{ uid: '1.2.3.4', rois: [{ number: 1, name: 'BODY' }, { number: 2, name: 'PTV' }, { number: 3, name: 'CTV' }] }],
  prescriptionKnown: true,
};

describe('restoring a session', () => {
  it('on its own case: every object, the whole view, the ROIs and the notes, with nothing to note', () => {
    const plan = restorePlan(session, openCase);
    expect(plan).toEqual({
      mismatch: undefined,
      selection: { imageSeriesUid: '1.2.3.3', doseUid: '1.2.3.6', planUid: '1.2.3.5', structureSetUid: '1.2.3.4' },
      view,
      structures: session.structures,
      annotations: session.annotations,
      notes: [],
    });
  });

  it('ignores ROI numbers the structure set lacks, and ROIs whose name differs, with a note each', () => {
    const withUnknown: Session = { ...session, structures: [...session.structures, { roiNumber: 9, name: 'Parotid_L', visible: true, colourRgb: [1, 2, 3], fill: false, fillOpacity: 0.2 }] };
    const renamed: OpenCase = { ...openCase, structureSets: [{ uid: '1.2.3.4', rois: [{ number: 1, name: 'External' }, { number: 2, name: 'PTV' }] }] };
    const plan = restorePlan(withUnknown, renamed);
    expect(plan.structures.map((s) => s.roiNumber)).toEqual([2]);
    expect(plan.notes).toEqual([
      'ROI 1 is External here, not BODY; its display was ignored.',
      'ROI 9 (Parotid_L) is not in the structure set shown; its display was ignored.',
    ]);
    expect(plan.view).toEqual(view);
  });

  it('keeps the object shown where the open case lacks the session\'s, with a note', () => {
    const plan = restorePlan(session, { ...openCase, doseUids: ['1.2.3.60'] });
    expect(plan.selection).toEqual({ imageSeriesUid: '1.2.3.3', planUid: '1.2.3.5', structureSetUid: '1.2.3.4' });
    expect(plan.notes).toEqual(["The session's dose (1.2.3.6) is not in the open case; the one shown is kept."]);
  });

  it('says when the open case is another patient, and then offers only what applies: no positions, no notes', () => {
    const other: OpenCase = { ...openCase, identity: { label: '3 files', demo: false, patientId: 'P-002', studyUid: '9.9', frameOfReferenceUid: '9.8' } };
    const plan = restorePlan(session, other);
    expect(plan.mismatch).toBe('This session is of 12 files (patient P-001); the open case, 3 files (patient P-002), has another patient, study and frame of reference.');
    expect(plan.view).not.toHaveProperty('crosshairLps');
    expect(plan.view.slices).toEqual({ axial: { zoom: 2 }, sagittal: { zoom: 1.5 }, coronal: { zoom: 1 } });
    expect(plan.view.volume?.orbit).toEqual({ azimuthDeg: 40, elevationDeg: 25, zoom: 1.4 });
    expect(plan.view).toMatchObject({ layout: '1+3', windowLevel: view.windowLevel, dose: view.dose });
    expect(plan.annotations).toBeUndefined();
    expect(plan.selection).toEqual({ imageSeriesUid: '1.2.3.3', doseUid: '1.2.3.6', planUid: '1.2.3.5', structureSetUid: '1.2.3.4' });
    expect(plan.notes).toEqual([
      '1 note(s) are pinned to points of another frame of reference; they were not restored.',
      'The crosshair and pan positions are points of another frame of reference; they were not restored.',
    ]);
  });

  it('keeps the open case\'s isodose levels when the session\'s are % of a prescription it does not give', () => {
    const plan = restorePlan(session, { ...openCase, prescriptionKnown: false });
    expect(plan.view.dose).toEqual({ washVisible: false, washOpacity: 0.6, isodoseVisible: true });
    expect(plan.notes).toEqual(['The isodose levels are in % of the prescription, which the open case does not give; its own levels are kept.']);
  });

  it('with no case open applies nothing and says which case the session is of', () => {
    expect(restorePlan({ ...session, case: { label: 'demo case', demo: true } }, undefined)).toEqual({
      mismatch: 'No case is open; this session is of the demo case.', selection: {}, view: {}, structures: [], annotations: undefined, notes: [],
    });
  });

  it('cannot tell cases apart that name no patient, study or frame of reference', () => {
    expect(caseMismatch({ label: 'a', demo: false }, { label: 'b', demo: false, patientId: 'P' }, 'session')).toBe(
      'PlanLens cannot tell whether the open case, b (patient P), is the one this session is of (a): neither names a patient, study or frame of reference.',
    );
    expect(caseMismatch({ label: 'a', demo: false, patientId: 'P' }, { label: 'b', demo: false, patientId: 'P', studyUid: '1' }, 'session')).toBeUndefined();
    expect(describeCase({ label: 'demo case', demo: true, patientId: 'PLANLENS-DEMO' })).toBe('the demo case');
  });
});
