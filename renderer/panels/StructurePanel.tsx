import { useStore } from 'zustand';
import { caseStore } from '../state/caseStore.js';
import { roiGeometry } from '../../src/structures/roiGeometry.js';
import { selectedObjects } from '../state/selectedObjects.js';
import { updateStructure, viewStore } from '../state/viewStore.js';
import { OarOverlapNote, OarToxicitySwitch, useOarOverlay } from './OarToxicityOverlay.js';

const hex = (rgb: readonly [number, number, number]): string => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
const rgbOf = (value: string): [number, number, number] => [1, 3, 5].map((at) => Number.parseInt(value.slice(at, at + 2), 16)) as [number, number, number];

/**
 * The structure list: visibility, colour, fill and fill opacity per ROI, with the contours' volume;
 * with the OAR toxicity switch on, each coloured OAR's §2.3 overlap under its name.
 */
export function StructurePanel(): React.JSX.Element | null {
  const structureSet = useStore(caseStore, (state) => selectedObjects(state).structureSet);
  const display = useStore(viewStore, (state) => state.structures);
  const { enabled, overlay } = useOarOverlay();
  if (structureSet === undefined) return null;
  const overlapOf = new Map(overlay.entries.map((entry) => [entry.roiNumber, entry]));
  return (
    <section className="panel structures">
      <h2>Structures <span className="muted">{structureSet.label ?? ''}</span></h2>
      <OarToxicitySwitch enabled={enabled} overlay={overlay} />
      <table>
        <thead><tr><th>Show</th><th>ROI</th><th>Type</th><th>Volume</th><th>Fill</th></tr></thead>
        <tbody>
          {structureSet.rois.map((roi) => {
            const shown = display[roi.number];
            if (shown === undefined) return null;
            const volumeCc = roiGeometry(roi).volumeCc;
            return (
              <tr key={roi.number} data-roi={roi.name}>
                <td><input type="checkbox" aria-label={`show ${roi.name}`} checked={shown.visible} onChange={(event) => updateStructure(roi.number, { visible: event.currentTarget.checked })} /></td>
                <td><input type="color" aria-label={`colour of ${roi.name}`} value={hex(shown.colourRgb)} onChange={(event) => updateStructure(roi.number, { colourRgb: rgbOf(event.currentTarget.value) })} /> {roi.name}
                  {enabled && <OarOverlapNote entry={overlapOf.get(roi.number)} />}
                </td>
                <td className="muted">{roi.interpretedType}</td>
                <td className="number">{volumeCc > 0 ? `${volumeCc.toFixed(1)} cc` : '–'}</td>
                <td>
                  <input type="checkbox" aria-label={`fill ${roi.name}`} checked={shown.fill} onChange={(event) => updateStructure(roi.number, { fill: event.currentTarget.checked })} />
                  <input type="range" aria-label={`fill opacity of ${roi.name}`} min={0.05} max={1} step={0.05} value={shown.fillOpacity} disabled={!shown.fill} onChange={(event) => updateStructure(roi.number, { fillOpacity: Number(event.currentTarget.value) })} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
