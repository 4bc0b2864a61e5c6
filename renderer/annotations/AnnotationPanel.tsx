import { useState } from 'react';
import { useStore } from 'zustand';
import { caseStore } from '../state/caseStore.js';
import { updateView, viewStore } from '../state/viewStore.js';
import { addAnnotation, annotationStore, removeAnnotation } from './annotationStore.js';
import './annotations.css';

const mm = (value: number): string => value.toFixed(1);

/** The notes panel: pin a note at the crosshair in the main slice view, go to a note, remove one. */
export function AnnotationPanel(): React.JSX.Element | null {
  const notes = useStore(annotationStore, (state) => state.notes);
  const hasCase = useStore(caseStore, (state) => state.reviewCase !== undefined);
  const [text, setText] = useState('');
  if (!hasCase) return null;
  const pin = (): void => {
    const { crosshairLps, mainViewport } = viewStore.getState();
    if (text.trim() === '') return;
    addAnnotation(text.trim(), crosshairLps, mainViewport === 'volume' ? 'axial' : mainViewport);
    setText('');
  };
  return (
    <section className="panel annotations" aria-label="Notes">
      <h2>Notes <span className="muted">{notes.length === 0 ? 'none yet' : notes.length}</span></h2>
      <form className="annotation-form" onSubmit={(event) => { event.preventDefault(); pin(); }}>
        <input type="text" aria-label="note text" placeholder="A note at the crosshair" maxLength={2000} value={text} onChange={(event) => setText(event.currentTarget.value)} />
        <button type="submit" aria-label="Pin note" disabled={text.trim() === ''} title="Pins the note at the crosshair, in the main slice view">Pin</button>
      </form>
      <ol className="annotation-list">
        {notes.map((note) => (
          <li key={note.id} data-note={note.id}>
            <button type="button" className="annotation-go" title={`Go there: ${note.orientation} view at (${note.pointLps.map(mm).join(', ')}) mm`} onClick={() => updateView({ crosshairLps: note.pointLps, mainViewport: note.orientation })}>{note.text}</button>
            <span className="muted">{note.orientation}</span>
            <button type="button" aria-label={`remove note ${note.text}`} onClick={() => removeAnnotation(note.id)}>×</button>
          </li>
        ))}
      </ol>
    </section>
  );
}
