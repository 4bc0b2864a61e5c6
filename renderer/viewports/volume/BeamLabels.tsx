import type { RtPlan } from '../../../src/dicom/rtPlan.js';
import { cssRgb } from '../../gpu/textures/colourMap.js';
import type { BoundsLps } from '../sliceFrame.js';
import type { VolumeCamera } from './orbitCamera.js';
import { beamLabels } from './overlayLayout.js';

/** Each beam's name (and angles on wide viewports) beside its line, and what was assumed about the beams. */
export function BeamLabels({ plan, camera, bounds, widthPx, heightPx }: { readonly plan: RtPlan; readonly camera: VolumeCamera; readonly bounds: BoundsLps; readonly widthPx: number; readonly heightPx: number }): React.JSX.Element {
  const { labels, notes } = beamLabels(plan, camera, bounds, widthPx, heightPx);
  return (
    <>
      {labels.map((label) => (
        <span key={label.beamNumber} className="beam-label" style={{ left: label.atPx[0], top: label.atPx[1], color: cssRgb(label.colourRgb) }}>{label.name}{label.angles !== undefined && <span className="angles"> {label.angles}</span>}</span>
      ))}
      {notes.length > 0 && <span className="beam-notes" title={notes.join('\n')}>{notes.join('; ')}</span>}
    </>
  );
}
