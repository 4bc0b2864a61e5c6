import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDicom } from '../../dicom/parse.js';
import { readFrameBytes } from '../../dicom/pixelData.js';
import { readPixelLayout } from '../../dicom/pixelLayout.js';
import { median } from './stats.js';

/** Compressed copies of one CT slice, made with dcmtk and GDCM when they are installed. */
const encoders: readonly { readonly name: string; readonly tool: string; readonly options: readonly string[] }[] = [
  { name: 'RLE', tool: 'dcmcrle', options: [] },
  { name: 'JPEG lossless SV1', tool: 'dcmcjpeg', options: ['+e1'] },
  { name: 'JPEG-LS', tool: 'dcmcjpls', options: ['+el'] },
  { name: 'JPEG 2000', tool: 'gdcmconv', options: ['--j2k'] },
];

const warmUps = 5;
const runs = 7;

/**
 * Decode time of one 512 x 512 16-bit frame per codec: the median of 7 decodes after 5 warm-ups
 * (the first decode also starts the codec, and V8 optimises the WebAssembly over a few more).
 */
export async function benchmarkCodecs(sliceFile: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'planlens-bench-codecs-'));
  try {
    const lines = [`decode one ${sliceFile.split('/').pop() ?? ''} frame (512 x 512 x 16 bit), median of ${runs} after ${warmUps} warm-ups:`];
    for (const { name, tool, options } of encoders) {
      const out = join(dir, `${tool}.dcm`);
      const made = spawnSync(tool, [...options, sliceFile, out], { stdio: 'ignore' });
      if (made.error !== undefined || made.status !== 0) {
        lines.push(`  ${name.padEnd(18)} skipped: ${tool} is not installed (apt-get install dcmtk libgdcm-tools)`);
        continue;
      }
      const parsed = parseDicom(readFileSync(out), out);
      const layout = readPixelLayout(parsed.root);
      const decode = async (): Promise<number> => {
        const start = performance.now();
        await readFrameBytes(parsed, layout, 0, 1);
        return performance.now() - start;
      };
      const firstMs = await decode();
      for (let warmUp = 0; warmUp < warmUps; warmUp += 1) await decode();
      const times: number[] = [];
      for (let run = 0; run < runs; run += 1) times.push(await decode());
      const frameMiB = (layout.rows * layout.columns * layout.bitsAllocated) / 8 / 1024 / 1024;
      lines.push(`  ${name.padEnd(18)} ${median(times).toFixed(1).padStart(6)} ms (${(frameMiB / (median(times) / 1000)).toFixed(0)} MiB/s decoded; first decode with codec start ${firstMs.toFixed(1)} ms)`);
    }
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
