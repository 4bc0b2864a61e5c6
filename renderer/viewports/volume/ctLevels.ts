/** CT numbers of the skin (air to tissue) and of bone, for their isosurfaces and the volume mode's transfer function. */
export const ctLevelsHu = { skin: -300, bone: 250 } as const;

/** Marching cubes visits at most about this many cells: bigger CTs use every 2nd (3rd ...) voxel. */
const ctCellBudget = 8_000_000;

/** The voxel step for a CT's isosurface: 1 up to about 8 million voxels, 2 for a 512 x 512 x 180 CT. */
export function ctStep(dimensions: readonly [number, number, number]): number {
  return Math.max(1, Math.ceil(Math.cbrt((dimensions[0] * dimensions[1] * dimensions[2]) / ctCellBudget)));
}
