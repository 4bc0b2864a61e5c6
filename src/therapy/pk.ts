import type { PkModel } from './regimen.js';

/**
 * Normalised drug-level curves (docs/sensitisation-model.md §4.2): dimensionless, 1 = peak after
 * the reference dose; never absolute concentrations. `elapsedH` = t − t_j from administration start,
 * `relativeDose` r_j = dose_j / dose_ref, `riseH` L (infusion time for IV, Tmax for oral; 0 = bolus).
 */
export function concentration(pk: PkModel, elapsedH: number, relativeDose: number, infusionH: number): number {
  if (elapsedH < 0) return 0;
  switch (pk.model) {
    case '1c':
      return rising(elapsedH, pk.riseH, relativeDose) ?? relativeDose * 2 ** (-(elapsedH - pk.riseH) / pk.halfLifeH);
    case '2c': {
      const rise = rising(elapsedH, pk.riseH, relativeDose);
      if (rise !== undefined) return rise;
      const afterH = elapsedH - pk.riseH;
      return relativeDose * (pk.fractionAlpha * 2 ** (-afterH / pk.halfLifeAlphaH) + (1 - pk.fractionAlpha) * 2 ** (-afterH / pk.halfLifeBetaH));
    }
    case 'ci':
      // Continuous infusion of duration τ = infusionH, steady state = 1 (§4.2).
      if (elapsedH < infusionH) return relativeDose * (1 - 2 ** (-elapsedH / pk.halfLifeH));
      return relativeDose * (1 - 2 ** (-infusionH / pk.halfLifeH)) * 2 ** (-(elapsedH - infusionH) / pk.halfLifeH);
    case 'depot':
      // ADT is a castrate-state bar (§4.7), not a concentration: 1 from the castration lag on.
      return elapsedH >= pk.castrationLagDays * 24 ? 1 : 0;
  }
}

/** The linear rise r·Δ/L for 0 ≤ Δ < L; undefined once the curve decays (L = 0, Δ = 0 gives r). */
function rising(elapsedH: number, riseH: number, relativeDose: number): number | undefined {
  return elapsedH < riseH ? (relativeDose * elapsedH) / riseH : undefined;
}
