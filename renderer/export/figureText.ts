import type { RtPlan } from '../../src/dicom/rtPlan.js';

/** Every export says it, in the picture and on the PDF's first page. */
export const watermarkText = 'NOT FOR CLINICAL USE';

/** The notice under the watermark on the PDF's title page (the app's footer says the same). */
export const noticeText = 'PlanLens is a review and teaching tool. Not for clinical use.';

/** The plan a figure shows: "Plan Demo 70/35", its name after the label when it differs. */
export function planText(plan: RtPlan | undefined): string {
  if (plan === undefined) return 'No plan';
  const label = plan.label ?? plan.name ?? '(no label)';
  return plan.name !== undefined && plan.name !== label ? `Plan ${label} (${plan.name})` : `Plan ${label}`;
}

/** When an export was made, local time: "2026-01-01 14:32". */
export function exportDateText(at: Date): string {
  const two = (value: number): string => String(value).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}`;
}

/** "axial" as a title: "Axial". */
export function capitalised(text: string): string {
  return `${text.slice(0, 1).toUpperCase()}${text.slice(1)}`;
}
