import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `../shared/rt-samples` beside the repository, where CI and developers keep the real test files. */
export const samplesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/rt-samples');
export const samplesPresent = existsSync(samplesDir);
export const samplesMissingMessage = `../shared/rt-samples not found at ${samplesDir}: tests on real third-party files are skipped`;

export function samplePath(...parts: string[]): string {
  return join(samplesDir, ...parts);
}
