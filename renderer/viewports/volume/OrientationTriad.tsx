import type { VolumeCamera } from './orbitCamera.js';
import { triadArms, triadSizePx } from './overlayLayout.js';

/** The patient's L, P and S axes as the camera sees them, in the viewport's bottom left corner (nearer arms drawn last). */
export function OrientationTriad({ camera }: { readonly camera: VolumeCamera }): React.JSX.Element {
  const c = triadSizePx / 2;
  return (
    <svg className="orientation-triad" width={triadSizePx} height={triadSizePx} aria-label="patient orientation">
      {triadArms(camera).map((arm) => (
        <g key={arm.positive} stroke={arm.colour} fill={arm.colour}>
          <line x1={c - arm.endPx[0]} y1={c - arm.endPx[1]} x2={c} y2={c} strokeOpacity={0.35} />
          <line x1={c} y1={c} x2={c + arm.endPx[0]} y2={c + arm.endPx[1]} strokeWidth={2} />
          <text x={c + arm.positiveLetterPx[0]} y={c + arm.positiveLetterPx[1]} stroke="none">{arm.positive}</text>
          <text x={c + arm.negativeLetterPx[0]} y={c + arm.negativeLetterPx[1]} stroke="none" fillOpacity={0.45}>{arm.negative}</text>
        </g>
      ))}
    </svg>
  );
}
