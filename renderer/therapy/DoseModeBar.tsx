import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { DoseMode } from '../../src/therapy/doseMode.js';
import { MODEL_CAVEAT } from '../../src/therapy/scenario.js';
import { DOSE_MODE_LABELS, doseModeStore, setDoseMode, setThroughFraction } from './doseModeStore.js';
import { useShownDose } from './useShownDose.js';

const modes: readonly DoseMode[] = ['physical', 'eqd2', 'sensitisedEqd2'];
/** How long each fraction stays on screen while the course plays. */
const playStepMs = 700;

/**
 * The dose the views show (issue 6): the mode switch (physical, EQD2, sensitised EQD2 of the
 * model) and the time slider that plays the course fraction by fraction, with the caption of what
 * is shown (the model's caveat sits over the viewports, ModelBanner, and beside the DVH).
 */
export function DoseModeBar(): React.JSX.Element | null {
  const state = useStore(doseModeStore);
  const shown = useShownDose();
  const [playing, setPlaying] = useState(false);
  const count = shown.fractionCount;
  const at = state.throughFraction ?? count;
  useEffect(() => {
    if (!playing || count === undefined) return undefined;
    const timer = window.setInterval(() => {
      const next = (doseModeStore.getState().throughFraction ?? count) + 1;
      setThroughFraction(next, count);
      if (next >= count) setPlaying(false);
    }, playStepMs);
    return () => window.clearInterval(timer);
  }, [playing, count]);
  if (shown.grid === undefined) return null;
  const play = (): void => {
    if (count === undefined) return;
    if (state.throughFraction === undefined) setThroughFraction(1, count);
    setPlaying(!playing);
  };
  return (
    <div className="dose-mode-bar" data-testid="dose-mode-bar" aria-label="dose shown">
      <div className="dose-mode-row">
        <span className="group" role="group" aria-label="dose mode">
          {modes.map((mode) => (
            <button type="button" key={mode} aria-pressed={state.mode === mode} onClick={() => setDoseMode(mode)}>{DOSE_MODE_LABELS[mode]}</button>
          ))}
        </span>
        {count !== undefined && (
          <>
            <button type="button" onClick={play} aria-label={playing ? 'pause the course' : 'play the course'}>{playing ? '❚❚' : '▶'}</button>
            <label className="dose-mode-slider">
              Fraction
              <input type="range" aria-label="fractions delivered" min={1} max={count} step={1} value={at ?? count} onChange={(event) => { setPlaying(false); setThroughFraction(Number(event.currentTarget.value), count); }} />
              <span data-testid="dose-mode-fraction">{at} / {count}</span>
            </label>
            <span className="muted">{shown.fractionDateTime ?? ''}</span>
            <button type="button" disabled={state.throughFraction === undefined} onClick={() => { setPlaying(false); setThroughFraction(undefined, count); }}>Whole course</button>
          </>
        )}
        <span className="muted dose-mode-caption" data-testid="dose-mode-caption" title={shown.caption}>{shown.caption}</span>
      </div>
      {shown.problem !== undefined && <p className="problem warning" role="status">{shown.problem}</p>}
      {shown.masksPending > 0 && <p className="muted" role="status">{shown.masksPending} structure mask(s) still computing: their voxels take the other-tissue parameters until they arrive.</p>}
    </div>
  );
}

/** The model's caveat over the viewports whenever they show drug-adjusted dose (§4.9: on every such view). */
export function ModelBanner(): React.JSX.Element | null {
  const shown = useShownDose();
  if (shown.mode !== 'sensitisedEqd2') return null;
  return <div className="model-banner" role="note" data-testid="model-banner">{DOSE_MODE_LABELS.sensitisedEqd2}: {MODEL_CAVEAT}</div>;
}
