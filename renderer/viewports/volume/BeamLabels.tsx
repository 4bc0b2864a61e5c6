import { useMemo } from 'react';
import type { RtPlan } from '../../../src/dicom/rtPlan.js';
import { add, length, normalize, scale, subtract } from '../../../src/geometry/vec3.js';
import { cssRgb } from '../../gpu/textures/colourMap.js';
import type { BoundsLps } from '../sliceFrame.js';
import { beamColourRgb } from './beamColours.js';
import { beamLines } from './beamGeometry.js';
import { projectToScreen, type VolumeCamera } from './orbitCamera.js';

/** Narrower viewports show the beams' names alone (the plan panel lists their angles). */
const minWidthForAnglesPx = 700;

/**
 * Each beam's name and angles beside its line, where the line leaves the scene's bounds (its
 * source, about a metre out, is usually off screen), and what was assumed about the beams.
 */
export function BeamLabels({ plan, camera, bounds, widthPx, heightPx }: { readonly plan: RtPlan; readonly camera: VolumeCamera; readonly bounds: BoundsLps; readonly widthPx: number; readonly heightPx: number }): React.JSX.Element {
  const beams = useMemo(() => beamLines(plan), [plan]);
  const anchorMm = length(subtract(bounds.maxLps, bounds.minLps)) / 2;
  const withAngles = widthPx >= minWidthForAnglesPx;
  return (
    <>
      {beams.lines.map((line, index) => {
        const towardSource = subtract(line.sourceLps, line.isocentreLps);
        const at = projectToScreen(camera, add(line.isocentreLps, scale(normalize(towardSource), Math.min(anchorMm, length(towardSource)))), widthPx, heightPx);
        if (at === undefined) return null;
        return (
          <span key={line.beamNumber} className="beam-label" style={{ left: at[0], top: at[1], color: cssRgb(beamColourRgb(index, line.setup)) }}>{line.name}{withAngles && <span className="angles"> {line.angles}</span>}</span>
        );
      })}
      {beams.notes.length > 0 && <span className="beam-notes" title={beams.notes.join('\n')}>{beams.notes.join('; ')}</span>}
    </>
  );
}
