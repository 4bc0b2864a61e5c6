/**
 * What the native menu asks the page to do (main -> page on `eventChannels.menuCommand`). Menu
 * items that need the page (open a case into it, export what it shows, walkthroughs, layouts)
 * send one of these; items main does alone (quit, the not-for-clinical-use notice) send nothing.
 */

export type MenuLayoutId = '1x1' | '2x2' | '1+3';

export type MenuCommand =
  | { readonly type: 'open-folder' }
  | { readonly type: 'open-files' }
  | { readonly type: 'open-demo' }
  /** A case was named on the command line of a second start of the app: fetch it with launchCase(). */
  | { readonly type: 'open-launch-case' }
  /** A recent case, by the id `recentCases` gave (never a path). */
  | { readonly type: 'open-recent'; readonly id: string }
  /** The viewports as a PNG. */
  | { readonly type: 'export-png' }
  /** The case-conference figure pack (PDF of the views, DVH and statistics). */
  | { readonly type: 'export-figure-pack' }
  /** DVH and dose statistics as CSV. */
  | { readonly type: 'export-csv' }
  | { readonly type: 'session-save' }
  | { readonly type: 'session-open' }
  | { readonly type: 'walkthrough-open' }
  | { readonly type: 'walkthrough-start' }
  | { readonly type: 'walkthrough-next' }
  | { readonly type: 'walkthrough-previous' }
  | { readonly type: 'set-layout'; readonly layout: MenuLayoutId };

export type MenuCommandType = MenuCommand['type'];

/** Every command type, for checks on both sides of the bridge. */
export const menuCommandTypes: readonly MenuCommandType[] = [
  'open-folder', 'open-files', 'open-demo', 'open-launch-case', 'open-recent',
  'export-png', 'export-figure-pack', 'export-csv',
  'session-save', 'session-open',
  'walkthrough-open', 'walkthrough-start', 'walkthrough-next', 'walkthrough-previous',
  'set-layout',
];

export const menuLayoutIds: readonly MenuLayoutId[] = ['1x1', '2x2', '1+3'];

/** Whether a value received over the bridge is a well-formed menu command. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  if (typeof value !== 'object' || value === null) return false;
  const { type } = value as { type?: unknown };
  if (typeof type !== 'string' || !(menuCommandTypes as readonly string[]).includes(type)) return false;
  if (type === 'open-recent') return typeof (value as { id?: unknown }).id === 'string';
  if (type === 'set-layout') return (menuLayoutIds as readonly unknown[]).includes((value as { layout?: unknown }).layout);
  return true;
}
