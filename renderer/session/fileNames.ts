import type { CaseIdentity } from '../../src/session/session.js';

/** Letters, digits, dots, dashes and underscores only, for a file name; `fallback` when nothing is left. */
function slug(text: string, maxLength: number, fallback: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/gu, '-').replace(/^-+|-+$/gu, '').slice(0, maxLength) || fallback;
}

/** `planlens-session-PLANLENS-DEMO-2026-01-01-09-00.json` (UTC). */
export function sessionFileName(identity: CaseIdentity, savedAt: Date): string {
  return `planlens-session-${slug(identity.patientId ?? identity.label, 40, 'case')}-${savedAt.toISOString().slice(0, 16).replace(/[T:]/gu, '-')}.json`;
}

export function walkthroughFileName(title: string): string {
  return `${slug(title, 60, 'walkthrough')}.json`;
}
