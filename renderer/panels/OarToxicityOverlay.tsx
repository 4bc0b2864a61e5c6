import { useStore } from 'zustand';
import type { RoiOverlayEntry } from '../../src/therapy/oarOverlay.js';
import { overlapLines } from '../../src/therapy/oarOverlay.js';
import { caseStore } from '../state/caseStore.js';
import { updateView, viewStore } from '../state/viewStore.js';
import { OAR_UNVERIFIED_RGB, OAR_VERIFIED_RGB } from '../therapy/oarColours.js';
import { currentOarOverlay, type OarOverlayState } from '../therapy/shownStructures.js';
import { therapyStore } from '../therapy/therapyStore.js';
import './oarOverlay.css';

const css = (rgb: readonly [number, number, number]): string => `rgb(${rgb.join(', ')})`;

/** The overlay of the open case and timeline, re-read when the case, the therapy or the switch changes. */
export function useOarOverlay(): { readonly enabled: boolean; readonly overlay: OarOverlayState } {
  useStore(caseStore);
  useStore(therapyStore);
  const enabled = useStore(viewStore, (state) => state.oarToxicityColours);
  return { enabled, overlay: currentOarOverlay() };
}

/** The switch and the legend above the structure list. */
export function OarToxicitySwitch({ enabled, overlay }: { readonly enabled: boolean; readonly overlay: OarOverlayState }): React.JSX.Element {
  const coloured = overlay.entries.filter((entry) => entry.overlap !== undefined).length;
  return (
    <div className="oar-overlay" data-testid="oar-overlay">
      <label>
        <input type="checkbox" checked={enabled} onChange={(event) => updateView({ oarToxicityColours: event.currentTarget.checked })} /> Colour OARs by additive toxicity
      </label>
      {enabled && (
        <div className="muted oar-legend">
          <span className="swatch" style={{ background: css(OAR_VERIFIED_RGB) }} /> [V] verified{' '}
          <span className="swatch" style={{ background: css(OAR_UNVERIFIED_RGB) }} /> [U] only; other ROIs grey (targets light grey).{' '}
          Educational overlay of the organ-level overlap table (sensitisation model §2.3), not a risk estimate.{' '}
          {overlay.problem ?? `${overlay.agents.map((a) => a.drug).join(', ')}: ${coloured} OAR${coloured === 1 ? '' : 's'} coloured.`}
        </div>
      )}
    </div>
  );
}

/** Under a coloured OAR's name: the organ effect, and per agent its evidence tag and citation keys. */
export function OarOverlapNote({ entry }: { readonly entry: RoiOverlayEntry | undefined }): React.JSX.Element | null {
  const overlap = entry?.overlap;
  if (overlap === undefined) return null;
  const lines = overlapLines(overlap);
  return (
    <div className="oar-overlap muted" title={`${overlap.organ}: ${overlap.effect}\n${lines.join('\n')}`}>
      <span className="swatch" style={{ background: css(overlap.evidence === 'V' ? OAR_VERIFIED_RGB : OAR_UNVERIFIED_RGB) }} /> {overlap.effect}: {lines.join('; ')}
    </div>
  );
}
