import { describe, expect, it } from 'vitest';
import { parseWalkthrough } from '../../src/walkthrough/parseWalkthrough.js';
import { serialiseWalkthrough, type Walkthrough } from '../../src/walkthrough/walkthrough.js';

const walkthrough: Walkthrough = {
  format: 'planlens-walkthrough',
  version: 1,
  title: 'Two steps',
  case: { label: 'demo case', demo: true, patientId: 'PLANLENS-DEMO', frameOfReferenceUid: '1.2' },
  steps: [
    { title: 'Overview', text: 'All four views.', view: { layout: '2x2', crosshairLps: [0, -30, 0] }, highlight: [], hidden: [] },
    {
      title: 'Axial',
      text: '',
      objects: { doseUid: '1.2.3' },
      view: { layout: '1x1', mainViewport: 'axial', slices: { axial: { zoom: 2 } }, dose: { unit: 'pct-rx' }, volume: { orbit: { azimuthDeg: 30 }, isodoseSurfacesVisible: true } },
      highlight: ['PTV'],
      hidden: ['BODY'],
    },
  ],
};

const text = serialiseWalkthrough(walkthrough);
const edited = (edit: (document: Record<string, any>) => void): string => {
  const document = JSON.parse(text) as Record<string, any>;
  edit(document);
  return JSON.stringify(document);
};
const errorsOf = (source: string): readonly string[] => {
  const result = parseWalkthrough(source);
  if (result.ok) throw new Error('expected the walkthrough to be refused');
  return result.errors;
};

describe('a walkthrough file', () => {
  it('leaves out empty lists and absent objects, and reads back as it was (steps may set any part of the view)', () => {
    expect(JSON.parse(text).steps[0]).toEqual({ title: 'Overview', text: 'All four views.', view: { layout: '2x2', crosshairLps: [0, -30, 0] } });
    expect(parseWalkthrough(text)).toEqual({ ok: true, walkthrough, notes: [] });
    expect(parseWalkthrough(edited((d) => { delete d.steps[0].view; }))).toMatchObject({ ok: true, walkthrough: { steps: [{ view: {} }, {}] } });
  });

  it('refuses damaged and truncated text, other formats and versions it does not read', () => {
    expect(errorsOf(text.slice(0, 200))).toEqual([expect.stringMatching(/^the file is not valid JSON .*truncated or damaged$/u)]);
    expect(errorsOf('{"format": "planlens-session", "version": 1}')).toEqual(['format: "planlens-session" is not "planlens-walkthrough": this is not a PlanLens walkthrough file']);
    expect(errorsOf(edited((d) => { d.version = 7; }))).toEqual(['version: 7 is newer than this PlanLens reads (up to 1); open it with a newer PlanLens']);
  });

  it('names the step (numbered from 1, with its title) and the field of each problem', () => {
    expect(errorsOf(edited((d) => {
      d.steps[1].view.layout = '3x3';
      d.steps[1].view.slices.axial.zoom = 100;
      d.steps[1].view.windowLevel = { centre: 40 };
      d.steps[1].highlight = 'PTV';
      d.steps[0].text = 5;
      d.steps.push({ text: 'no title' });
    }))).toEqual([
      'step 1 ("Overview") text: expected text, got 5',
      'step 2 ("Axial") view.layout: "3x3" is not one of 1x1, 2x2, 1+3',
      'step 2 ("Axial") view.windowLevel.width: missing',
      'step 2 ("Axial") view.slices.axial.zoom: 100 is out of range (0.25 to 64)',
      'step 2 ("Axial") highlight: expected a list, got "PTV"',
      'step 3 title: missing',
    ]);
  });

  it('refuses a walkthrough without steps, title or case, and notes fields it does not know', () => {
    expect(errorsOf(edited((d) => { d.steps = []; }))).toEqual(['steps: has no steps']);
    expect(errorsOf(edited((d) => { d.steps[1] = 5; }))).toEqual(['step 2: expected an object, got 5']);
    expect(errorsOf(edited((d) => { delete d.title; delete d.case.demo; d.steps = 'x'; }))).toEqual(['title: missing', 'case.demo: missing', 'steps: expected a list of steps, got "x"']);
    expect(parseWalkthrough(edited((d) => { d.author = 'me'; d.steps[0].duration = 5; }))).toMatchObject({
      ok: true,
      notes: ['author is not a field this version of PlanLens knows; ignored', 'step 1 ("Overview") duration is not a field this version of PlanLens knows; ignored'],
    });
  });
});
