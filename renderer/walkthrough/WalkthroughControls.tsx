import { useEffect } from 'react';
import { useStore } from 'zustand';
import { platform } from '../platform/platform.js';
import { authorStore, closeAuthoring, openAuthoring } from './author.js';
import { nextStep, previousStep } from './presenter.js';
import { openWalkthrough, presentDemoWalkthrough, startWalkthrough } from './walkthroughFiles.js';

/** The toolbar's Walkthrough group: present the demo walkthrough or a file, author mode; the menu's Walkthrough entries. */
export function WalkthroughControls(): React.JSX.Element {
  const authoring = useStore(authorStore, (state) => state.open);
  useEffect(() => platform.onMenuCommand((command) => {
    if (command.type === 'walkthrough-open') void openWalkthrough();
    if (command.type === 'walkthrough-start') startWalkthrough();
    if (command.type === 'walkthrough-next') nextStep();
    if (command.type === 'walkthrough-previous') previousStep();
  }), []);
  return (
    <span className="group walkthrough-controls" role="group" aria-label="Walkthrough">
      <span className="group-label muted">Walkthrough</span>
      <button type="button" aria-label="Demo walkthrough" title="Present the walkthrough of the demo case" onClick={presentDemoWalkthrough}>Demo</button>
      <button type="button" aria-label="Open walkthrough" title="Present a walkthrough file" onClick={() => void openWalkthrough()}>Open…</button>
      <button type="button" aria-label="Author walkthrough" title="Author mode: record the view as steps of a walkthrough" aria-pressed={authoring} onClick={authoring ? closeAuthoring : openAuthoring}>Author</button>
    </span>
  );
}
