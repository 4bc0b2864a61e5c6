import type { MenuItemConstructorOptions } from 'electron';
import type { RecentCase } from '../src/bridge/contract.js';
import { menuLayoutIds, type MenuCommand } from '../src/bridge/menuCommands.js';

export interface MenuActions {
  /** Sends a command to the page (main -> page on the menu-command channel). */
  send(command: MenuCommand): void;
  /** The "not for clinical use" notice, shown by main. */
  showNotice(): void;
  showAbout(): void;
  clearRecent(): void;
}

export interface MenuOptions {
  readonly recent: readonly RecentCase[];
  readonly isMac: boolean;
  /** Reload and developer tools (unpackaged builds only). */
  readonly devTools: boolean;
}

const item = (label: string, command: MenuCommand, actions: MenuActions, accelerator?: string): MenuItemConstructorOptions =>
  ({ label, click: () => actions.send(command), ...(accelerator === undefined ? {} : { accelerator }) });

function recentMenu(recent: readonly RecentCase[], actions: MenuActions): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: 'No recent cases', enabled: false }];
  return [
    ...recent.map((entry) => item(`${entry.label} (${entry.fileCount} files)`, { type: 'open-recent', id: entry.id }, actions)),
    { type: 'separator' },
    { label: 'Clear Recent Cases', click: () => actions.clearRecent() },
  ];
}

function fileMenu(options: MenuOptions, actions: MenuActions): MenuItemConstructorOptions {
  return {
    label: 'File',
    submenu: [
      item('Open Folder…', { type: 'open-folder' }, actions, 'CmdOrCtrl+O'),
      item('Open Files…', { type: 'open-files' }, actions, 'CmdOrCtrl+Shift+O'),
      { label: 'Open Recent', submenu: recentMenu(options.recent, actions) },
      item('Demo Case', { type: 'open-demo' }, actions),
      { type: 'separator' },
      item('Open Session…', { type: 'session-open' }, actions),
      item('Save Session…', { type: 'session-save' }, actions, 'CmdOrCtrl+S'),
      { type: 'separator' },
      {
        label: 'Export',
        submenu: [
          item('Views as PNG…', { type: 'export-png' }, actions, 'CmdOrCtrl+E'),
          item('Figure Pack (PDF)…', { type: 'export-figure-pack' }, actions, 'CmdOrCtrl+Shift+E'),
          item('DVH and Statistics (CSV)…', { type: 'export-csv' }, actions),
        ],
      },
      { type: 'separator' },
      options.isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
}

function viewMenu(options: MenuOptions, actions: MenuActions): MenuItemConstructorOptions {
  return {
    label: 'View',
    submenu: [
      ...menuLayoutIds.map((layout) => item(`Layout ${layout}`, { type: 'set-layout', layout }, actions)),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(options.devTools ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };
}

/**
 * The native menu: File (open, recent cases, sessions, exports), Edit, View (layouts, zoom),
 * Walkthrough, Help with the not-for-clinical-use notice. Items that need the page send it a
 * MenuCommand; none takes a plain key, which the page keeps for its own shortcuts.
 */
export function menuTemplate(options: MenuOptions, actions: MenuActions): MenuItemConstructorOptions[] {
  const about: MenuItemConstructorOptions = { label: 'About PlanLens', click: () => actions.showAbout() };
  return [
    ...(options.isMac ? [{ label: 'PlanLens', submenu: [about, { type: 'separator' }, { role: 'services' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }] } satisfies MenuItemConstructorOptions] : []),
    fileMenu(options, actions),
    { label: 'Edit', submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }] },
    viewMenu(options, actions),
    {
      label: 'Walkthrough',
      submenu: [
        item('Open Walkthrough…', { type: 'walkthrough-open' }, actions),
        item('Start Walkthrough', { type: 'walkthrough-start' }, actions),
        item('Next Step', { type: 'walkthrough-next' }, actions, 'CmdOrCtrl+Right'),
        item('Previous Step', { type: 'walkthrough-previous' }, actions, 'CmdOrCtrl+Left'),
      ],
    },
    ...(options.isMac ? [{ role: 'windowMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      role: 'help',
      submenu: [
        { label: 'Not for Clinical Use…', click: () => actions.showNotice() },
        ...(options.isMac ? [] : [{ type: 'separator' } as const, about]),
      ],
    },
  ];
}

export const clinicalUseNotice = {
  title: 'Not for clinical use',
  message: 'PlanLens is a review and teaching tool. Not for clinical use.',
  detail: 'Do not use it to make or check treatment decisions. Dose, DVH and BED/EQD2 figures are for review, teaching and case conferences only; the treatment planning system of record is the reference.',
};
