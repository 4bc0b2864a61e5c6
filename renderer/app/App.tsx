import { useEffect, useState } from 'react';
import { ViewportGrid } from '../viewports/ViewportGrid.js';
import { CaseBrowser } from '../panels/CaseBrowser.js';
import { DosePanel } from '../panels/DosePanel.js';
import { LoadProgress } from '../panels/LoadProgress.js';
import { PlanPanel } from '../panels/PlanPanel.js';
import { ProbePanel } from '../panels/ProbePanel.js';
import { StructurePanel } from '../panels/StructurePanel.js';
import { Toolbar } from '../panels/Toolbar.js';
import { AnnotationPanel } from '../annotations/AnnotationPanel.js';
import { WalkthroughLayer } from '../walkthrough/WalkthroughLayer.js';
import { droppedFiles } from '../platform/droppedFiles.js';
import { platform } from '../platform/platform.js';
import { keepDvhsCurrent } from '../state/dvhUpdates.js';
import { openFiles } from '../state/openCase.js';
import { BottomDock } from './BottomDock.js';
import { ModelBanner } from '../therapy/DoseModeBar.js';
import { ErrorBoundary } from './ErrorBoundary.js';
import { handleMenuCommand, openLaunchCase } from './menuCommands.js';
import { handleShortcut } from './shortcuts.js';

/** The review workspace: toolbar, case and structure panels, the viewports with the DVH dock below, probe and dose panels. */
export function App(): React.JSX.Element {
  const [dropping, setDropping] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement) return;
      if (handleShortcut(event.key)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(keepDvhsCurrent, []);
  // The desktop app's native menu (a browser has none) and the case named on its command line.
  useEffect(() => platform.onMenuCommand(handleMenuCommand), []);
  useEffect(openLaunchCase, []);
  return (
    <div
      className={`app${dropping ? ' dropping' : ''}`}
      onDragOver={(event) => { event.preventDefault(); setDropping(true); }}
      onDragLeave={() => setDropping(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDropping(false);
        void droppedFiles(event.dataTransfer).then((files) => openFiles(files, `${files.length} dropped files`));
      }}
    >
      <Toolbar />
      <aside className="side left">
        <LoadProgress />
        <ErrorBoundary what="The case browser"><CaseBrowser /></ErrorBoundary>
        <ErrorBoundary what="The structure list"><StructurePanel /></ErrorBoundary>
      </aside>
      <main className="centre">
        <ErrorBoundary what="The viewports"><ViewportGrid /></ErrorBoundary>
        <ErrorBoundary what="The walkthrough"><WalkthroughLayer /></ErrorBoundary>
        <ErrorBoundary what="The model banner"><ModelBanner /></ErrorBoundary>
      </main>
      <BottomDock />
      <aside className="side right">
        <ErrorBoundary what="The probe"><ProbePanel /></ErrorBoundary>
        <ErrorBoundary what="The dose display"><DosePanel /></ErrorBoundary>
        <ErrorBoundary what="The plan summary"><PlanPanel /></ErrorBoundary>
        <ErrorBoundary what="The notes"><AnnotationPanel /></ErrorBoundary>
      </aside>
      <footer className="notice">PlanLens is a review and teaching tool. Not for clinical use.</footer>
    </div>
  );
}
