import type { MenuCommand } from '../../src/bridge/menuCommands.js';
import { platform } from '../platform/platform.js';
import { openDemoCase } from '../state/openCase.js';
import { openPicked } from '../state/openPicked.js';
import { updateView } from '../state/viewStore.js';

/**
 * The native menu's commands for opening cases and layouts. Exports, sessions and walkthroughs
 * subscribe to platform.onMenuCommand themselves and handle theirs.
 */
export function handleMenuCommand(command: MenuCommand): void {
  switch (command.type) {
    case 'open-folder': void openPicked(platform.openFolder(), 'the folder'); break;
    case 'open-files': void openPicked(platform.openFiles()); break;
    case 'open-demo': void openDemoCase(); break;
    case 'open-recent': void openPicked(platform.openRecentCase(command.id), 'the recent case'); break;
    case 'open-launch-case': void openPicked(platform.launchCase(), 'the case named on the command line'); break;
    case 'set-layout': updateView({ layout: command.layout }); break;
    default: break;
  }
}

/** On start in the desktop app: the case named on its command line, if any (main then started the page empty). */
export function openLaunchCase(): void {
  if (platform.kind === 'desktop') void openPicked(platform.launchCase(), 'the case named on the command line');
}
