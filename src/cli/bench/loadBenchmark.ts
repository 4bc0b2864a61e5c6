import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ReviewCase } from '../../case/reviewCase.js';
import { parseDicomHeader } from '../../dicom/parse.js';
import { T } from '../../dicom/tags.js';
import { listInputFiles, loadCaseFromPaths, DiskFileReader } from '../readInputs.js';
import type { MemoryProbeResult } from './memoryProbe.js';
import { median, megabytes, timeMs } from './stats.js';

const runs = 7;

/** Voxel bytes as stored in the files: the PixelData lengths their headers give. */
async function storedVoxelBytes(files: readonly string[]): Promise<number> {
  const reader = new DiskFileReader();
  let bytes = 0;
  for (const file of files) {
    const header = await reader.withSource(file, async (source) => parseDicomHeader(await source.read(0, Math.min(source.sizeBytes, 64 * 1024)), file));
    bytes += header?.root.dataSet.elements[T.PixelData.tag]?.length ?? 0;
  }
  return bytes;
}

async function medianMs(action: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) times.push(await timeMs(action));
  return median(times);
}

function runProbe(mode: 'load' | 'read', folder: string): MemoryProbeResult {
  const script = fileURLToPath(new URL('./memoryProbe.js', import.meta.url));
  const output = execFileSync(process.execPath, ['--expose-gc', script, mode, folder], { encoding: 'utf8' });
  return JSON.parse(output) as MemoryProbeResult;
}

/**
 * Loads a folder fully `runs` times and compares the median with the time to merely read the
 * same bytes, and the peak memory of a load (fresh process) with the voxel bytes in the files.
 */
export async function benchmarkLoad(folder: string): Promise<string[]> {
  const files = listInputFiles([folder]);
  const fileBytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
  const reader = new DiskFileReader();
  const readReused = async (): Promise<void> => { for (const file of files) await reader.read(file); };
  const readFresh = (): void => { for (const file of files) readFileSync(file); };
  await readReused(); // warm the page cache
  const readMs = await medianMs(readReused);
  const readFileSyncMs = await medianMs(readFresh);
  let reviewCase: ReviewCase | undefined;
  const loadMs = await medianMs(async () => { reviewCase = await loadCaseFromPaths([folder]); });
  if (reviewCase === undefined) throw new Error('no load ran');
  const voxelBytes = await storedVoxelBytes(files);
  const load = runProbe('load', folder);
  const read = runProbe('read', folder);
  const loadPeak = load.peakRssBytes - load.rssBeforeBytes;
  const readPeak = read.peakRssBytes - read.rssBeforeBytes;
  return [
    `load ${folder}: ${files.length} files, ${megabytes(fileBytes)}; ${reviewCase.images.length} image series, ${reviewCase.doses.length} dose(s)`,
    `  median of ${runs}: full load ${loadMs.toFixed(1)} ms; plain read of the same bytes into one reused buffer ${readMs.toFixed(1)} ms (ratio ${(loadMs / readMs).toFixed(2)}), with readFileSync per file ${readFileSyncMs.toFixed(1)} ms (ratio ${(loadMs / readFileSyncMs).toFixed(2)}); target <= 2`,
    `  throughput: ${(fileBytes / 1024 / 1024 / (loadMs / 1000)).toFixed(0)} MiB/s loaded, ${(fileBytes / 1024 / 1024 / (readMs / 1000)).toFixed(0)} MiB/s read`,
    `  voxel bytes in the files ${megabytes(voxelBytes)}; arrays produced ${megabytes(load.voxelArrayBytes)} (CT int16, dose float32)`,
    `  peak memory of one load (fresh process, peak RSS - RSS before) ${megabytes(loadPeak)} = ${(loadPeak / voxelBytes).toFixed(2)} x voxel bytes (target <= 1.5); plain read ${megabytes(readPeak)}`,
  ];
}
