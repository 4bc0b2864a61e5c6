import { useStore } from 'zustand';
import { dismissNotice, noticeStore } from './noticeStore.js';

/** The one notice of sessions and walkthroughs, under the toolbar: its lines and its buttons (or Close). */
export function NoticeBox(): React.JSX.Element | null {
  const notice = useStore(noticeStore, (state) => state.notice);
  if (notice === undefined) return null;
  const actions = notice.actions.length > 0 ? notice.actions : [{ label: 'Close', run: () => undefined }];
  return (
    <div className={`notice-box ${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'} data-testid="session-notice">
      <strong>{notice.title}</strong>
      {notice.lines.length > 0 && <ul>{notice.lines.map((line, index) => <li key={index}>{line}</li>)}</ul>}
      <div className="notice-actions">
        {actions.map((action) => (
          <button type="button" key={action.label} onClick={() => { dismissNotice(); action.run(); }}>{action.label}</button>
        ))}
      </div>
    </div>
  );
}
