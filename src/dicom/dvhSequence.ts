import type { DicomObject } from './dicomObject.js';
import type { ReadNote } from './identity.js';
import { T } from './tags.js';

/** One DVH from an RTDOSE's DVHSequence: the planning system's own numbers. */
export interface DicomDvh {
  readonly referencedRoiNumber: number | undefined;
  readonly contributionType: string | undefined;
  readonly type: 'CUMULATIVE' | 'DIFFERENTIAL' | 'NATURAL';
  readonly doseUnits: string;
  readonly doseType: string | undefined;
  readonly volumeUnits: string;
  /** Upper edge of each bin in `doseUnits` (scaling applied); bins start at dose 0. */
  readonly binEdgesUpper: Float64Array;
  /** Volume per bin in `volumeUnits`. */
  readonly volumes: Float64Array;
  readonly minimumDose: number | undefined;
  readonly maximumDose: number | undefined;
  readonly meanDose: number | undefined;
}

/** The DVHSequence of an RTDOSE; a malformed item is noted and skipped, never half-read. */
export function readDvhSequence(root: DicomObject, notes: ReadNote[]): DicomDvh[] {
  return root.sequence(T.DVHSequence).flatMap((item, index) => {
    try {
      return [readDvhItem(item)];
    } catch (error) {
      notes.push({ severity: 'warning', code: 'dvh-item-unreadable', message: `DVHSequence item ${index + 1} is skipped: ${error instanceof Error ? error.message : String(error)}`, file: root.file });
      return [];
    }
  });
}

function readDvhItem(item: DicomObject): DicomDvh {
  const type = item.requireString(T.DVHType);
  if (type !== 'CUMULATIVE' && type !== 'DIFFERENTIAL' && type !== 'NATURAL') {
    throw item.fail('invalid-value', `DVHType "${type}" is unknown`, T.DVHType);
  }
  const data = item.numbers(T.DVHData);
  const bins = item.number(T.DVHNumberOfBins) ?? data.length / 2;
  if (data.length !== bins * 2) throw item.fail('invalid-value', `DVHData has ${data.length} values for ${bins} bins (2 per bin expected)`, T.DVHData);
  const scaling = item.number(T.DVHDoseScaling) ?? 1;
  const binEdgesUpper = new Float64Array(bins);
  const volumes = new Float64Array(bins);
  let edge = 0;
  for (let bin = 0; bin < bins; bin += 1) {
    edge += (data[bin * 2] ?? 0) * scaling;
    binEdgesUpper[bin] = edge;
    volumes[bin] = data[bin * 2 + 1] ?? 0;
  }
  const roi = item.sequence(T.DVHReferencedROISequence)[0];
  return {
    referencedRoiNumber: roi?.number(T.ReferencedROINumber),
    contributionType: roi?.string(T.DVHROIContributionType),
    type,
    doseUnits: item.string(T.DoseUnits) ?? 'GY',
    doseType: item.string(T.DoseType),
    volumeUnits: item.string(T.DVHVolumeUnits) ?? 'CM3',
    binEdgesUpper,
    volumes,
    minimumDose: item.number(T.DVHMinimumDose),
    maximumDose: item.number(T.DVHMaximumDose),
    meanDose: item.number(T.DVHMeanDose),
  };
}
