import { createStore } from 'zustand/vanilla';

/** A button of a notice: its label and what it does (the notice closes first). */
export interface NoticeAction {
  readonly label: string;
  readonly run: () => void;
}

/**
 * What sessions and walkthroughs tell the user: a result (restored, saved), a refusal with each
 * problem, or a question (the open case is another one) with what can be done.
 */
export interface Notice {
  readonly tone: 'info' | 'error' | 'question';
  readonly title: string;
  readonly lines: readonly string[];
  readonly actions: readonly NoticeAction[];
}

export const noticeStore = createStore<{ readonly notice: Notice | undefined }>(() => ({ notice: undefined }));

export function showNotice(notice: Notice): void {
  noticeStore.setState({ notice });
}

export function dismissNotice(): void {
  noticeStore.setState({ notice: undefined });
}

/** At most `count` problems listed, then how many more there are. */
export function firstLines(lines: readonly string[], count = 6): string[] {
  return lines.length <= count ? [...lines] : [...lines.slice(0, count), `… and ${lines.length - count} more`];
}
