import { useStore } from 'zustand';
import { caseStore } from '../state/caseStore.js';

const kindLabel: Readonly<Record<string, string>> = { image: 'image series', rtdose: 'RTDOSE', rtstruct: 'RTSTRUCT', rtplan: 'RTPLAN' };

/** A progress bar per object while a case loads (image series fill as their slices arrive). */
export function LoadProgress(): React.JSX.Element | null {
  const load = useStore(caseStore, (state) => state.load);
  if (load.status === 'idle') return null;
  const remaining = load.fileCount - load.filesRead;
  return (
    <section className="panel load-progress" data-status={load.status}>
      <h2>{load.status === 'loading' ? 'Loading' : load.status === 'failed' ? 'Could not load' : 'Loaded'} {load.sourceLabel}</h2>
      <progress max={Math.max(load.fileCount, 1)} value={load.filesRead} aria-label="files read" />
      <div className="muted">{load.filesRead} of {load.fileCount} files{load.status === 'ready' && load.loadedMs !== undefined ? `, ${Math.round(load.loadedMs - load.startedMs)} ms` : ''}</div>
      <ul>
        {load.objects.map((object) => (
          <li key={object.objectUid}>
            <span>{object.modality ?? kindLabel[object.kind] ?? object.kind} {object.kind === 'image' ? `(${object.files} slices)` : ''}</span>
            <progress max={object.files + (load.status === 'loading' ? remaining : 0)} value={object.files} />
          </li>
        ))}
      </ul>
      {load.error !== undefined && <p className="error" role="alert">{load.error}</p>}
    </section>
  );
}
