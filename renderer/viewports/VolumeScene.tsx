/** The GPU side of the 3D viewport (structure and isodose surfaces, dose cloud, beams). */
export function VolumeScene(): null {
  return null;
}
