/**
 * A dose-volume histogram as computed by computeDvh: differential volumes in fine dose bins,
 * with the exact statistics of the sampled dose alongside.
 */
export interface DvhData {
  /** Width of every bin, Gy; bin i holds doses in [i * binWidthGy, (i + 1) * binWidthGy). */
  readonly binWidthGy: number;
  /** Volume (cc) whose dose falls in each bin (the differential DVH). */
  readonly differentialCc: Float64Array;
  /** Volume of the structure, cc (from its contours; the sampled volume is scaled to it). */
  readonly volumeCc: number;
  readonly minGy: number;
  readonly meanGy: number;
  readonly maxGy: number;
}

/**
 * The cumulative DVH: `volumeCc[i]` is the volume receiving at least `i * binWidthGy`, so
 * `volumeCc[0]` is the whole volume and the curve never increases.
 */
export function cumulativeCc(dvh: DvhData): Float64Array {
  const bins = dvh.differentialCc.length;
  const cumulative = new Float64Array(bins + 1);
  for (let bin = bins - 1; bin >= 0; bin -= 1) cumulative[bin] = (cumulative[bin + 1] ?? 0) + (dvh.differentialCc[bin] ?? 0);
  return cumulative;
}
