import demoWalkthroughText from '../../sample-data/demo-case-walkthrough.json?raw';
import { parseWalkthrough } from '../../src/walkthrough/parseWalkthrough.js';
import { platform } from '../platform/platform.js';
import { firstLines, showNotice } from '../session/noticeStore.js';
import { present, presenterStore } from './presenter.js';

/** Presents a walkthrough file's text, or says (naming each step and field) why it cannot. */
export function presentWalkthroughText(name: string, text: string): void {
  const parsed = parseWalkthrough(text);
  if (parsed.ok) present(parsed.walkthrough, parsed.notes);
  else showNotice({ tone: 'error', title: `${name} cannot be presented`, lines: firstLines(parsed.errors), actions: [] });
}

/** The walkthrough of the demo case shipped with the app (sample-data/demo-case-walkthrough.json, from `planlens phantom`). */
export function presentDemoWalkthrough(): void {
  presentWalkthroughText('The demo walkthrough', demoWalkthroughText);
}

/** Asks for a walkthrough file and presents it. */
export async function openWalkthrough(): Promise<void> {
  try {
    const picked = await platform.openJsonFile();
    if (picked !== undefined) presentWalkthroughText(picked.name, picked.text);
  } catch (error) {
    showNotice({ tone: 'error', title: 'No walkthrough file could be read', lines: [error instanceof Error ? error.message : String(error)], actions: [] });
  }
}

/** The menu's Start: the walkthrough presented last, else the demo walkthrough. */
export function startWalkthrough(): void {
  const { last } = presenterStore.getState();
  if (last === undefined) presentDemoWalkthrough();
  else present(last);
}
