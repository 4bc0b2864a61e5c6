import { valueRange } from '../dicom/imageValues.js';
import type { ReviewCase } from '../case/reviewCase.js';

const fixed = (value: number, digits = 2): string => (Number.isInteger(value) ? String(value) : value.toFixed(digits));

/** The human-readable `planlens inspect` report. */
export function caseToText(reviewCase: ReviewCase): string {
  const lines: string[] = [`${reviewCase.fileCount} file(s) read`];
  for (const patient of reviewCase.patients) {
    lines.push(`Patient ${patient.patientId}${patient.patientName !== undefined ? ` (${patient.patientName})` : ''}: ${patient.studies.length} study(ies)`);
  }
  for (const image of reviewCase.images) {
    const [columns, rows, slices] = image.dimensions;
    lines.push(`${image.modality} series ${image.seriesInstanceUid}: ${columns} x ${rows} x ${slices}, spacing ${image.spacingMm.map((s) => fixed(s, 3)).join(' x ')} mm, ${fixed(valueRange(image).min)} .. ${fixed(valueRange(image).max)} ${image.valueUnit}${image.uniformSpacing ? '' : ' (UNEVEN slice spacing)'}`);
  }
  for (const dose of reviewCase.doses) {
    const grid = dose.grid;
    const size = grid === undefined ? 'no grid' : `${grid.dimensions.join(' x ')}, spacing ${grid.spacingMm.map((s) => fixed(s, 3)).join(' x ')} mm, max ${grid.maxValue.toFixed(3)} ${dose.doseUnits === 'GY' ? 'Gy' : '(RELATIVE, not Gy)'}`;
    lines.push(`RTDOSE ${dose.sopInstanceUid}: ${size}, ${dose.doseType}, summation ${dose.summationType}${dose.dvhs.length > 0 ? `, ${dose.dvhs.length} DVH(s) from the planning system` : ''}`);
  }
  for (const set of reviewCase.structureSets) {
    lines.push(`RTSTRUCT ${set.label ?? set.sopInstanceUid}: ${set.rois.length} ROI(s)`);
    for (const roi of set.rois) lines.push(`  ${roi.number} ${roi.name} [${roi.interpretedType || 'no type'}] ${roi.contours.length} contour(s)`);
  }
  for (const plan of reviewCase.plans) {
    const rx = plan.prescriptionGy !== undefined ? `, prescription ${fixed(plan.prescriptionGy)} Gy` : '';
    lines.push(`RTPLAN ${plan.label ?? plan.sopInstanceUid}: ${plan.intent ?? 'intent not given'}, ${plan.fractionsPlanned ?? '?'} fraction(s)${rx}, ${plan.beams.length} beam(s)`);
    for (const beam of plan.beams) {
      const gantry = beam.gantryStartDeg === beam.gantryStopDeg ? `${beam.gantryStartDeg ?? '?'}` : `${beam.gantryStartDeg ?? '?'}->${beam.gantryStopDeg ?? '?'}`;
      lines.push(`  ${beam.number} ${beam.name}: gantry ${gantry} deg, collimator ${beam.collimatorAngleDeg ?? '?'} deg, couch ${beam.couchAngleDeg ?? '?'} deg, ${beam.meterset !== undefined ? `${fixed(beam.meterset, 1)} MU` : 'meterset not given'}`);
    }
  }
  if (reviewCase.problems.length > 0) lines.push('Problems:');
  for (const problem of reviewCase.problems) {
    lines.push(`  ${problem.severity.toUpperCase()} ${problem.code}: ${problem.message}${problem.file !== undefined ? ` [${problem.file}]` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
