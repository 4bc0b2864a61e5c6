import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { installTestHooks } from './platform/testHooks.js';
import { installSessionTestHooks } from './session/sessionTestHooks.js';
import { openDemoCase } from './state/openCase.js';
import './app/app.css';

const root = document.getElementById('root');
if (root === null) throw new Error('PlanLens: the page has no #root element');
installTestHooks();
installSessionTestHooks();
createRoot(root).render(<StrictMode><App /></StrictMode>);
// The demo case opens on start unless the page was asked to start empty (?empty, used by tests).
if (!new URLSearchParams(location.search).has('empty')) void openDemoCase();
