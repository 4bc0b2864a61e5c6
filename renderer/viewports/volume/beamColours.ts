/** Beam colours in the 3D view (0-255), one per beam in plan order, repeating; setup beams grey. */
const palette: readonly (readonly [number, number, number])[] = [
  [255, 213, 79],
  [79, 195, 247],
  [174, 213, 129],
  [255, 138, 101],
  [186, 104, 200],
  [77, 182, 172],
];
const setupGrey = [160, 160, 160] as const;

export function beamColourRgb(index: number, setup: boolean): readonly [number, number, number] {
  return setup ? setupGrey : (palette[index % palette.length] ?? setupGrey);
}
