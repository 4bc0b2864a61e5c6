import type { ReviewCase } from '../../case/reviewCase.js';
import { listInputFiles, loadCaseFromPaths, DiskFileReader } from '../readInputs.js';

/**
 * Run in a fresh process by the load benchmark: `memoryProbe.js load|read <folder>`. Prints one
 * JSON line with the resident set size just before the work and the process's peak afterwards,
 * so the peak memory of the work itself is their difference.
 */
export interface MemoryProbeResult {
  readonly mode: 'load' | 'read';
  readonly rssBeforeBytes: number;
  readonly peakRssBytes: number;
  /** Bytes of the voxel arrays the load produced (0 for a plain read). */
  readonly voxelArrayBytes: number;
}

function voxelArrayBytes(reviewCase: ReviewCase): number {
  return reviewCase.images.reduce((sum, image) => sum + image.storedVoxels.byteLength, 0)
    + reviewCase.doses.reduce((sum, dose) => sum + (dose.grid?.values.byteLength ?? 0), 0);
}

async function probe(mode: string | undefined, folder: string | undefined): Promise<MemoryProbeResult> {
  if ((mode !== 'load' && mode !== 'read') || folder === undefined) throw new Error('usage: memoryProbe.js load|read <folder>');
  const files = listInputFiles([folder]);
  (globalThis as { gc?: () => void }).gc?.();
  const rssBeforeBytes = process.memoryUsage.rss();
  let bytes = 0;
  if (mode === 'load') {
    bytes = voxelArrayBytes(await loadCaseFromPaths([folder]));
  } else {
    const reader = new DiskFileReader();
    for (const file of files) await reader.read(file);
  }
  return { mode, rssBeforeBytes, peakRssBytes: process.resourceUsage().maxRSS * 1024, voxelArrayBytes: bytes };
}

process.stdout.write(`${JSON.stringify(await probe(process.argv[2], process.argv[3]))}\n`);
