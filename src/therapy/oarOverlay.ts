import { matchOrgan, type OrganMatch } from './organMatch.js';
import { ORGAN_EFFECTS, organOverlaps, type OrganCategory } from './organOverlap.js';

/**
 * Which OARs of a structure set have an additive toxicity (§2.3) with the agents of the course:
 * an educational overlay, not a risk estimate. Pure: ROI names and drug names in, per-ROI overlap out.
 */

/** An agent of the course: its timeline id and the drug of its regimen component (never the regimen id). */
export interface CourseAgent {
  readonly agentId: string;
  readonly drug: string;
}

export interface OarAgentOverlap {
  readonly agentId: string;
  readonly drug: string;
  readonly evidence: 'V' | 'U';
  readonly citations: readonly string[];
}

export interface RoiOverlap {
  readonly organ: OrganCategory;
  readonly effect: string;
  /** 'V' when any agent's overlap is verified, 'U' when all are unverified. */
  readonly evidence: 'V' | 'U';
  readonly agents: readonly OarAgentOverlap[];
}

export interface RoiOverlayEntry {
  readonly roiNumber: number;
  readonly match: OrganMatch;
  /** Undefined when the ROI is no §2.3 organ or no agent of the course adds to its toxicity. */
  readonly overlap: RoiOverlap | undefined;
}

export interface OverlayRoi {
  readonly number: number;
  readonly name: string;
  readonly interpretedType: string;
}

/** Each ROI's organ match and, where an agent adds to that organ's toxicity, the agents with evidence and citations. */
export function oarOverlay(rois: readonly OverlayRoi[], agents: readonly CourseAgent[]): RoiOverlayEntry[] {
  const byOrgan = new Map<OrganCategory, OarAgentOverlap[]>();
  for (const agent of agents) {
    for (const [organ, rows] of organOverlaps([agent.drug])) {
      const list = byOrgan.get(organ as OrganCategory) ?? [];
      for (const row of rows) list.push({ agentId: agent.agentId, drug: row.drug, evidence: row.evidence, citations: row.citations });
      byOrgan.set(organ as OrganCategory, list);
    }
  }
  return rois.map((roi) => {
    const match = matchOrgan(roi.name, roi.interpretedType);
    const found = match.kind === 'organ' ? byOrgan.get(match.organ) : undefined;
    if (match.kind !== 'organ' || found === undefined || found.length === 0) return { roiNumber: roi.number, match, overlap: undefined };
    const evidence = found.some((a) => a.evidence === 'V') ? 'V' : 'U';
    return { roiNumber: roi.number, match, overlap: { organ: match.organ, effect: ORGAN_EFFECTS[match.organ], evidence, agents: found } };
  });
}

/** One line per overlap for the structure list: "cisplatin (cisplatin_weekly_40) [V] Label_Cisplatin". */
export function overlapLines(overlap: RoiOverlap): string[] {
  return overlap.agents.map((a) => `${a.drug} (${a.agentId}) [${a.evidence}]${a.citations.length > 0 ? ` ${a.citations.join(', ')}` : ' no citation in §2.3'}`);
}
