/**
 * Fixed UIDs of the demo case under the 2.25 (UUID-derived) root, so generating twice gives
 * identical files: one base number, plus a small offset per object.
 */
const base = 264197385062893402184593720165439817n;

function demoUid(offset: number): string {
  return `2.25.${(base + BigInt(offset)).toString()}`;
}

export const demoUids = {
  study: demoUid(1),
  frameOfReference: demoUid(2),
  ctSeries: demoUid(3),
  structureSetSeries: demoUid(4),
  structureSet: demoUid(5),
  planSeries: demoUid(6),
  plan: demoUid(7),
  doseSeries: demoUid(8),
  dose: demoUid(9),
  doseReference: demoUid(10),
  ctSlice: (index: number): string => demoUid(1000 + index),
};
