import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { MenuCommand } from '../../src/bridge/menuCommands.js';
import { platform } from '../platform/platform.js';
import { viewStore, type LayoutId, type ViewportId } from '../state/viewStore.js';
import { exportCsv, exportFigurePack, exportPng } from './exportActions.js';
import { exportScales, subjectName } from './exportNames.js';
import { exportSettingsStore, packChoices, updateExportSettings, type ExportOutcome, type PackChoice } from './exportSettings.js';
import { capitalised } from './figureText.js';
import './exportMenu.css';

const allViewports: readonly ViewportId[] = ['axial', 'sagittal', 'coronal', 'volume'];

/** The viewports the layout shows (ViewportGrid's rule: the main one alone in 1x1, all four otherwise). */
const shownBy = (layout: LayoutId, main: ViewportId): readonly ViewportId[] => (layout === '1x1' ? [main] : allViewports);

/** The popover's width: it opens leftward as far as it must to stay in the window. */
const popoverWidthPx = 360;

const captionOf = (choice: PackChoice): string => capitalised(subjectName(choice));

/** The native menu's Export entries (desktop app): the layout as PNG, the figure pack, the CSV files. */
function exportFor(command: MenuCommand): Promise<ExportOutcome> | undefined {
  if (command.type === 'export-png') return exportPng('layout');
  if (command.type === 'export-figure-pack') return exportFigurePack();
  if (command.type === 'export-csv') return exportCsv();
  return undefined;
}

/**
 * The toolbar's Export control: the scale (1x, 2x, 4x), a PNG of the layout or of one view, the
 * switch that puts the patient's name and ID on exports (off until switched on, and the button
 * says so while it is on), the figure pack and its views, and the CSV files.
 */
export function ExportMenu(): React.JSX.Element {
  const [open, setOpen] = useState(false);
  const [shiftPx, setShiftPx] = useState(0);
  const root = useRef<HTMLSpanElement>(null);
  const settings = useStore(exportSettingsStore);
  const shown = shownBy(useStore(viewStore, (state) => state.layout), useStore(viewStore, (state) => state.mainViewport));
  // A menu export that fails (not one the user cancelled) opens the popover, which says why.
  useEffect(() => platform.onMenuCommand((command) => void exportFor(command)?.then((outcome) => { if (!outcome.ok && outcome.cancelled !== true) setOpen(true); })), []);
  useEffect(() => {
    if (!open) return undefined;
    const close = (event: Event): void => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !(event.target instanceof Node && root.current?.contains(event.target) === true)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);
  const busy = settings.busy !== undefined;
  const available = (choice: PackChoice): boolean => choice === 'layout' || shown.includes(choice);
  return (
    <span className="export-menu" ref={root}>
      <button type="button" aria-expanded={open} aria-haspopup="dialog" onClick={() => {
        setShiftPx(Math.min(0, window.innerWidth - 8 - popoverWidthPx - (root.current?.getBoundingClientRect().left ?? 0)));
        setOpen(!open);
      }}>
        Export{settings.showIdentity && <span className="identity-on" title="Exports show the patient's name and ID"> · ID shown</span>}
      </button>
      {open && (
        <div className="export-popover" role="dialog" aria-label="Export" style={{ left: shiftPx, width: popoverWidthPx }}>
          <div className="row">
            <span className="muted">Scale</span>
            <span className="group" role="group" aria-label="Export scale">
              {exportScales.map((scale) => <button type="button" key={scale} aria-pressed={settings.scale === scale} onClick={() => updateExportSettings({ scale })}>{scale}x</button>)}
            </span>
          </div>
          <label className="identity">
            <input type="checkbox" checked={settings.showIdentity} onChange={(event) => updateExportSettings({ showIdentity: event.currentTarget.checked })} />
            Show the patient's name and ID on exports
          </label>
          <div className="row" role="group" aria-label="Save a PNG">
            <span className="muted">PNG</span>
            {packChoices.map((choice) => (
              <button type="button" key={choice} disabled={busy || !available(choice)} title={available(choice) ? undefined : 'not in this layout'} onClick={() => void exportPng(choice)}>{captionOf(choice)}</button>
            ))}
          </div>
          <fieldset className="pack">
            <legend>Figure pack (PDF and PNGs)</legend>
            {packChoices.map((choice) => (
              <label key={choice} title={available(choice) ? undefined : 'not in this layout'}>
                <input type="checkbox" aria-label={`pack ${captionOf(choice)}`} disabled={!available(choice)} checked={settings.pack[choice] && available(choice)} onChange={(event) => updateExportSettings({ pack: { ...settings.pack, [choice]: event.currentTarget.checked } })} />
                {captionOf(choice)}
              </label>
            ))}
            <span className="muted">with the DVH and the dose statistics</span>
            <button type="button" disabled={busy} onClick={() => void exportFigurePack()}>Save figure pack…</button>
          </fieldset>
          <div className="row">
            <span className="muted">CSV</span>
            <button type="button" disabled={busy} onClick={() => void exportCsv()}>Metrics and DVH curves…</button>
          </div>
          <p className="export-status" role="status" data-ok={settings.outcome?.ok}>{settings.busy === undefined ? settings.outcome?.message : `${settings.busy}…`}</p>
        </div>
      )}
    </span>
  );
}
