import { BufferAttribute, BufferGeometry, LineBasicMaterial, LineSegments } from 'three';
import type { RtPlan } from '../../../src/dicom/rtPlan.js';
import type { Vec3 } from '../../../src/geometry/vec3.js';
import { beamColourRgb } from './beamColours.js';
import { beamLines } from './beamGeometry.js';

/** Half the arms of the cross marking each isocentre, mm. */
const isocentreArmMm = 15;

/**
 * The plan's beams as lines from each source to its isocentre in the beam's colour, and a white
 * cross at each isocentre; rebuilt when the plan changes. Labels are the DOM's (BeamLabels).
 */
export class BeamLinesLayer {
  readonly lines: LineSegments<BufferGeometry, LineBasicMaterial>;
  private plan: RtPlan | undefined;

  constructor() {
    this.lines = new LineSegments(new BufferGeometry(), new LineBasicMaterial({ vertexColors: true }));
    this.lines.frustumCulled = false;
    this.lines.matrixAutoUpdate = false;
  }

  update(plan: RtPlan | undefined, visible: boolean): void {
    this.lines.visible = visible && plan !== undefined;
    if (plan === this.plan) return;
    this.plan = plan;
    const positions: number[] = [];
    const colours: number[] = [];
    const segment = (from: Vec3, to: Vec3, rgb: readonly [number, number, number]): void => {
      positions.push(...from, ...to);
      for (let end = 0; end < 2; end += 1) colours.push(rgb[0] / 255, rgb[1] / 255, rgb[2] / 255);
    };
    const isocentres = new Map<string, Vec3>();
    (plan === undefined ? [] : beamLines(plan).lines).forEach((line, index) => {
      segment(line.sourceLps, line.isocentreLps, beamColourRgb(index, line.setup));
      isocentres.set(line.isocentreLps.join(' '), line.isocentreLps);
    });
    for (const [x, y, z] of isocentres.values()) {
      const a = isocentreArmMm;
      segment([x - a, y, z], [x + a, y, z], [255, 255, 255]);
      segment([x, y - a, z], [x, y + a, z], [255, 255, 255]);
      segment([x, y, z - a], [x, y, z + a], [255, 255, 255]);
    }
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(Float32Array.from(positions), 3));
    geometry.setAttribute('color', new BufferAttribute(Float32Array.from(colours), 3));
    this.lines.geometry.dispose();
    this.lines.geometry = geometry;
  }

  dispose(): void {
    this.lines.geometry.dispose();
    this.lines.material.dispose();
  }
}
