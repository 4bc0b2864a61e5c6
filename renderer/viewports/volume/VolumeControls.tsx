import type { ChangeEvent } from 'react';
import { useStore } from 'zustand';
import { caseStore } from '../../state/caseStore.js';
import { selectedObjects } from '../../state/selectedObjects.js';
import { updateView, viewStore } from '../../state/viewStore.js';
import { surfaceStatusStore, updateClip, updateCloud, updateVolumeView, volumeViewStore, type ClipPlane, type CtMode } from '../../state/volumeViewStore.js';
import { sliceOrientations } from '../sliceFrame.js';
import { viewBounds } from '../viewBounds.js';
import { anteriorOrbit } from './orbitCamera.js';

const ctModes: readonly { readonly mode: CtMode; readonly label: string }[] = [
  { mode: 'off', label: 'CT off' },
  { mode: 'skin', label: 'CT skin' },
  { mode: 'bone', label: 'CT bone' },
  { mode: 'volume', label: 'CT volume' },
];
/** The LPS axis each slice orientation's clip plane moves along. */
const clipAxis = { sagittal: 0, coronal: 1, axial: 2 } as const;
const keptSide = { sagittal: ['R', 'L'], coronal: ['A', 'P'], axial: ['I', 'S'] } as const;

function Toggle({ name, label, pressed, disabled, onToggle }: { readonly name: string; readonly label: string; readonly pressed: boolean; readonly disabled: boolean; readonly onToggle: () => void }): React.JSX.Element {
  return <button type="button" data-control={name} aria-pressed={pressed} disabled={disabled} onClick={onToggle}>{label}</button>;
}

const numberOf = (event: ChangeEvent<HTMLInputElement>): number => Number(event.currentTarget.value);

/** The 3D view's control strip: which layers show, the cloud's transfer function, the CT mode, the clip plane, the camera's reset. */
export function VolumeControls(): React.JSX.Element {
  const volume = useStore(volumeViewStore);
  const status = useStore(surfaceStatusStore);
  const objects = useStore(caseStore, selectedObjects);
  const crosshairLps = useStore(viewStore, (state) => state.crosshairLps);
  const maxGy = objects.doseGrid?.maxValue ?? 0;
  const noDose = objects.doseGrid === undefined;
  return (
    <div className="volume-controls" onPointerDown={(event) => event.stopPropagation()} onWheel={(event) => event.stopPropagation()}>
      <div className="row">
        <Toggle name="structures" label="Structures" pressed={volume.structuresVisible} disabled={objects.structureSet === undefined} onToggle={() => updateVolumeView({ structuresVisible: !volume.structuresVisible })} />
        <Toggle name="isodose" label="Isodose" pressed={volume.isodoseSurfacesVisible} disabled={noDose} onToggle={() => updateVolumeView({ isodoseSurfacesVisible: !volume.isodoseSurfacesVisible })} />
        <Toggle name="cloud" label="Dose cloud" pressed={volume.cloud.visible} disabled={noDose} onToggle={() => updateCloud({ visible: !volume.cloud.visible })} />
        <select data-control="ct" aria-label="CT in 3D" value={volume.ctMode} disabled={objects.image === undefined} onChange={(event) => updateVolumeView({ ctMode: event.currentTarget.value as CtMode })}>
          {ctModes.map(({ mode, label }) => <option key={mode} value={mode}>{label}</option>)}
        </select>
        <select data-control="clip" aria-label="clip plane" value={volume.clip.orientation} onChange={(event) => updateClip({ orientation: event.currentTarget.value as ClipPlane['orientation'] })}>
          <option value="off">No clip</option>
          {sliceOrientations.map((orientation) => <option key={orientation} value={orientation}>Clip {orientation}</option>)}
        </select>
        <Toggle name="beams" label="Beams" pressed={volume.beamsVisible} disabled={objects.plan === undefined} onToggle={() => updateVolumeView({ beamsVisible: !volume.beamsVisible })} />
        <button type="button" data-control="reset" title="Front view (double-click the view)" onClick={() => updateVolumeView({ orbit: anteriorOrbit })}>Reset</button>
      </div>
      {volume.isodoseSurfacesVisible && !noDose && (
        <label className="row">Isodose opacity <input type="range" aria-label="isodose surface opacity" min={0.1} max={1} step={0.05} value={volume.isodoseOpacity} onChange={(event) => updateVolumeView({ isodoseOpacity: numberOf(event) })} /></label>
      )}
      {volume.cloud.visible && !noDose && (
        <div className="row">
          <label>Cloud from <input type="range" data-control="cloud-threshold" aria-label="dose cloud threshold" min={0} max={maxGy} step={maxGy / 200} value={volume.cloud.thresholdGy} onChange={(event) => updateCloud({ thresholdGy: numberOf(event) })} /> {volume.cloud.thresholdGy.toFixed(1)} Gy</label>
          <label>density <input type="range" aria-label="dose cloud opacity per cm" min={0.05} max={0.95} step={0.05} value={volume.cloud.opacityPerCm} onChange={(event) => updateCloud({ opacityPerCm: numberOf(event) })} /></label>
        </div>
      )}
      {volume.clip.orientation !== 'off' && <ClipRow clip={volume.clip} crosshairLps={crosshairLps} bounds={viewBounds(objects)} />}
      {status.pending > 0 && <div className="row muted" data-testid="meshing">meshing {status.pending} surface{status.pending === 1 ? '' : 's'}…</div>}
      {status.failures.length > 0 && <div className="row error" title={status.failures.join('\n')}>{status.failures.length} surface{status.failures.length === 1 ? '' : 's'} failed: {status.failures[0]}</div>}
    </div>
  );
}

/** Which side the clip keeps, and where the plane is: the crosshair's position along its normal (moving it moves the slice views too). */
function ClipRow({ clip, crosshairLps, bounds }: { readonly clip: ClipPlane; readonly crosshairLps: readonly [number, number, number]; readonly bounds: ReturnType<typeof viewBounds> }): React.JSX.Element | null {
  if (clip.orientation === 'off') return null;
  const axis = clipAxis[clip.orientation];
  const sides = keptSide[clip.orientation];
  const setPosition = (positionMm: number): void => {
    updateView({ crosshairLps: crosshairLps.map((value, c) => (c === axis ? positionMm : value)) as unknown as [number, number, number] });
  };
  return (
    <div className="row">
      <button type="button" data-control="clip-side" title="Keep the other side" onClick={() => updateClip({ keepPositive: !clip.keepPositive })}>keep {sides[clip.keepPositive ? 1 : 0]}</button>
      {bounds !== undefined && (
        <label>at <input type="range" aria-label="clip plane position" min={bounds.minLps[axis]} max={bounds.maxLps[axis]} step={0.5} value={crosshairLps[axis]} onChange={(event) => setPosition(numberOf(event))} /> {crosshairLps[axis].toFixed(1)} mm</label>
      )}
    </div>
  );
}
