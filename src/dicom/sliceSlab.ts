import type { Rescale, VoxelArray } from './storedValues.js';

export type VoxelType = 'int16' | 'float32';

/** Slices committed beyond the one asked for, so the buffer is resized every few slices, not each. */
const growthSlices = 15;

/**
 * Contiguous storage for a stack of equally sized slices that arrive one at a time, in any order.
 * It sits on a resizable ArrayBuffer that grows a slice at a time up to the expected slice count,
 * so memory in use tracks the slices received and the finished volume is never copied.
 */
export class SliceSlab {
  private buffer: ArrayBuffer;
  private count = 0;

  constructor(
    readonly voxelType: VoxelType,
    readonly voxelsPerSlice: number,
    expectedSlices: number,
  ) {
    this.buffer = new ArrayBuffer(0, { maxByteLength: Math.max(1, expectedSlices) * this.sliceBytes });
  }

  get sliceCount(): number {
    return this.count;
  }

  private get bytesPerVoxel(): number {
    return this.voxelType === 'int16' ? 2 : 4;
  }

  private get sliceBytes(): number {
    return this.voxelsPerSlice * this.bytesPerVoxel;
  }

  /** Makes room for one more slice; returns the voxel array and the offset to write it at. */
  appendSlice(): { readonly voxels: VoxelArray; readonly offset: number } {
    const needed = (this.count + 1) * this.sliceBytes;
    if (needed > this.buffer.maxByteLength) this.reserve(2 * needed);
    if (needed > this.buffer.byteLength) this.buffer.resize(Math.min(this.buffer.maxByteLength, needed + growthSlices * this.sliceBytes));
    const offset = this.count * this.voxelsPerSlice;
    this.count += 1;
    return { voxels: this.view(), offset };
  }

  /** Forgets the last slice appended (one whose pixels could not be read). */
  dropLastSlice(): void {
    this.count -= 1;
  }

  /** Gives back the room reserved beyond the slices received (call once the stack is complete). */
  trim(): void {
    this.buffer.resize(this.count * this.sliceBytes);
  }

  /** All slices received, in arrival order. */
  view(): VoxelArray {
    const length = this.count * this.voxelsPerSlice;
    return this.voxelType === 'int16' ? new Int16Array(this.buffer, 0, length) : new Float32Array(this.buffer, 0, length);
  }

  /** A float32 copy of this slab with `rescale` applied, for when a later slice no longer fits int16. */
  toFloat32(expectedSlices: number, rescale: Rescale): SliceSlab {
    const wider = new SliceSlab('float32', this.voxelsPerSlice, Math.max(expectedSlices, this.count));
    for (let slice = 0; slice < this.count; slice += 1) wider.appendSlice();
    const values = new Float32Array(wider.buffer, 0, this.count * this.voxelsPerSlice);
    const stored = this.view();
    for (let index = 0; index < values.length; index += 1) values[index] = (stored[index] as number) * rescale.slope + rescale.intercept;
    return wider;
  }

  /**
   * Reorders slices in place so that new slice k is old slice `order[k]`, following each cycle of
   * the permutation with one slice of scratch memory.
   */
  permute(order: readonly number[]): void {
    if (order.every((source, target) => source === target)) return;
    const voxels = this.view();
    const n = this.voxelsPerSlice;
    const scratch = voxels.slice(0, n);
    const done = new Uint8Array(order.length);
    for (let start = 0; start < order.length; start += 1) {
      if (done[start] === 1 || order[start] === start) continue;
      scratch.set(voxels.subarray(start * n, (start + 1) * n));
      let target = start;
      for (;;) {
        done[target] = 1;
        const source = order[target] ?? target;
        if (source === start) {
          voxels.set(scratch, target * n);
          break;
        }
        voxels.copyWithin(target * n, source * n, (source + 1) * n);
        target = source;
      }
    }
  }

  private reserve(maxByteLength: number): void {
    const larger = new ArrayBuffer(this.buffer.byteLength, { maxByteLength });
    new Uint8Array(larger).set(new Uint8Array(this.buffer));
    this.buffer = larger;
  }
}
