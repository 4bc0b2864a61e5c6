import { describe, expect, it } from 'vitest';
import type { PatientEntry, ReviewCase, StudyEntry } from '../../src/case/reviewCase.js';
import { identityText, patientOfSelection, personNameText } from '../../renderer/export/patientIdentity.js';
import { emptySelection } from '../../renderer/state/selection.js';

const study = (uids: Partial<StudyEntry>): StudyEntry => ({ studyInstanceUid: 'study', date: undefined, description: undefined, imageSeriesUids: [], structureSetUids: [], planUids: [], doseUids: [], ...uids });
const patient = (patientId: string, studies: StudyEntry[]): PatientEntry => ({ patientId, patientName: `${patientId}^Test`, studies });
const caseOf = (patients: PatientEntry[]): ReviewCase => ({ patients } as Partial<ReviewCase> as ReviewCase);

describe('the patient identity of an export', () => {
  it('writes DICOM person names as people do', () => {
    expect(personNameText('PHANTOM^Demo')).toBe('PHANTOM, Demo');
    expect(personNameText('DOE^John^Q^Dr^Jr')).toBe('DOE, Dr John Q Jr');
    expect(personNameText('Yamada^Tarou=山田^太郎')).toBe('Yamada, Tarou');
    expect(personNameText('SINGLE')).toBe('SINGLE');
    expect(personNameText('^Given')).toBe('Given');
  });

  it('names the patient and the ID, saying when the file gives no name', () => {
    expect(identityText({ patientId: 'PLANLENS-DEMO', patientName: 'PHANTOM^Demo', studies: [] })).toBe('Patient: PHANTOM, Demo · ID PLANLENS-DEMO');
    expect(identityText({ patientId: 'X1', patientName: undefined, studies: [] })).toBe('Patient: (no name) · ID X1');
  });

  it('finds the patient whose studies hold what is shown', () => {
    const reviewCase = caseOf([patient('A', [study({ planUids: ['plan-a'] })]), patient('B', [study({ doseUids: ['dose-b'] }), study({ planUids: ['plan-b'] })])]);
    expect(patientOfSelection(reviewCase, { ...emptySelection, planUid: 'plan-b' })?.patientId).toBe('B');
    expect(patientOfSelection(reviewCase, { ...emptySelection, doseUid: 'dose-b' })?.patientId).toBe('B');
    expect(patientOfSelection(reviewCase, { ...emptySelection, planUid: 'plan-a' })?.patientId).toBe('A');
    expect(patientOfSelection(reviewCase, emptySelection)).toBeUndefined();
    expect(patientOfSelection(caseOf([patient('Only', [])]), emptySelection)?.patientId).toBe('Only');
  });
});
