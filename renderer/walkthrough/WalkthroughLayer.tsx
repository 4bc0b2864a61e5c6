import { useStore } from 'zustand';
import { AuthorPanel } from './AuthorPanel.js';
import { PresenterOverlay } from './PresenterOverlay.js';
import { presenterStore } from './presenter.js';
import './walkthrough.css';

/** Over the viewports: the presenter's overlay while presenting, else the author panel when author mode is on. */
export function WalkthroughLayer(): React.JSX.Element {
  const presenting = useStore(presenterStore, (state) => state.walkthrough !== undefined);
  return presenting ? <PresenterOverlay /> : <AuthorPanel />;
}
