import { readFileSync } from 'node:fs';
import type { RtDose } from '../dicom/rtDose.js';
import type { Roi } from '../dicom/rtStruct.js';
import { computeDvh } from '../dvh/computeDvh.js';
import { evaluateClinicalGoals, parseClinicalGoals, type GoalResult } from '../dvh/clinicalGoals.js';
import type { DvhData } from '../dvh/dvhData.js';
import { reportedDvh, structureReport, type StructureReport } from '../dvh/dvhReport.js';
import { csvText, doseReportNotes, reportCsvHeader, reportCsvRow } from '../dvh/dvhCsv.js';
import { planQuality, type PlanQuality } from '../dvh/planQualityReport.js';
import { suggestAlphaBeta } from '../radiobiology/alphaBetaDefaults.js';
import type { CliCommand } from './io.js';
import { loadCaseFromPaths } from './readInputs.js';

export const dvhUsage = 'planlens dvh --rtstruct FILE --rtdose FILE [--roi NAME]... [--json | --csv] [--eqd2 --fractions N --alpha-beta [ROI=]VALUE...] [--goals FILE] [--prescription GY [--target ROI]]';

interface DvhArgs {
  readonly rtstruct: string;
  readonly rtdose: string;
  readonly roiNames: readonly string[];
  readonly format: 'text' | 'json' | 'csv';
  readonly eqd2: { readonly fractions: number; readonly alphaBetaByRoi: ReadonlyMap<string, number>; readonly defaultAlphaBeta: number | undefined } | undefined;
  readonly goalsFile: string | undefined;
  readonly prescriptionGy: number | undefined;
  readonly target: string | undefined;
}

/** Clinical goals and plan-quality indices, when asked for. */
interface Extras {
  readonly goals: readonly GoalResult[] | undefined;
  readonly planQuality: PlanQuality | undefined;
}

/** `planlens dvh`: the DVH and metrics of each ROI of an RTSTRUCT in an RTDOSE (physical or EQD2). */
export const runDvh: CliCommand = async (args, io) => {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`planlens dvh: ${parsed}. Usage: ${dvhUsage}\n`);
    return 2;
  }
  const reviewCase = await loadCaseFromPaths([parsed.rtstruct, parsed.rtdose]);
  const structureSet = reviewCase.structureSets[0];
  const dose = reviewCase.doses[0];
  if (structureSet === undefined || dose?.grid === undefined) {
    const reason = reviewCase.problems.find((problem) => problem.severity === 'error')?.message ?? 'the files hold no RTSTRUCT, or no RTDOSE with a dose grid';
    io.stderr(`planlens dvh: ${reason}\n`);
    return 1;
  }
  const rois = selectRois(structureSet.rois, parsed.roiNames);
  if (typeof rois === 'string') {
    io.stderr(`planlens dvh: ${rois}\n`);
    return 1;
  }
  const missingAlphaBeta = parsed.eqd2 === undefined ? [] : rois.filter((roi) => alphaBetaFor(parsed, roi) === undefined);
  if (missingAlphaBeta.length > 0) {
    io.stderr(`planlens dvh: --eqd2 needs an alpha/beta for every ROI; missing for ${missingAlphaBeta.map((roi) => `"${roi.name}" (suggested ${suggestionText(roi)})`).join(', ')}. Pass --alpha-beta NAME=VALUE or a default --alpha-beta VALUE.\n`);
    return 2;
  }
  const grid = dose.grid;
  const computed = rois.map((roi) => {
    const alphaBetaGy = alphaBetaFor(parsed, roi);
    const eqd2 = parsed.eqd2 !== undefined && alphaBetaGy !== undefined ? { fractions: parsed.eqd2.fractions, alphaBetaGy } : undefined;
    const result = computeDvh(roi, grid);
    const planningSystemItem = dose.dvhs.find((item) => item.referencedRoiNumber === roi.number);
    return { roi, report: structureReport(roi, result, eqd2, planningSystemItem), dvh: reportedDvh(result, eqd2) };
  });
  const dvhByRoi = new Map(computed.flatMap(({ roi, dvh }): [string, DvhData][] => (dvh === undefined ? [] : [[roi.name, dvh]])));
  const extras = evaluateExtras(parsed, rois, dvhByRoi, grid);
  if (typeof extras === 'string') {
    io.stderr(`planlens dvh: ${extras}\n`);
    return 2;
  }
  const reports = computed.map(({ report }) => report);
  const notes = [...doseReportNotes(dose, structureSet.frameOfReferenceUid), ...reports.flatMap((report) => report.notes.map((note) => `${report.name}: ${note}`))];
  io.stdout(format(parsed, reports, notes, extras));
  return 0;
};

function evaluateExtras(args: DvhArgs, rois: readonly Roi[], dvhByRoi: ReadonlyMap<string, DvhData>, grid: NonNullable<RtDose['grid']>): Extras | string {
  let goals: GoalResult[] | undefined;
  if (args.goalsFile !== undefined) {
    const parsed = parseClinicalGoals(readFileSync(args.goalsFile, 'utf8'));
    if (parsed.errors.length > 0) return `${args.goalsFile}: ${parsed.errors.map((error) => `line ${error.line}: ${error.error}`).join('; ')}`;
    goals = evaluateClinicalGoals(parsed.goals, { dvhByRoi, ...(args.prescriptionGy !== undefined ? { prescriptionGy: args.prescriptionGy } : {}) });
  }
  if (args.target === undefined) return { goals, planQuality: undefined };
  const targetDvh = dvhByRoi.get(args.target);
  const targetRoi = rois.find((roi) => roi.name === args.target);
  if (targetDvh === undefined || targetRoi === undefined || args.prescriptionGy === undefined) return `--target ${args.target} needs --prescription GY and a DVH of that ROI (list it with --roi, or leave --roi out)`;
  if (args.eqd2 !== undefined) return '--target indices are of the physical dose; leave out --eqd2';
  return { goals, planQuality: planQuality(targetRoi, targetDvh, grid, args.prescriptionGy) };
}

function parseArgs(args: readonly string[]): DvhArgs | string {
  const values = new Map<string, string[]>();
  let flags = new Set<string>();
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (['--json', '--csv', '--eqd2'].includes(arg)) flags = new Set([...flags, arg]);
    else if (['--rtstruct', '--rtdose', '--roi', '--fractions', '--alpha-beta', '--goals', '--prescription', '--target'].includes(arg)) {
      const value = args[index + 1];
      if (value === undefined) return `${arg} needs a value`;
      values.set(arg, [...(values.get(arg) ?? []), value]);
      index += 1;
    } else return `unknown argument ${arg}`;
  }
  const rtstruct = values.get('--rtstruct')?.[0];
  const rtdose = values.get('--rtdose')?.[0];
  if (rtstruct === undefined || rtdose === undefined) return 'both --rtstruct and --rtdose are needed';
  if (flags.has('--json') && flags.has('--csv')) return 'choose one of --json and --csv';
  const eqd2 = flags.has('--eqd2') ? parseEqd2(values) : undefined;
  if (typeof eqd2 === 'string') return eqd2;
  const prescription = values.get('--prescription')?.[0];
  const prescriptionGy = prescription === undefined ? undefined : Number(prescription);
  if (prescriptionGy !== undefined && !(prescriptionGy > 0)) return `--prescription ${prescription}: a dose in Gy above 0 is needed`;
  return {
    rtstruct, rtdose, roiNames: values.get('--roi') ?? [], format: flags.has('--json') ? 'json' : flags.has('--csv') ? 'csv' : 'text', eqd2,
    goalsFile: values.get('--goals')?.[0], prescriptionGy, target: values.get('--target')?.[0],
  };
}

function parseEqd2(values: ReadonlyMap<string, string[]>): DvhArgs['eqd2'] | string {
  const fractions = Number(values.get('--fractions')?.[0]);
  if (!Number.isInteger(fractions) || fractions < 1) return '--eqd2 needs --fractions N (a whole number of fractions, at least 1)';
  const alphaBetaByRoi = new Map<string, number>();
  let defaultAlphaBeta: number | undefined;
  for (const entry of values.get('--alpha-beta') ?? []) {
    const split = entry.lastIndexOf('=');
    const value = Number(entry.slice(split + 1));
    if (!(value > 0)) return `--alpha-beta ${entry}: the value must be a number above 0 (Gy)`;
    if (split < 0) defaultAlphaBeta = value;
    else alphaBetaByRoi.set(entry.slice(0, split), value);
  }
  return { fractions, alphaBetaByRoi, defaultAlphaBeta };
}

function alphaBetaFor(args: DvhArgs, roi: Roi): number | undefined {
  return args.eqd2?.alphaBetaByRoi.get(roi.name) ?? args.eqd2?.defaultAlphaBeta;
}

function suggestionText(roi: Roi): string {
  const suggestion = suggestAlphaBeta(roi.name, roi.interpretedType);
  return suggestion.ok ? `${suggestion.entry.alphaBetaGy} Gy by ${suggestion.matchedBy}, ${suggestion.entry.citationKeys.join(', ')}` : 'none: choose one';
}

function selectRois(rois: readonly Roi[], names: readonly string[]): Roi[] | string {
  if (names.length === 0) return [...rois];
  const missing = names.filter((name) => !rois.some((roi) => roi.name === name));
  if (missing.length > 0) return `no ROI named ${missing.map((name) => `"${name}"`).join(', ')}; the structure set has ${rois.map((roi) => `"${roi.name}"`).join(', ')}`;
  return names.flatMap((name) => rois.filter((roi) => roi.name === name));
}

/** Our metrics beside the planning system's DVH (RTDOSE DVHSequence), one line per ROI that has one. */
function planningSystemLines(reports: readonly StructureReport[], text: (value: unknown) => string): string[] {
  return reports.flatMap((report) => {
    const beside = report.planningSystem;
    if (beside === null) return [];
    if ('unavailable' in beside) return [`planning system DVH of ${report.name}: ${beside.unavailable}\n`];
    return [`planning system DVH of ${report.name} (ours - theirs): ${beside.comparison.map((row) => `${row.metric} ${text(row.ours)} vs ${text(row.planningSystem)} (${text(row.difference)})`).join(', ')}\n`];
  });
}

function extrasLines(extras: Extras, text: (value: unknown) => string): string[] {
  const goals = (extras.goals ?? []).map((result) => {
    const goal = result.goal.text;
    return result.status === 'not-evaluated' ? `goal ${goal}: NOT EVALUATED (${result.reason})\n` : `goal ${goal}: ${result.status.toUpperCase()} (${text(result.value)}, margin ${text(result.margin)})\n`;
  });
  const quality = extras.planQuality;
  const indices = quality === undefined ? [] : [`plan quality of ${quality.target} at ${quality.prescriptionGy} Gy: RTOG CI ${text(quality.rtogCi)}, Paddick CI ${text(quality.paddickCi)}, Paddick GI ${text(quality.paddickGi)}, ICRU 83 HI ${text(quality.icru83Hi)}\n`];
  return [...goals, ...indices];
}

function format(args: DvhArgs, reports: readonly StructureReport[], notes: readonly string[], extras: Extras): string {
  if (args.format === 'json') {
    const structures = reports.map(({ metrics, notes: _notes, ...rest }) => ({ ...rest, ...metrics }));
    const settings = { rtdose: args.rtdose, rtstruct: args.rtstruct, eqd2: args.eqd2 === undefined ? null : { fractions: args.eqd2.fractions } };
    return `${JSON.stringify({ structures, settings, notes, goals: extras.goals ?? null, planQuality: extras.planQuality ?? null }, null, 2)}\n`;
  }
  const header = reportCsvHeader;
  const rows = reports.map(reportCsvRow);
  if (args.format === 'csv') return csvText([header, ...rows], notes);
  const text = (value: unknown): string => (value === null ? '-' : typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(2) : String(value));
  const table = [header, ...rows].map((row) => row.map(text).join('\t')).join('\n');
  return `${table}\n${planningSystemLines(reports, text).join('\n')}${extrasLines(extras, text).join('')}${notes.map((note) => `note: ${note}`).join('\n')}\n`;
}
