import { createStore } from 'zustand/vanilla';
import type { Vec3 } from '../../src/geometry/vec3.js';
import type { Annotation } from '../../src/session/session.js';
import type { SliceOrientation } from '../viewports/sliceFrame.js';
import { caseStore } from '../state/caseStore.js';

/** The review's notes, each pinned at a patient point and seen in one slice view; numbered in the order shown. */
export interface AnnotationState {
  readonly notes: readonly Annotation[];
}

export const annotationStore = createStore<AnnotationState>(() => ({ notes: [] }));

/** An id no note has: one above the largest `note-N` (restored notes keep theirs). */
function freshId(notes: readonly Annotation[]): string {
  const largest = notes.reduce((most, note) => Math.max(most, Number(/^note-(\d+)$/u.exec(note.id)?.[1] ?? 0)), 0);
  return `note-${largest + 1}`;
}

export function addAnnotation(text: string, pointLps: Vec3, orientation: SliceOrientation): void {
  annotationStore.setState(({ notes }) => ({ notes: [...notes, { id: freshId(notes), text, pointLps, orientation }] }));
}

export function removeAnnotation(id: string): void {
  annotationStore.setState(({ notes }) => ({ notes: notes.filter((note) => note.id !== id) }));
}

export function replaceAnnotations(notes: readonly Annotation[]): void {
  annotationStore.setState({ notes });
}

// Notes are points of one patient: another case starts with none.
caseStore.subscribe((state, previous) => {
  if (state.reviewCase !== previous.reviewCase) replaceAnnotations([]);
});
