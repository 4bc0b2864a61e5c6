/**
 * For unevenly spaced planes a grid's affine assumes the mean spacing along k; this maps that
 * linear k to the true fractional plane index through the planes' positions along k (mm,
 * monotonic: dose frame offsets, image slice positions). Beyond the end planes it extrapolates
 * with the mean spacing.
 */
export function trueIndexOfLinear(positionsMm: Float64Array): (kLinear: number) => number {
  const offsets = positionsMm;
  const frames = offsets.length;
  const first = offsets[0] ?? 0;
  const stepMm = frames > 1 ? ((offsets[frames - 1] ?? 0) - first) / (frames - 1) : 1;
  return (kLinear) => {
    const offset = first + kLinear * stepMm;
    const sign = Math.sign(stepMm);
    let low = 0;
    let high = frames - 1;
    if (sign * (offset - first) <= 0) return (offset - first) / stepMm;
    if (sign * (offset - (offsets[high] ?? 0)) >= 0) return high + (offset - (offsets[high] ?? 0)) / stepMm;
    while (high - low > 1) {
      const middle = (low + high) >> 1;
      if (sign * (offset - (offsets[middle] ?? 0)) >= 0) low = middle;
      else high = middle;
    }
    return low + (offset - (offsets[low] ?? 0)) / ((offsets[high] ?? 0) - (offsets[low] ?? 0));
  };
}

