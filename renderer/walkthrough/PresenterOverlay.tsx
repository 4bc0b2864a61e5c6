import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { endPresentation, goToStep, nextStep, presenterStore, previousStep } from './presenter.js';

/** The presenter's keys (a presentation remote sends PageDown / PageUp): →, Space, PageDown next; ←, PageUp previous; Home, End; Escape leaves. */
const keyActions: Readonly<Record<string, () => void>> = {
  ArrowRight: nextStep,
  ' ': nextStep,
  PageDown: nextStep,
  ArrowLeft: previousStep,
  PageUp: previousStep,
  Home: () => goToStep(0),
  End: () => goToStep(Number.MAX_SAFE_INTEGER),
  Escape: endPresentation,
};

/** Presenter mode over the viewports: the step's title and text, "3 / 7", previous / next, and leaving. */
export function PresenterOverlay(): React.JSX.Element | null {
  const { walkthrough, stepIndex, notes } = useStore(presenterStore);
  const [textHidden, setTextHidden] = useState(false);
  const presenting = walkthrough !== undefined;
  useEffect(() => {
    if (!presenting) return undefined;
    // Before the workspace's own shortcuts (capture), and not while typing.
    const onKey = (event: KeyboardEvent): void => {
      const action = keyActions[event.key];
      const target = event.target;
      if (action === undefined || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return;
      event.preventDefault();
      event.stopPropagation();
      action();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [presenting]);
  const step = walkthrough?.steps[stepIndex];
  if (walkthrough === undefined || step === undefined) return null;
  const count = walkthrough.steps.length;
  return (
    <section className="presenter" aria-label="Walkthrough" data-testid="presenter">
      <div className="presenter-bar">
        <span className="muted presenter-title">{walkthrough.title}</span>
        <span className="presenter-progress" data-testid="presenter-progress">{stepIndex + 1} / {count}</span>
      </div>
      <progress max={count} value={stepIndex + 1} />
      <h2 data-testid="presenter-step-title">{step.title}</h2>
      {!textHidden && <p className="presenter-text">{step.text}</p>}
      {!textHidden && notes.length > 0 && <ul className="presenter-notes muted">{notes.map((note, index) => <li key={index}>{note}</li>)}</ul>}
      <div className="presenter-buttons">
        <button type="button" className="presenter-text-toggle" aria-pressed={textHidden} onClick={() => setTextHidden(!textHidden)} title="Hide the text to see the views behind it">{textHidden ? 'Show text' : 'Hide text'}</button>
        <button type="button" onClick={previousStep} disabled={stepIndex === 0} title="Previous step (←)">◀ Previous</button>
        <button type="button" onClick={stepIndex + 1 < count ? nextStep : endPresentation} title={stepIndex + 1 < count ? 'Next step (→ or Space)' : 'Leave the walkthrough'}>{stepIndex + 1 < count ? 'Next ▶' : 'Finish'}</button>
        <button type="button" onClick={endPresentation} title="Leave the walkthrough and put the view back (Esc)">Close</button>
      </div>
    </section>
  );
}
