import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { CaseLoader, type InputFile } from '../../src/case/caseLoader.js';
import type { ReviewCase } from '../../src/case/reviewCase.js';
import { T } from '../../src/dicom/tags.js';
import { samplePath, samplesMissingMessage, samplesPresent } from '../samplesDir.js';
import {
  caseSeed, elementSites, flipHeaderBit, flipValueBit, mangleTag, mulberry32, mutationClasses, truncate,
  type ElementSite, type Mutation, type MutationClass, type Random,
} from './mutate.js';

/**
 * Damaged copies of real sample files never crash the loader, never hang it, and never yield a
 * volume, grid, structure set or plan that differs from the intact file's without an error or
 * warning that the intact load did not have. A few hundred cases per run, from a fixed seed.
 *
 * Replay one case: PLANLENS_MUTATION_SEED=<run seed> PLANLENS_MUTATION_ONLY=<set>/<class>/<n>
 * npx vitest run test/robustness (both are printed with every failure). Another run seed
 * explores other cases; PLANLENS_MUTATION_CASES=<n> runs n cases per sample set instead of 28.
 */

if (!samplesPresent) console.warn(samplesMissingMessage);

const runSeed = Number(process.env.PLANLENS_MUTATION_SEED ?? 0x5eed2024) >>> 0;
const only = process.env.PLANLENS_MUTATION_ONLY;
const casesPerSet = Number(process.env.PLANLENS_MUTATION_CASES ?? 28);
const loadTimeoutMs = 10_000;
/** A load this slow counts as a hang: a synchronous endless loop cannot be cut off by a timer, only seen afterwards. */
const slowLoadMs = 5_000;

interface SampleSet {
  readonly name: string;
  readonly files: readonly (readonly string[])[];
  /** Image and dose files carry the value bit flips (their numbers make geometry and dose). */
  readonly valueFlips: boolean;
}

const sets: readonly SampleSet[] = [
  { name: 'pinnacle-ct', files: [['pinnacle-ct-rtdose', 'ct.0.dcm'], ['pinnacle-ct-rtdose', 'ct.1.dcm'], ['pinnacle-ct-rtdose', 'ct.2.dcm']], valueFlips: true },
  { name: 'rtutils-ct-explicit', files: [['rtutils-edge-cases', 'mock_data', 'ct_1.dcm'], ['rtutils-edge-cases', 'mock_data', 'ct_2.dcm']], valueFlips: true },
  { name: 'rtutils-oblique-ct', files: [0, 1, 2].map((n) => ['rtutils-edge-cases', 'oriented_data', `${n}.dcm`]), valueFlips: true },
  { name: 'pinnacle-dose', files: [['pinnacle-ct-rtdose', 'rtdose.dcm']], valueFlips: true },
  { name: 'pydicom-dose', files: [['pydicom-rt-minimal', 'rtdose.dcm']], valueFlips: true },
  { name: 'pydicom-dose-big-endian', files: [['pydicom-rt-minimal', 'rtdose_expb.dcm']], valueFlips: true },
  { name: 'pydicom-dose-rle', files: [['pydicom-rt-minimal', 'rtdose_rle.dcm']], valueFlips: true },
  { name: 'pydicom-plan', files: [['pydicom-rt-minimal', 'rtplan.dcm']], valueFlips: false },
  { name: 'pydicom-struct-headerless', files: [['pydicom-rt-minimal', 'rtstruct.dcm']], valueFlips: false },
  { name: 'rtutils-struct', files: [['rtutils-edge-cases', 'mock_data', 'rt.dcm']], valueFlips: false },
  { name: 'monaco-plan-headerless', files: [['rk2018-lung-sbrt-multivendor', 'monaco-vmat', '2018CompLung_VMAT.dcm']], valueFlips: false },
];

// ---------------------------------------------------------------------------------------------
// Loading, with a time limit

type LoadOutcome = { readonly kind: 'loaded'; readonly reviewCase: ReviewCase } | { readonly kind: 'crash'; readonly detail: string } | { readonly kind: 'hang' };

async function loadAll(files: readonly InputFile[]): Promise<ReviewCase> {
  const loader = new CaseLoader(files.length);
  for (const file of files) await loader.addFile(file);
  return loader.finish();
}

async function load(files: readonly InputFile[]): Promise<LoadOutcome> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'hang'>((resolve) => { timer = setTimeout(() => resolve('hang'), loadTimeoutMs); });
  try {
    const result = await Promise.race([loadAll(files), timeout]);
    if (result === 'hang' || performance.now() - started > slowLoadMs) return { kind: 'hang' };
    return { kind: 'loaded', reviewCase: result };
  } catch (error) {
    return { kind: 'crash', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------------------------------------
// Fingerprint: everything a reviewer would see of the loaded objects, as named fields

type Fingerprint = Map<string, string>;

function fnv1a(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < bytes.length; index += 1) hash = Math.imul(hash ^ (bytes[index] as number), 0x01000193);
  return (hash >>> 0).toString(16);
}

function hashArray(values: Float32Array | Float64Array): string {
  return fnv1a(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
}

function fingerprint(reviewCase: ReviewCase): Fingerprint {
  const print: Fingerprint = new Map();
  const put = (key: string, value: unknown): void => { print.set(key, JSON.stringify(value)); };
  put('counts', [reviewCase.images.length, reviewCase.doses.length, reviewCase.structureSets.length, reviewCase.plans.length]);
  reviewCase.images.forEach((image, n) => {
    const values = Float32Array.from(image.storedVoxels, (stored) => stored * image.rescale.slope + image.rescale.intercept);
    put(`image${n}.dimensions`, image.dimensions);
    put(`image${n}.ijkToLps`, Array.from(image.ijkToLps));
    put(`image${n}.voxels`, hashArray(values));
    put(`image${n}.uniformSpacing`, image.uniformSpacing);
    put(`image${n}.slicePositions`, Array.from(image.slicePositionsMm));
  });
  reviewCase.doses.forEach((dose, n) => {
    put(`dose${n}.units`, dose.doseUnits);
    put(`dose${n}.summation`, dose.summationType);
    put(`dose${n}.dimensions`, dose.grid?.dimensions ?? 'no grid');
    put(`dose${n}.ijkToLps`, dose.grid !== undefined ? Array.from(dose.grid.ijkToLps) : 'no grid');
    put(`dose${n}.values`, dose.grid !== undefined ? hashArray(dose.grid.values) : 'no grid');
    put(`dose${n}.frameOffsets`, dose.grid !== undefined ? Array.from(dose.grid.frameOffsetsMm) : 'no grid');
  });
  reviewCase.structureSets.forEach((set, n) => {
    put(`structureSet${n}.rois`, set.rois.map((roi) => [roi.number, roi.name, roi.interpretedType]));
    for (const roi of set.rois) {
      put(`structureSet${n}.roi${roi.number}.contours`, roi.contours.map((contour) => `${contour.geometricType}:${hashArray(contour.pointsLps)}`));
    }
  });
  reviewCase.plans.forEach((plan, n) => {
    put(`plan${n}.label`, plan.label ?? '(none)');
    put(`plan${n}.fractions`, plan.fractionsPlanned ?? '(none)');
    put(`plan${n}.prescriptionGy`, plan.prescriptionGy ?? '(none)');
    put(`plan${n}.beamNumbers`, plan.beams.map((beam) => beam.number));
    for (const beam of plan.beams) {
      put(`plan${n}.beam${beam.number}.angles`, [beam.gantryStartDeg, beam.collimatorAngleDeg, beam.couchAngleDeg]);
      put(`plan${n}.beam${beam.number}.gantryStop`, beam.gantryStopDeg);
      put(`plan${n}.beam${beam.number}.meterset`, beam.meterset);
    }
  });
  return print;
}

function differences(a: Fingerprint, b: Fingerprint): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((key) => a.get(key) !== b.get(key)).map((key) => `${key}: ${shorten(a.get(key))} -> ${shorten(b.get(key))}`);
}

function shorten(text: string | undefined): string {
  if (text === undefined) return '(absent)';
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** error and warning problems, counted per severity|code|file. */
function problemCounts(reviewCase: ReviewCase): Map<string, number> {
  const counts = new Map<string, number>();
  for (const problem of reviewCase.problems) {
    if (problem.severity === 'info') continue;
    const key = `${problem.severity}|${problem.code}|${problem.file ?? ''}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function newProblems(before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>): string[] {
  return [...after].filter(([key, n]) => n > (before.get(key) ?? 0)).map(([key]) => key);
}

// ---------------------------------------------------------------------------------------------
// Cases and the oracle

type Verdict = 'refused' | 'flagged' | 'inert' | 'unflagged-change' | 'optional-lost' | 'silent' | 'crash' | 'hang';

/**
 * Attributes a conforming file may leave out, with the fingerprint fields they feed. When a
 * damaged tag removes one of them, the file reads exactly like one that never had it, so the
 * loss cannot be detected in principle; it counts as 'optional-lost' when nothing else changed.
 * - BeamMeterset (Type 3 in the fraction group's ReferencedBeamSequence): MU unknown.
 * - TargetPrescriptionDose (Type 3 in DoseReferenceSequence), and DoseReferenceSequence itself
 *   (Type 3, the RT Prescription module is optional): no prescription.
 * - ContourSequence (Type 3 in ROIContourSequence): an ROI without contours (empty ROIs are common).
 * - GantryAngle after the first control point (Type 1C: only where the angle changes): a different
 *   stop angle. Its loss from the first control point is flagged by the plan reader.
 */
const optionalAttributes = new Map<string, RegExp>([
  [T.BeamMeterset.tag, /\.meterset$/u],
  [T.TargetPrescriptionDose.tag, /\.prescriptionGy$/u],
  [T.DoseReferenceSequence.tag, /\.prescriptionGy$/u],
  [T.ContourSequence.tag, /\.contours$/u],
  [T.GantryAngle.tag, /\.gantryStop$/u],
]);

function onlyOptionalLost(mutation: Mutation, changedKeys: readonly string[]): boolean {
  const fields = mutation.renamedTag !== undefined ? optionalAttributes.get(mutation.renamedTag) : undefined;
  return fields !== undefined && changedKeys.every((key) => fields.test(key));
}

interface Baseline {
  readonly files: readonly InputFile[];
  readonly sites: readonly (readonly ElementSite[])[];
  readonly print: Fingerprint;
  readonly problems: ReadonlyMap<string, number>;
}

const tally = new Map<MutationClass, Map<Verdict, number>>();
let totalCases = 0;
const runStarted = performance.now();

function count(kind: MutationClass, verdict: Verdict): void {
  const perClass = tally.get(kind) ?? new Map<Verdict, number>();
  perClass.set(verdict, (perClass.get(verdict) ?? 0) + 1);
  tally.set(kind, perClass);
  totalCases += 1;
}

async function baselineOf(set: SampleSet): Promise<Baseline> {
  const files = set.files.map((parts) => ({ name: parts.join('/'), bytes: new Uint8Array(readFileSync(samplePath(...parts))) }));
  const outcome = await load(files);
  if (outcome.kind !== 'loaded') throw new Error(`the intact set ${set.name} does not load: ${outcome.kind}`);
  const problems = problemCounts(outcome.reviewCase);
  const errors = [...problems.keys()].filter((key) => key.startsWith('error|'));
  if (errors.length > 0) throw new Error(`the intact set ${set.name} already has errors: ${errors.join(', ')}`);
  return { files, sites: files.map((file) => elementSites(file.bytes, file.name)), print: fingerprint(outcome.reviewCase), problems };
}

function mutate(kind: MutationClass, bytes: Uint8Array, sites: readonly ElementSite[], random: Random): Mutation {
  switch (kind) {
    case 'truncate': return truncate(bytes, random, 0);
    case 'header-bitflip': return flipHeaderBit(bytes, sites, random);
    case 'tag-mangle': return mangleTag(bytes, sites, random);
    case 'value-bitflip': return flipValueBit(bytes, sites, random);
  }
}

function casePlan(set: SampleSet): { kind: MutationClass; index: number }[] {
  const kinds = mutationClasses.filter((kind) => set.valueFlips || kind !== 'value-bitflip');
  return Array.from({ length: casesPerSet }, (_, n) => ({ kind: kinds[n % kinds.length] as MutationClass, index: Math.floor(n / kinds.length) }))
    .filter(({ kind, index }) => only === undefined || only === `${set.name}/${kind}/${index}`);
}

/**
 * Value bit flips are held only to "no crash, no hang, a result": a flipped bit in an ASCII digit
 * of, say, ImagePositionPatient or DoseGridScaling turns one valid number into another, and
 * nothing else in the file says what the number should have been. Refusals and flags are still
 * counted; a changed result without one is 'unflagged-change', not a failure.
 */
function verdict(mutation: Mutation, baseline: Baseline, outcome: LoadOutcome): { verdict: Verdict; detail: string } {
  if (outcome.kind === 'crash') return { verdict: 'crash', detail: outcome.detail };
  if (outcome.kind === 'hang') return { verdict: 'hang', detail: `no result within ${slowLoadMs} ms` };
  const print = fingerprint(outcome.reviewCase);
  const changedKeys = [...new Set([...baseline.print.keys(), ...print.keys()])].filter((key) => baseline.print.get(key) !== print.get(key));
  if (changedKeys.length === 0) return { verdict: 'inert', detail: '' };
  const added = newProblems(baseline.problems, problemCounts(outcome.reviewCase));
  if (added.some((key) => key.startsWith('error|'))) return { verdict: 'refused', detail: added.join(', ') };
  if (added.length > 0) return { verdict: 'flagged', detail: added.join(', ') };
  const detail = differences(baseline.print, print).slice(0, 4).join('; ');
  if (mutation.kind === 'value-bitflip') return { verdict: 'unflagged-change', detail };
  return { verdict: onlyOptionalLost(mutation, changedKeys) ? 'optional-lost' : 'silent', detail };
}

describe.skipIf(!samplesPresent)('mutated real files are refused or flagged, never loaded silently', () => {
  afterAll(() => {
    const seconds = ((performance.now() - runStarted) / 1000).toFixed(1);
    const classes = [...tally].map(([kind, verdicts]) => `${kind}: ${[...verdicts].map(([v, n]) => `${v} ${n}`).join(', ')}`);
    console.info(`mutations (run seed 0x${runSeed.toString(16)}): ${totalCases} cases in ${seconds} s | ${classes.join(' | ')}`);
  });

  it.each(sets.map((set) => [set.name, set] as const))('%s', async (_name, set) => {
    const baseline = await baselineOf(set);
    const failures: string[] = [];
    for (const { kind, index } of casePlan(set)) {
      const seed = caseSeed(runSeed, set.name, kind, index);
      const random = mulberry32(seed);
      const target = Math.floor(random() * baseline.files.length);
      const file = baseline.files[target] as InputFile;
      const mutation = mutate(kind, file.bytes, baseline.sites[target] ?? [], random);
      const files = baseline.files.map((other, n) => (n === target ? { name: other.name, bytes: mutation.bytes } : other));
      const result = verdict(mutation, baseline, await load(files));
      count(kind, result.verdict);
      if (result.verdict === 'silent' || result.verdict === 'crash' || result.verdict === 'hang') {
        failures.push(`${result.verdict.toUpperCase()} [PLANLENS_MUTATION_SEED=0x${runSeed.toString(16)} PLANLENS_MUTATION_ONLY=${set.name}/${kind}/${index}, case seed ${seed}] ${file.name}: ${mutation.description}: ${result.detail}`);
      }
    }
    expect(failures, failures.join('\n')).toEqual([]);
  }, 120_000);
});
