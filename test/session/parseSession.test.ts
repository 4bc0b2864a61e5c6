import { describe, expect, it } from 'vitest';
import { checkedDocument } from '../../src/session/documentHeader.js';
import { parseSession } from '../../src/session/parseSession.js';
import { serialiseSession, sessionOf } from '../../src/session/sessionOf.js';
import { annotations, caseIdentity, editedSessionText, session, structures, view } from './sessionFixtures.js';

const errorsOf = (text: string): readonly string[] => {
  const result = parseSession(text);
  if (result.ok) throw new Error('expected the session to be refused');
  return result.errors;
};

describe('a session file', () => {
  it('is written as indented JSON with points and colours on one line, and reads back as it was', () => {
    const text = serialiseSession(session);
    expect(text).toContain('"crosshairLps": [12.5, -30, 4]');
    expect(text).toContain('"colourRgb": [255, 255, 0]');
    expect(text.endsWith('}\n')).toBe(true);
    const result = parseSession(text);
    expect(result).toEqual({ ok: true, session, notes: [] });
    expect(session).toMatchObject({ format: 'planlens-session', version: 1, savedAt: '2026-01-01T09:00:00.000Z', case: caseIdentity });
  });

  it('keeps only the session fields of richer objects (the workspace state)', () => {
    const richer = { ...view, probeLps: [1, 2, 3], structures: { 1: {} }, dose: { ...view.dose, extra: true } };
    const made = sessionOf({ savedAt: new Date(0), case: { ...caseIdentity, extra: 'x' } as typeof caseIdentity, view: richer, structures, annotations });
    expect(Object.keys(made.view).sort()).toEqual(['crosshairLps', 'dose', 'layout', 'mainViewport', 'showCrosshair', 'slices', 'volume', 'windowLevel']);
    expect(made.view.dose).not.toHaveProperty('extra');
    expect(made.case).not.toHaveProperty('extra');
    expect(parseSession(serialiseSession(made))).toMatchObject({ ok: true, notes: [] });
  });

  it('refuses text that is not JSON, or cut short, saying it may be damaged', () => {
    const text = serialiseSession(session);
    for (const damaged of ['', 'not json', text.slice(0, text.length / 2), text.slice(0, -3)]) {
      expect(errorsOf(damaged)).toEqual([expect.stringMatching(/^the file is not valid JSON \(.+\); it may be truncated or damaged$/u)]);
    }
  });

  it('refuses another format, a version it does not read, and a newer one with what to do', () => {
    expect(errorsOf('[1, 2]')).toEqual(['expected a PlanLens session (an object with "format": "planlens-session"), got a list of 2']);
    expect(errorsOf(editedSessionText((d) => { d.format = 'planlens-walkthrough'; }))).toEqual(['format: "planlens-walkthrough" is not "planlens-session": this is not a PlanLens session file']);
    expect(errorsOf(editedSessionText((d) => { d.version = 2; }))).toEqual(['version: 2 is newer than this PlanLens reads (up to 1); open it with a newer PlanLens']);
    expect(errorsOf(editedSessionText((d) => { d.version = '1'; }))).toEqual(['version: expected a whole number from 1, got "1"']);
    expect(errorsOf(editedSessionText((d) => { d.version = 0; }))).toEqual(['version: expected a whole number from 1, got 0']);
    expect(errorsOf(editedSessionText((d) => { delete d.version; }))).toEqual(['version: expected a whole number from 1, got undefined']);
  });

  it('refuses out-of-range values, naming each field and its range', () => {
    const text = editedSessionText((d) => {
      d.view.slices.axial.zoom = 0;
      d.view.windowLevel.width = -5;
      d.view.crosshairLps = [0, 1e6, 0];
      d.view.dose.levels[1].colourRgb = [0, 300, 0];
      d.view.dose.washOpacity = 1.5;
      d.view.volume.orbit.elevationDeg = 95;
      d.structures[0].fillOpacity = -0.1;
    });
    expect(errorsOf(text)).toEqual([
      'view.crosshairLps[1]: 1000000 is out of range (-10000 to 10000)',
      'view.windowLevel.width: -5 is out of range (above 0 and at most 1000000000)',
      'view.slices.axial.zoom: 0 is out of range (0.25 to 64)',
      'view.dose.washOpacity: 1.5 is out of range (0 to 1)',
      'view.dose.levels[1].colourRgb[1]: 300 is out of range (0 to 255)',
      'view.volume.orbit.elevationDeg: 95 is out of range (-89 to 89)',
      'structures[0].fillOpacity: -0.1 is out of range (0 to 1)',
    ]);
  });

  it('refuses wrong types and missing fields, naming them', () => {
    expect(errorsOf(editedSessionText((d) => {
      d.view.layout = '3x3';
      d.view.showCrosshair = 'yes';
      delete d.view.dose;
      d.view.slices.coronal.panLps = [0, 0];
      d.annotations[0].text = '  ';
      d.case.doseUid = 7;
    }))).toEqual([
      'case.doseUid: expected text, got 7',
      'view.layout: "3x3" is not one of 1x1, 2x2, 1+3',
      'view.showCrosshair: expected true or false, got "yes"',
      'view.slices.coronal.panLps: expected 3 numbers, got a list of 2',
      'view.dose: missing',
      'annotations[0].text: is empty',
    ]);
    expect(errorsOf(editedSessionText((d) => { d.savedAt = 'yesterday'; d.structures = {}; }))).toEqual([
      'savedAt: "yesterday" is not a date and time',
      'structures: expected a list, got an object',
    ]);
    expect(errorsOf(editedSessionText((d) => { d.view.dose.levels[0].value = Number.NaN; }))).toEqual(['view.dose.levels[0].value: expected a number, got null']);
  });

  it('notes fields it does not know and ROIs listed twice, and reads the rest', () => {
    const result = parseSession(editedSessionText((d) => {
      d.comment = 'from a newer build';
      d.view.slices.axial.rotationDeg = 90;
      d.structures.push({ ...d.structures[0], visible: true });
    }));
    expect(result).toEqual({
      ok: true,
      session,
      notes: [
        'comment is not a field this version of PlanLens knows; ignored',
        'view.slices.axial.rotationDeg is not a field this version of PlanLens knows; ignored',
        'structures: ROI 1 is listed twice; the first entry is used',
      ],
    });
  });

  it('has a migrations hook: older versions are brought up step by step, and a gap is refused', () => {
    const kind = {
      format: 'planlens-session',
      what: 'session',
      currentVersion: 3,
      migrations: { 1: (d: Readonly<Record<string, unknown>>) => ({ ...d, renamed: d.old }), 2: (d: Readonly<Record<string, unknown>>) => ({ ...d, added: true }) },
    };
    expect(checkedDocument({ format: 'planlens-session', version: 1, old: 'x' }, kind)).toEqual({ ok: true, document: { format: 'planlens-session', version: 3, old: 'x', renamed: 'x', added: true } });
    expect(checkedDocument({ format: 'planlens-session', version: 2 }, kind)).toEqual({ ok: true, document: { format: 'planlens-session', version: 3, added: true } });
    expect(checkedDocument({ format: 'planlens-session', version: 1 }, { ...kind, migrations: { 2: kind.migrations[2] } })).toEqual({ ok: false, errors: ['version: 1 cannot be read (no migration from version 1)'] });
  });
});
