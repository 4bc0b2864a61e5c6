import type { ImageVolume } from './imageVolume.js';
import type { ValueRange } from './storedValues.js';

/** The modality value (HU for CT) of the voxel at flat index `index`. */
export function modalityValueAt(volume: ImageVolume, index: number): number {
  return (volume.storedVoxels[index] as number) * volume.rescale.slope + volume.rescale.intercept;
}

const ranges = new WeakMap<ImageVolume, Readonly<ValueRange>>();

/** Smallest and largest modality value of the volume, computed on first request and cached. */
export function valueRange(volume: ImageVolume): Readonly<ValueRange> {
  const cached = ranges.get(volume);
  if (cached !== undefined) return cached;
  const stored = volume.storedVoxels;
  let min = Infinity;
  let max = -Infinity;
  for (let index = 0; index < stored.length; index += 1) {
    const value = stored[index] as number;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const { slope, intercept } = volume.rescale;
  const ends = [min * slope + intercept, max * slope + intercept];
  const range = { min: Math.min(...ends), max: Math.max(...ends) };
  ranges.set(volume, range);
  return range;
}
