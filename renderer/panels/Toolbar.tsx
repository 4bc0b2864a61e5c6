import { useRef } from 'react';
import { useStore } from 'zustand';
import { ExportMenu } from '../export/ExportMenu.js';
import { inputFiles } from '../platform/droppedFiles.js';
import { platform } from '../platform/platform.js';
import { openDemoCase, openFiles } from '../state/openCase.js';
import { openPicked } from '../state/openPicked.js';
import { SessionControls } from '../session/SessionControls.js';
import { WalkthroughControls } from '../walkthrough/WalkthroughControls.js';
import { updateView, viewStore, windowPresets, type LayoutId } from '../state/viewStore.js';

const layouts: readonly LayoutId[] = ['1x1', '2x2', '1+3'];

/** Window numbers as whole HU, or to 3 significant digits for images with narrow value ranges. */
const windowNumber = (value: number): string => (Math.abs(value) >= 100 ? String(Math.round(value)) : String(Number(value.toPrecision(3))));

/** Open files or a folder, the demo case, layouts and window presets. */
export function Toolbar(): React.JSX.Element {
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const layout = useStore(viewStore, (state) => state.layout);
  const windowLevel = useStore(viewStore, (state) => state.windowLevel);
  const open = (list: FileList | null, label: string): void => {
    if (list !== null && list.length > 0) void openFiles(inputFiles(list), label);
  };
  return (
    <header className="toolbar">
      <strong className="brand">PlanLens</strong>
      {/* In the desktop app main's dialogs pick and read the files; in a browser the inputs below do. */}
      <button type="button" onClick={() => (platform.kind === 'desktop' ? void openPicked(platform.openFiles()) : files.current?.click())}>Open files…</button>
      <button type="button" onClick={() => (platform.kind === 'desktop' ? void openPicked(platform.openFolder(), 'the folder') : folder.current?.click())}>Open folder…</button>
      <button type="button" onClick={() => void openDemoCase()}>Demo case</button>
      <input ref={files} data-testid="file-input" type="file" multiple hidden onChange={(event) => open(event.currentTarget.files, `${event.currentTarget.files?.length ?? 0} files`)} />
      <input ref={folder} data-testid="folder-input" type="file" multiple hidden {...{ webkitdirectory: '' }} onChange={(event) => open(event.currentTarget.files, 'folder')} />
      <span className="group" role="group" aria-label="Layout">
        {layouts.map((id) => (
          <button type="button" key={id} aria-pressed={layout === id} onClick={() => updateView({ layout: id })}>{id}</button>
        ))}
      </span>
      <span className="group" role="group" aria-label="Window presets">
        {windowPresets.map((preset) => (
          <button type="button" key={preset.name} title={`${preset.window.centre}/${preset.window.width} (key ${preset.key})`} aria-pressed={windowLevel.centre === preset.window.centre && windowLevel.width === preset.window.width} onClick={() => updateView({ windowLevel: preset.window })}>{preset.name}</button>
        ))}
      </span>
      <SessionControls /><WalkthroughControls />
      <ExportMenu />
      <span className="window-readout">W {windowNumber(windowLevel.width)} / L {windowNumber(windowLevel.centre)}</span>
    </header>
  );
}
