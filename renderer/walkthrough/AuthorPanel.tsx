import { useState } from 'react';
import { useStore } from 'zustand';
import { authorStore, closeAuthoring, discardDraft, draftWalkthrough, recordStep, removeDraftStep, saveDraft, setDraftTitle } from './author.js';
import { present } from './presenter.js';

/** Author mode: type a step's title and text, record the current view as that step; present or save the walkthrough. */
export function AuthorPanel(): React.JSX.Element | null {
  const { open, title, steps } = useStore(authorStore);
  const [stepTitle, setStepTitle] = useState('');
  const [stepText, setStepText] = useState('');
  if (!open) return null;
  const record = (): void => {
    if (recordStep(stepTitle.trim(), stepText.trim())) {
      setStepTitle('');
      setStepText('');
    }
  };
  const draft = draftWalkthrough();
  return (
    <section className="author-panel" aria-label="Walkthrough author" data-testid="author-panel">
      <h2>Author a walkthrough</h2>
      <label>Walkthrough title <input type="text" aria-label="walkthrough title" value={title} maxLength={200} onChange={(event) => setDraftTitle(event.currentTarget.value)} /></label>
      <label>Step title <input type="text" aria-label="step title" value={stepTitle} maxLength={200} onChange={(event) => setStepTitle(event.currentTarget.value)} /></label>
      <label>Step text <textarea aria-label="step text" rows={3} value={stepText} maxLength={4000} onChange={(event) => setStepText(event.currentTarget.value)} /></label>
      <button type="button" disabled={stepTitle.trim() === ''} onClick={record} title="Records the layout, slices, window, dose display, 3D view and structures shown now">Record the view as step {steps.length + 1}</button>
      <ol className="author-steps">
        {steps.map((step, index) => (
          <li key={index}>{step.title} <button type="button" aria-label={`remove step ${index + 1}`} onClick={() => removeDraftStep(index)}>×</button></li>
        ))}
      </ol>
      <div className="author-buttons">
        <button type="button" disabled={draft === undefined} onClick={() => { if (draft !== undefined) present(draft); }}>Present</button>
        <button type="button" disabled={draft === undefined} onClick={() => void saveDraft()}>Save walkthrough…</button>
        <button type="button" disabled={steps.length === 0} onClick={discardDraft}>Discard</button>
        <button type="button" onClick={closeAuthoring}>Close</button>
      </div>
    </section>
  );
}
