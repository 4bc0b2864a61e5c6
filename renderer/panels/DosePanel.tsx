import { useStore } from 'zustand';
import { cssRgb, washColourAt } from '../gpu/textures/colourMap.js';
import { doseReferences } from '../gpu/materials/sliceUniformValues.js';
import { caseStore } from '../state/caseStore.js';
import { convertLevels, defaultIsodoseLevels, levelGy, unitLabel, type IsodoseUnit } from '../state/isodose.js';
import { selectedObjects } from '../state/selectedObjects.js';
import { updateDose, viewStore } from '../state/viewStore.js';
import { DOSE_MODE_LABELS } from '../therapy/doseModeStore.js';
import { useShownDose } from '../therapy/useShownDose.js';

const hex = (rgb: readonly [number, number, number]): string => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
const rgbOf = (value: string): [number, number, number] => [1, 3, 5].map((at) => Number.parseInt(value.slice(at, at + 2), 16)) as [number, number, number];

/** Dose display: colour wash (opacity, threshold) with its colour bar, and the editable isodose levels. */
export function DosePanel(): React.JSX.Element | null {
  const objects = useStore(caseStore, selectedObjects);
  const dose = useStore(viewStore, (state) => state.dose);
  const shown = useShownDose();
  if (objects.doseGrid === undefined) return null;
  // The wash, the isodose lines and the colour bar are of the shown dose (physical, EQD2 …, so far in the course).
  const references = doseReferences({ ...objects, doseGrid: shown.grid });
  // RELATIVE doses are not Gy: they are labelled so, and cannot be a % of a prescription in Gy.
  const relative = objects.dose?.doseUnits === 'RELATIVE';
  const doseUnit = relative ? 'relative' : 'Gy';
  const label = (unit: IsodoseUnit): string => (unit === 'gy' ? doseUnit : unitLabel[unit]);
  const units: IsodoseUnit[] = references.prescriptionGy === undefined || relative ? ['gy', 'pct-max'] : ['gy', 'pct-rx', 'pct-max'];
  const setUnit = (unit: IsodoseUnit): void => {
    const threshold = convertLevels([{ value: dose.washThreshold, colourRgb: [0, 0, 0], visible: true }], dose.unit, unit, references)[0]?.value ?? dose.washThreshold;
    updateDose({ unit, levels: convertLevels(dose.levels, dose.unit, unit, references), washThreshold: threshold });
  };
  const setLevel = (index: number, change: Partial<(typeof dose.levels)[number]>): void => {
    updateDose({ levels: dose.levels.map((level, at) => (at === index ? { ...level, ...change } : level)) });
  };
  return (
    <section className="panel dose">
      <h2>Dose <span className="muted">max {references.maxGy.toFixed(2)} {doseUnit}</span></h2>
      {shown.derived && <p className="muted" data-testid="dose-shown-caption" style={{ fontSize: 11, margin: '2px 0' }}>Showing {DOSE_MODE_LABELS[shown.mode]}, fractions 1–{shown.throughFraction} of {shown.fractionCount}: wash, lines and bar are in that dose.</p>}
      {relative && <p className="error" role="note">DoseUnits is RELATIVE: these values are not Gy and cannot be compared with the prescription.</p>}
      <label><input type="checkbox" checked={dose.washVisible} onChange={(event) => updateDose({ washVisible: event.currentTarget.checked })} /> Colour wash</label>
      <label>Opacity <input type="range" aria-label="wash opacity" min={0} max={1} step={0.05} value={dose.washOpacity} onChange={(event) => updateDose({ washOpacity: Number(event.currentTarget.value) })} /> {Math.round(dose.washOpacity * 100)} %</label>
      <label>Threshold <input type="number" aria-label="wash threshold" step="any" value={dose.washThreshold} onChange={(event) => updateDose({ washThreshold: Number(event.currentTarget.value) })} /> {label(dose.unit)}</label>
      <ColourBar maxGy={references.maxGy} thresholdGy={levelGy(dose.washThreshold, dose.unit, references) ?? 0} unit={doseUnit} />
      <h3>
        <label><input type="checkbox" checked={dose.isodoseVisible} onChange={(event) => updateDose({ isodoseVisible: event.currentTarget.checked })} /> Isodose lines</label>
        <select aria-label="isodose unit" value={dose.unit} onChange={(event) => setUnit(event.currentTarget.value as IsodoseUnit)}>
          {units.map((unit) => <option key={unit} value={unit}>{label(unit)}</option>)}
        </select>
      </h3>
      <table className="isodose-levels">
        <tbody>
          {dose.levels.map((level, index) => {
            const gy = levelGy(level.value, dose.unit, references);
            return (
              <tr key={index}>
                <td><input type="checkbox" aria-label={`show level ${index + 1}`} checked={level.visible} onChange={(event) => setLevel(index, { visible: event.currentTarget.checked })} /></td>
                <td><input type="color" aria-label={`colour of level ${index + 1}`} value={hex(level.colourRgb)} onChange={(event) => setLevel(index, { colourRgb: rgbOf(event.currentTarget.value) })} /></td>
                <td><input type="number" aria-label={`level ${index + 1}`} step="any" value={level.value} onChange={(event) => setLevel(index, { value: Number(event.currentTarget.value) })} /> {label(dose.unit)}</td>
                <td className="muted number">{gy === undefined ? '' : `${gy.toFixed(2)} ${doseUnit}`}</td>
                <td><button type="button" aria-label={`remove level ${index + 1}`} onClick={() => updateDose({ levels: dose.levels.filter((_, at) => at !== index) })}>×</button></td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" onClick={() => updateDose({ levels: [...dose.levels, { value: dose.levels.at(-1)?.value ?? 50, colourRgb: [255, 255, 255], visible: true }] })}>Add level</button>
      <button type="button" onClick={() => updateDose({ levels: defaultIsodoseLevels(dose.unit, references.prescriptionGy ?? references.maxGy) })}>Defaults</button>
    </section>
  );
}

/** The wash's colours from 0 to the maximum dose, with the threshold marked. */
function ColourBar({ maxGy, thresholdGy, unit }: { readonly maxGy: number; readonly thresholdGy: number; readonly unit: string }): React.JSX.Element {
  const stops = Array.from({ length: 11 }, (_, n) => `${cssRgb(washColourAt(n / 10))} ${n * 10}%`).join(', ');
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  return (
    <div className="colour-bar" aria-label="dose colour bar">
      <div className="bar" style={{ background: `linear-gradient(to right, ${stops})` }}>
        {maxGy > 0 && <div className="threshold" style={{ left: `${Math.min(100, (100 * thresholdGy) / maxGy)}%` }} />}
      </div>
      <div className="ticks">{ticks.map((t) => <span key={t}>{(t * maxGy).toFixed(1)}</span>)}</div>
      <div className="muted">{unit}</div>
    </div>
  );
}
