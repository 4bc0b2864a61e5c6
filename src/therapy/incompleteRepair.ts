/**
 * Incomplete repair during a protracted fraction (docs/sensitisation-model.md §1.4, Dale1985 [U]):
 * the quadratic term is multiplied by the Lea–Catcheside factor
 * G = 2(μτ − 1 + e^(−μτ)) / (μτ)², μ = ln2 / T½,rep, τ = delivery time. G → 1 as τ → 0.
 * Worked number (§5.5, Qi2012 repair half-time): T½,rep 17 min, τ 30 min ⇒ G = 0.6917.
 */
export function leaCatchesideG(repairHalfTimeMin: number, deliveryMin: number): number {
  if (!(Number.isFinite(repairHalfTimeMin) && repairHalfTimeMin > 0)) throw new RangeError(`leaCatchesideG: repairHalfTimeMin is ${repairHalfTimeMin}; pass a repair half-time above 0 min`);
  if (!(Number.isFinite(deliveryMin) && deliveryMin >= 0)) throw new RangeError(`leaCatchesideG: deliveryMin is ${deliveryMin}; pass a delivery time of 0 min or more`);
  const x = (Math.LN2 / repairHalfTimeMin) * deliveryMin;
  // Below x ~ 1e-4 the closed form cancels badly; its series is 1 − x/3 + x²/12.
  return x < 1e-4 ? 1 - x / 3 + (x * x) / 12 : (2 * (x - 1 + Math.exp(-x))) / (x * x);
}
