import { valueRange } from '../dicom/imageValues.js';
import type { ReviewCase } from '../case/reviewCase.js';

/** The `planlens inspect --json` document (its shape is documented in the README). */
export function caseToJson(reviewCase: ReviewCase): object {
  return {
    images: reviewCase.images.map((image) => ({
      seriesInstanceUid: image.seriesInstanceUid,
      modality: image.modality,
      rows: image.dimensions[1],
      columns: image.dimensions[0],
      slices: image.dimensions[2],
      pixelSpacingMm: [image.spacingMm[1], image.spacingMm[0]],
      sliceSpacingMm: image.spacingMm[2],
      frameOfReferenceUid: image.identity.frameOfReferenceUid ?? null,
      minValue: valueRange(image).min,
      maxValue: valueRange(image).max,
      valueUnit: image.valueUnit,
      uniformSpacing: image.uniformSpacing,
      patientPosition: image.patientPosition ?? null,
      ijkToLps: Array.from(image.ijkToLps),
    })),
    doses: reviewCase.doses.map((dose) => ({
      sopInstanceUid: dose.sopInstanceUid,
      columns: dose.grid?.dimensions[0] ?? 0,
      rows: dose.grid?.dimensions[1] ?? 0,
      frames: dose.grid?.dimensions[2] ?? 0,
      spacingMm: dose.grid !== undefined ? [...dose.grid.spacingMm] : null,
      maxGy: dose.grid?.maxValue ?? null,
      doseUnits: dose.doseUnits,
      doseType: dose.doseType,
      summationType: dose.summationType,
      frameOfReferenceUid: dose.identity.frameOfReferenceUid ?? null,
      referencedPlanSopInstanceUid: dose.referencedPlanSopInstanceUid ?? null,
      dvhCount: dose.dvhs.length,
      ijkToLps: dose.grid !== undefined ? Array.from(dose.grid.ijkToLps) : null,
    })),
    structureSets: reviewCase.structureSets.map((set) => ({
      sopInstanceUid: set.sopInstanceUid,
      label: set.label ?? null,
      frameOfReferenceUid: set.frameOfReferenceUid ?? null,
      rois: set.rois.map((roi) => ({
        number: roi.number,
        name: roi.name,
        contours: roi.contours.length,
        interpretedType: roi.interpretedType,
        colorRgb: roi.colorRgb !== undefined ? [...roi.colorRgb] : null,
      })),
    })),
    plans: reviewCase.plans.map((plan) => ({
      sopInstanceUid: plan.sopInstanceUid,
      label: plan.label ?? null,
      intent: plan.intent ?? null,
      fractions: plan.fractionsPlanned ?? null,
      prescriptionGy: plan.prescriptionGy ?? null,
      beams: plan.beams.length,
    })),
    links: reviewCase.links,
    problems: reviewCase.problems.map((problem) => ({
      severity: problem.severity,
      code: problem.code,
      message: problem.message,
      file: problem.file ?? null,
    })),
  };
}
