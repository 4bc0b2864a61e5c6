import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CaseLoader } from '../../src/case/caseLoader.js';
import type { ReviewCase } from '../../src/case/reviewCase.js';
import { parseDicom } from '../../src/dicom/parse.js';
import { samplePath, samplesMissingMessage, samplesPresent } from '../samplesDir.js';

/**
 * Truncated, bit-flipped and tag-mangled copies of real files. Each mutated case must load without
 * throwing or hanging, and whatever it loads must either match the unmutated load exactly (the
 * mutation was inert) or come with a new error or warning: never a silently different object.
 */
if (!samplesPresent) console.warn(samplesMissingMessage);

const seed = 20261128;

function random(state: { value: number }): number {
  state.value = (state.value + 0x6d2b79f5) | 0;
  let t = Math.imul(state.value ^ (state.value >>> 15), 1 | state.value);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const sources = [
  ['pinnacle-ct-rtdose', 'ct.70.dcm'],
  ['pinnacle-ct-rtdose', 'rtdose.dcm'],
  ['pydicom-rt-minimal', 'rtdose.dcm'],
  ['pydicom-rt-minimal', 'rtdose_expb.dcm'],
  ['pydicom-rt-minimal', 'rtdose_rle.dcm'],
  ['pydicom-rt-minimal', 'rtplan.dcm'],
  ['pydicom-rt-minimal', 'rtstruct.dcm'],
  ['rtutils-edge-cases', 'mock_data', 'rt.dcm'],
  ['rtutils-edge-cases', 'oriented_data', '0.dcm'],
];

/** Offsets of each top-level element's header: the bytes that say which tag, what VR, how long. */
function headerOffsets(bytes: Uint8Array, name: string): number[] {
  const parsed = parseDicom(bytes, name);
  const explicit = parsed.transferSyntax.explicitVr;
  return Object.values(parsed.root.dataSet.elements).map((element) => {
    const long = element.vr !== undefined && ['OB', 'OW', 'SQ', 'UT', 'UN', 'OF', 'OD', 'UC', 'UR'].includes(element.vr);
    const headerLength = element.tag.startsWith('x0002') || explicit ? (long ? 12 : 8) : 8;
    return element.dataOffset - headerLength;
  }).filter((offset) => offset >= 0);
}

interface Mutation {
  readonly kind: 'truncate' | 'header-bit-flip' | 'tag-mangle';
  readonly detail: string;
  readonly bytes: Uint8Array;
}

function mutations(bytes: Uint8Array, name: string, state: { value: number }, perKind: number): Mutation[] {
  const headers = headerOffsets(bytes, name);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random(state) * list.length)] as T;
  const out: Mutation[] = [];
  for (let n = 0; n < perKind; n += 1) {
    const cut = 1 + Math.floor(random(state) * (bytes.length - 2));
    out.push({ kind: 'truncate', detail: `cut at ${cut} of ${bytes.length}`, bytes: bytes.slice(0, cut) });
    const flipped = bytes.slice();
    const at = pick(headers) + Math.floor(random(state) * 8);
    const bit = Math.floor(random(state) * 8);
    flipped[at] = (flipped[at] as number) ^ (1 << bit);
    out.push({ kind: 'header-bit-flip', detail: `bit ${bit} of byte ${at}`, bytes: flipped });
    const mangled = bytes.slice();
    const tagAt = pick(headers);
    mangled[tagAt + 2] = (mangled[tagAt + 2] as number) ^ 0x5a;
    out.push({ kind: 'tag-mangle', detail: `element number of the tag at byte ${tagAt}`, bytes: mangled });
  }
  return out;
}

async function load(name: string, bytes: Uint8Array): Promise<ReviewCase> {
  const loader = new CaseLoader(1);
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${name}: load did not finish in 10 s`)), 10_000));
  await Promise.race([loader.addFile({ name, bytes }), timeout]);
  return loader.finish();
}

function digest(values: ArrayLike<number>): number {
  let hash = 0;
  for (let index = 0; index < values.length; index += 1) hash = (Math.imul(hash, 31) + Math.round((values[index] ?? 0) * 1000)) | 0;
  return hash;
}

/**
 * What a reviewer relies on, as one comparable string: geometry, voxel and dose values, units and
 * summation, frames of reference, ROI identities and contours, fractionation, prescription and
 * beam geometry. Descriptive text (names, labels, manufacturer, UIDs of patient and study) is left
 * out: a mangled descriptive tag loads as a missing or different label, which no reader can tell
 * from a genuine one.
 */
function fingerprint(reviewCase: ReviewCase): string {
  return JSON.stringify({
    images: reviewCase.images.map((image) => [image.dimensions, Array.from(image.ijkToLps), digest(image.storedVoxels), image.rescale, image.uniformSpacing, image.modality, image.identity.frameOfReferenceUid]),
    doses: reviewCase.doses.map((dose) => [dose.grid?.dimensions, Array.from(dose.grid?.ijkToLps ?? []), digest(dose.grid?.values ?? []), dose.doseUnits, dose.summationType, dose.identity.frameOfReferenceUid]),
    structureSets: reviewCase.structureSets.map((set) => [set.frameOfReferenceUid, set.rois.map((roi) => [roi.number, roi.name, roi.interpretedType, roi.colorRgb, roi.contours.map((c) => [c.geometricType, digest(c.pointsLps)])])]),
    plans: reviewCase.plans.map((plan) => [plan.fractionsPlanned, plan.prescriptionGy, plan.beams.map((beam) => [beam.number, beam.name, beam.gantryStartDeg, beam.gantryStopDeg, beam.collimatorAngleDeg, beam.couchAngleDeg, beam.meterset, beam.isocenterLps])]),
  });
}

const knownSilent = [
  'pinnacle-ct-rtdose/ct.70.dcm header-bit-flip (bit 0 of byte 574)',
  'pinnacle-ct-rtdose/ct.70.dcm header-bit-flip (bit 7 of byte 1322)',
  'pinnacle-ct-rtdose/rtdose.dcm header-bit-flip (bit 5 of byte 1852)',
  'pydicom-rt-minimal/rtdose_expb.dcm tag-mangle (element number of the tag at byte 1156)',
  'pydicom-rt-minimal/rtdose_rle.dcm header-bit-flip (bit 4 of byte 1035)',
  'pydicom-rt-minimal/rtplan.dcm tag-mangle (element number of the tag at byte 890)',
  'rtutils-edge-cases/oriented_data/0.dcm tag-mangle (element number of the tag at byte 636)',
  'rtutils-edge-cases/oriented_data/0.dcm header-bit-flip (bit 0 of byte 637)',
];

const flagged = (reviewCase: ReviewCase, before: ReviewCase): boolean => {
  const known = new Set(before.problems.map((problem) => problem.code));
  return reviewCase.problems.some((problem) => problem.severity !== 'info' && !known.has(problem.code));
};

describe.skipIf(!samplesPresent)('mutated real files are refused or flagged, never silently wrong', () => {
  it(`~300 deterministic mutations (seed ${seed})`, async () => {
    const state = { value: seed };
    const counts: Record<string, { refusedOrFlagged: number; inert: number }> = {};
    const silent: string[] = [];
    for (const parts of sources) {
      const name = parts.join('/');
      const bytes = new Uint8Array(readFileSync(samplePath(...parts)));
      const before = await load(name, bytes);
      const expected = fingerprint(before);
      for (const mutation of mutations(bytes, name, state, 11)) {
        const after = await load(name, mutation.bytes);
        const count = (counts[mutation.kind] ??= { refusedOrFlagged: 0, inert: 0 });
        if (fingerprint(after) === expected) count.inert += 1;
        else if (flagged(after, before)) count.refusedOrFlagged += 1;
        else silent.push(`${name} ${mutation.kind} (${mutation.detail})`);
      }
    }
    console.info(`mutations (seed ${seed}): ${JSON.stringify(counts)}; silent: ${silent.length}`);
    // Open gaps, pinned so that any new silent case (or a fix) fails this test; each is a flip or a
    // mangled tag that still parses into different numbers (a value such as a rescale or position
    // read from a neighbouring element). Closing them is the next robustness step.
    expect(silent).toEqual(knownSilent);
  }, 120_000);
});
