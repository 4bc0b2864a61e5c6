import { dot, type Vec3 } from '../../../src/geometry/vec3.js';
import type { VolumeCamera } from './orbitCamera.js';

const sizePx = 72;
const armPx = 26;
/** Patient axes with their letters at the positive and negative ends, and colours (x red, y green, z blue). */
const axes: readonly { readonly axisLps: Vec3; readonly positive: string; readonly negative: string; readonly colour: string }[] = [
  { axisLps: [1, 0, 0], positive: 'L', negative: 'R', colour: '#f66' },
  { axisLps: [0, 1, 0], positive: 'P', negative: 'A', colour: '#6d6' },
  { axisLps: [0, 0, 1], positive: 'S', negative: 'I', colour: '#69f' },
];

/** The patient's L, P and S axes as the camera sees them, in the viewport's bottom left corner (nearer arms drawn last). */
export function OrientationTriad({ camera }: { readonly camera: VolumeCamera }): React.JSX.Element {
  const centre = sizePx / 2;
  const arms = axes
    .map((axis) => ({ ...axis, x: dot(axis.axisLps, camera.rightLps), y: -dot(axis.axisLps, camera.upLps), depth: dot(axis.axisLps, camera.forwardLps) }))
    .sort((a, b) => b.depth - a.depth);
  return (
    <svg className="orientation-triad" width={sizePx} height={sizePx} aria-label="patient orientation">
      {arms.map((arm) => (
        <g key={arm.positive} stroke={arm.colour} fill={arm.colour}>
          <line x1={centre - arm.x * armPx} y1={centre - arm.y * armPx} x2={centre} y2={centre} strokeOpacity={0.35} />
          <line x1={centre} y1={centre} x2={centre + arm.x * armPx} y2={centre + arm.y * armPx} strokeWidth={2} />
          <text x={centre + arm.x * (armPx + 7)} y={centre + arm.y * (armPx + 7)} stroke="none">{arm.positive}</text>
          <text x={centre - arm.x * (armPx + 7)} y={centre - arm.y * (armPx + 7)} stroke="none" fillOpacity={0.45}>{arm.negative}</text>
        </g>
      ))}
    </svg>
  );
}
