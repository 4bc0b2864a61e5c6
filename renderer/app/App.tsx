import { useEffect, useState } from 'react';
import { ViewportGrid } from '../viewports/ViewportGrid.js';
import { CaseBrowser } from '../panels/CaseBrowser.js';
import { DosePanel } from '../panels/DosePanel.js';
import { LoadProgress } from '../panels/LoadProgress.js';
import { PlanPanel } from '../panels/PlanPanel.js';
import { ProbePanel } from '../panels/ProbePanel.js';
import { StructurePanel } from '../panels/StructurePanel.js';
import { Toolbar } from '../panels/Toolbar.js';
import { droppedFiles } from '../platform/droppedFiles.js';
import { openFiles } from '../state/openCase.js';
import { handleShortcut } from './shortcuts.js';

/** The review workspace: toolbar, case and structure panels, the viewports, probe and dose panels. */
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
        <CaseBrowser />
        <StructurePanel />
      </aside>
      <main className="centre">
        <ViewportGrid />
      </main>
      <aside className="side right">
        <ProbePanel />
        <DosePanel />
        <PlanPanel />
      </aside>
      <footer className="notice">PlanLens is a review and teaching tool. Not for clinical use.</footer>
    </div>
  );
}
