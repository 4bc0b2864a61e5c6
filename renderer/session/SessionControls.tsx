import { useEffect } from 'react';
import { platform } from '../platform/platform.js';
import { NoticeBox } from './NoticeBox.js';
import { openSession, saveSession } from './sessionActions.js';
import './session.css';

/** The toolbar's Session group: save the review state, restore one; the menu's Session entries; the notice box. */
export function SessionControls(): React.JSX.Element {
  useEffect(() => platform.onMenuCommand((command) => {
    if (command.type === 'session-save') void saveSession();
    if (command.type === 'session-open') void openSession();
  }), []);
  return (
    <span className="group session-controls" role="group" aria-label="Session">
      <span className="group-label muted">Session</span>
      <button type="button" aria-label="Save session" title="Save the layout, slices, window, visibility, isodose levels and notes as a session file" onClick={() => void saveSession()}>Save</button>
      <button type="button" aria-label="Restore session" title="Restore a saved session" onClick={() => void openSession()}>Restore…</button>
      <NoticeBox />
    </span>
  );
}
