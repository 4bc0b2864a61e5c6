/** A volume in cc for tables and readouts: two decimals below 10 cc (small organs), one above. */
export function ccText(volumeCc: number): string {
  return volumeCc.toFixed(Math.abs(volumeCc) < 10 ? 2 : 1);
}
