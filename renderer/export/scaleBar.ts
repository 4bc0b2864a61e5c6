/** A scale bar for a slice view: a round length about a fifth of the view's width. */
export interface ScaleBar {
  readonly lengthMm: number;
  /** The bar's length on the view, CSS px. */
  readonly lengthPx: number;
  readonly label: string;
}

/** The round lengths a scale bar may have: 1, 2 and 5 times a power of ten, mm. */
const mantissas: readonly number[] = [1, 2, 5];

/**
 * The round length (1, 2 or 5 x 10^k mm) nearest, by ratio, to a fifth of a view `viewWidthMm`
 * wide: 400 mm gives 100 mm (80 wanted), 120 mm gives 20 mm, 30 mm gives 5 mm.
 */
export function scaleBarLengthMm(viewWidthMm: number): number {
  if (!Number.isFinite(viewWidthMm) || viewWidthMm <= 0) throw new Error(`scaleBarLengthMm: the view's width must be a positive number of mm (got ${viewWidthMm})`);
  const wantedMm = viewWidthMm / 5;
  const decade = Math.floor(Math.log10(wantedMm));
  let bestMm = 1;
  let bestRatio = Infinity;
  for (const power of [decade, decade + 1]) {
    for (const mantissa of mantissas) {
      const candidateMm = Number((mantissa * 10 ** power).toPrecision(6));
      const ratio = Math.abs(Math.log(candidateMm / wantedMm));
      if (ratio < bestRatio) {
        bestMm = candidateMm;
        bestRatio = ratio;
      }
    }
  }
  return bestMm;
}

/** The scale bar of a view `widthPx` CSS px wide at `pixelsPerMm`. */
export function scaleBarFor(widthPx: number, pixelsPerMm: number): ScaleBar {
  const lengthMm = scaleBarLengthMm(widthPx / pixelsPerMm);
  return { lengthMm, lengthPx: lengthMm * pixelsPerMm, label: `${lengthMm} mm` };
}
