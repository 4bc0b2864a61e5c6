import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { isMenuCommand, type MenuCommand } from '../../src/bridge/menuCommands.js';
import { menuTemplate, type MenuActions } from '../../electron/menu.js';

function items(template: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((entry) => [entry, ...(Array.isArray(entry.submenu) ? items(entry.submenu) : [])]);
}

function build(isMac: boolean, recent = [{ id: 'id-1', label: 'Lung SBRT', fileCount: 153, openedAtIso: '2025-01-01T00:00:00.000Z' }]) {
  const sent: MenuCommand[] = [];
  const actions: MenuActions = { send: (command) => sent.push(command), showNotice: vi.fn(), showAbout: vi.fn(), clearRecent: vi.fn() };
  const template = menuTemplate({ recent, isMac, devTools: false }, actions);
  const byLabel = (label: string): MenuItemConstructorOptions => {
    const found = items(template).find((entry) => entry.label === label);
    if (found === undefined) throw new Error(`no menu item ${label}`);
    return found;
  };
  const click = (label: string): void => (byLabel(label).click as () => void)();
  return { template, sent, actions, byLabel, click };
}

describe('the native menu', () => {
  it('has File, Edit, View, Walkthrough and Help', () => {
    expect(build(false).template.map((entry) => entry.label ?? entry.role)).toEqual(['File', 'Edit', 'View', 'Walkthrough', 'help']);
    expect(build(true).template.map((entry) => entry.label ?? entry.role)).toEqual(['PlanLens', 'File', 'Edit', 'View', 'Walkthrough', 'windowMenu', 'help']);
  });

  it('sends the page a well-formed command for each item that needs it', () => {
    const menu = build(false);
    for (const label of ['Open Folder…', 'Open Files…', 'Lung SBRT (153 files)', 'Demo Case', 'Open Session…', 'Save Session…', 'Views as PNG…', 'Figure Pack (PDF)…', 'DVH and Statistics (CSV)…', 'Layout 1x1', 'Layout 2x2', 'Layout 1+3', 'Open Walkthrough…', 'Start Walkthrough', 'Next Step', 'Previous Step']) menu.click(label);
    expect(menu.sent).toEqual([
      { type: 'open-folder' }, { type: 'open-files' }, { type: 'open-recent', id: 'id-1' }, { type: 'open-demo' },
      { type: 'session-open' }, { type: 'session-save' },
      { type: 'export-png' }, { type: 'export-figure-pack' }, { type: 'export-csv' },
      { type: 'set-layout', layout: '1x1' }, { type: 'set-layout', layout: '2x2' }, { type: 'set-layout', layout: '1+3' },
      { type: 'walkthrough-open' }, { type: 'walkthrough-start' }, { type: 'walkthrough-next' }, { type: 'walkthrough-previous' },
    ]);
    expect(menu.sent.every(isMenuCommand)).toBe(true);
  });

  it('shows the not-for-clinical-use notice from Help', () => {
    const menu = build(false);
    menu.click('Not for Clinical Use…');
    expect(menu.actions.showNotice).toHaveBeenCalledOnce();
    expect(menu.sent).toEqual([]);
  });

  it('says when there are no recent cases, and can clear them', () => {
    expect(build(false, []).byLabel('No recent cases').enabled).toBe(false);
    const menu = build(false);
    menu.click('Clear Recent Cases');
    expect(menu.actions.clearRecent).toHaveBeenCalledOnce();
  });

  it('leaves plain keys to the page (its shortcuts) and has no developer items when packaged', () => {
    const all = items(build(false).template);
    const accelerators = all.flatMap((entry) => (typeof entry.accelerator === 'string' ? [entry.accelerator] : []));
    expect(accelerators.length).toBeGreaterThan(3);
    expect(accelerators.every((accelerator) => accelerator.includes('CmdOrCtrl+'))).toBe(true);
    expect(all.some((entry) => entry.role === 'toggleDevTools' || entry.role === 'reload')).toBe(false);
  });
});

describe('menu commands over the bridge', () => {
  it('accepts only well-formed commands', () => {
    expect(isMenuCommand({ type: 'export-png' })).toBe(true);
    expect(isMenuCommand({ type: 'set-layout', layout: '2x2' })).toBe(true);
    expect(isMenuCommand({ type: 'set-layout', layout: '3x3' })).toBe(false);
    expect(isMenuCommand({ type: 'open-recent' })).toBe(false);
    expect(isMenuCommand({ type: 'run-shell' })).toBe(false);
    expect(isMenuCommand('open-folder')).toBe(false);
    expect(isMenuCommand(null)).toBe(false);
  });
});
