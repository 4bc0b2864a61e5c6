/** Grids of the generated demo case: CT and dose, deliberately not aligned with each other. */
export interface GridSpec {
  readonly columns: number;
  readonly rows: number;
  readonly slices: number;
  /** Centre of voxel (0, 0, 0), LPS mm; axial HFS orientation. */
  readonly originLps: readonly [number, number, number];
  /** Along x (columns), y (rows), z (slices). */
  readonly spacingMm: readonly [number, number, number];
}

export type PhantomSize = 'demo' | 'large';

/** CT: 400 mm field of view centred on the body, slices centred on z = 0. */
export function ctGrid(size: PhantomSize): GridSpec {
  const columns = size === 'demo' ? 128 : 512;
  const pixelMm = 400 / columns;
  const slices = size === 'demo' ? 48 : 144;
  const sliceMm = size === 'demo' ? 3 : 1;
  const first = -((columns - 1) / 2) * pixelMm;
  return { columns, rows: columns, slices, originLps: [first, first, -((slices - 1) / 2) * sliceMm], spacingMm: [pixelMm, pixelMm, sliceMm] };
}

/** Dose: 2.5 mm (demo) or 1.25 mm (large) around the isocentre, offset from the CT voxel centres. */
export function doseGrid(size: PhantomSize): GridSpec {
  const spacing = size === 'demo' ? 2.5 : 1.25;
  const count = (lengthMm: number): number => Math.round(lengthMm / spacing) + 1;
  return {
    columns: count(257.5),
    rows: count(257.5),
    slices: count(137.5),
    originLps: [-128.75, -158.75, -68.75],
    spacingMm: [spacing, spacing, spacing],
  };
}

export function voxelCentreLps(grid: GridSpec, i: number, j: number, k: number): [number, number, number] {
  return [grid.originLps[0] + i * grid.spacingMm[0], grid.originLps[1] + j * grid.spacingMm[1], grid.originLps[2] + k * grid.spacingMm[2]];
}
