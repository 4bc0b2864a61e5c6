import { bedFromFractionsGy, eqd2FromBedGy, repopulationBedGy } from '../radiobiology/lq.js';
import type { AgentCourse } from './sensitisation.js';

/**
 * Sensitised BED/EQD2 of a course in one structure (docs/sensitisation-model.md §4.4–4.6):
 * BED = Σ_i f(d_i, m_i, α/β) − K · max(0, T − Tk) + B_add, with Option A f = m·d·(1 + m·d/(α/β))
 * or Option B f = d·(m + d/(α/β)); EQD2 = BED / (1 + 2/(α/β)). The LQ sums come from lq.ts.
 * Incomplete repair multiplies the quadratic term by G (§4.5): d + G·d²/(α/β) is the lq.ts sum at
 * α/β / G, so the sums take that α/β and the EQD2 conversion the structure's own.
 */
export type LqOption = 'A' | 'B';
/** Which DMF a structure takes from an agent (§4.5): the tumour value, 1 (tumour-only view), or its own. */
export type DmfScope = 'target' | 'oarTumourOnly' | 'oarWorstCase';

export interface StructureModel {
  readonly name: string;
  readonly alphaBetaGy: number;
  readonly dmfScope: DmfScope;
  /** Per-agent DMF for this structure; overrides the scope. */
  readonly dmfByAgent?: Readonly<Record<string, number>>;
  /** Repopulation (§1.3): Tk in days and K in BED units (Gy_(α/β)/day); absent = off (late tissue). */
  readonly repopulation?: { readonly kickoffDays: number; readonly kBedGyPerDay: number };
  /** B_add,S in Gy_(α/β), default 0 (§4.6). */
  readonly additiveBedGy?: number;
  readonly lqOption?: LqOption;
  /** Lea–Catcheside G on the quadratic term (incompleteRepair.ts); absent = 1 (full repair, §1.4). */
  readonly quadraticFactor?: number;
}

export function structureDmf(structure: StructureModel, agent: AgentCourse): number {
  const own = structure.dmfByAgent?.[agent.agentId];
  if (own !== undefined) return own;
  return structure.dmfScope === 'oarTumourOnly' ? 1 : agent.dmf;
}

export interface CourseBed {
  readonly physicalGy: number;
  readonly overallTimeDays: number;
  readonly repopulationBedGy: number;
  /** With drug and B_add: without and with the time factor. */
  readonly bedNoTimeGy: number;
  readonly eqd2NoTimeGy: number;
  readonly bedGy: number;
  readonly eqd2Gy: number;
  /** The same course with m ≡ 1 and B_add = 0 (RT alone), with the time factor. */
  readonly plainBedGy: number;
  readonly plainEqd2Gy: number;
  /** ΔEQD2 (drug attributable) = eqd2Gy − plainEqd2Gy. */
  readonly deltaEqd2Gy: number;
}

/** T of §1.3: days from the first to the last delivered fraction (gaps lengthen it). */
export function overallTimeDays(timesH: readonly number[]): number {
  return timesH.length === 0 ? 0 : (Math.max(...timesH) - Math.min(...timesH)) / 24;
}

export function courseBed(fractionDosesGy: readonly number[], timesH: readonly number[], modifiers: ArrayLike<number>, structure: StructureModel): CourseBed {
  if (fractionDosesGy.length !== timesH.length || modifiers.length !== timesH.length) {
    throw new RangeError(`courseBed (${structure.name}): ${fractionDosesGy.length} doses, ${timesH.length} times and ${modifiers.length} modifiers; pass one of each per fraction`);
  }
  const ab = structure.alphaBetaGy;
  const g = structure.quadraticFactor ?? 1;
  if (!(Number.isFinite(g) && g > 0 && g <= 1)) throw new RangeError(`courseBed (${structure.name}): quadraticFactor is ${g}; the Lea–Catcheside G is above 0 and at most 1`);
  const sumAlphaBetaGy = ab / g;
  const plainSumGy = bedFromFractionsGy(fractionDosesGy, sumAlphaBetaGy);
  const sensitisedSumGy =
    structure.lqOption === 'B'
      ? plainSumGy + fractionDosesGy.reduce((sum, doseGy, i) => sum + doseGy * ((modifiers[i] ?? 1) - 1), 0)
      : bedFromFractionsGy(fractionDosesGy.map((doseGy, i) => doseGy * (modifiers[i] ?? 1)), sumAlphaBetaGy);
  const timeDays = overallTimeDays(timesH);
  const repop = structure.repopulation === undefined ? 0 : repopulationBedGy(structure.repopulation.kBedGyPerDay, structure.repopulation.kickoffDays, timeDays);
  const additive = structure.additiveBedGy ?? 0;
  const bedNoTimeGy = sensitisedSumGy + additive;
  const bedGy = bedNoTimeGy - repop;
  const plainBedGy = plainSumGy - repop;
  const eqd2Gy = eqd2FromBedGy(bedGy, ab);
  const plainEqd2Gy = eqd2FromBedGy(plainBedGy, ab);
  return {
    physicalGy: fractionDosesGy.reduce((sum, doseGy) => sum + doseGy, 0),
    overallTimeDays: timeDays,
    repopulationBedGy: repop,
    bedNoTimeGy,
    eqd2NoTimeGy: eqd2FromBedGy(bedNoTimeGy, ab),
    bedGy,
    eqd2Gy,
    plainBedGy,
    plainEqd2Gy,
    deltaEqd2Gy: eqd2Gy - plainEqd2Gy,
  };
}
