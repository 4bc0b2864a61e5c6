/** A drag in progress: where the pointer was at the last move. */
export interface DragPosition {
  lastX: number;
  lastY: number;
}

/** How far the pointer moved since the last move (CSS px), remembering where it is now. */
export function takeDragDelta(drag: DragPosition, event: { readonly clientX: number; readonly clientY: number }): [number, number] {
  const delta: [number, number] = [event.clientX - drag.lastX, event.clientY - drag.lastY];
  drag.lastX = event.clientX;
  drag.lastY = event.clientY;
  return delta;
}
