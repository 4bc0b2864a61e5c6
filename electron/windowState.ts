import { readFile } from 'node:fs/promises';
import { atomicWriteJson } from './atomicWrite.js';

/** The window's size and place (its normal bounds, also while maximised) and whether it was maximised. */
export interface WindowState {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
  readonly maximized: boolean;
}

export interface Area {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const defaultWindowState: WindowState = { width: 1440, height: 900, maximized: false };

const isWhole = (value: unknown, min: number, max: number): value is number => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/**
 * A stored state, checked: sizes within reason, and a position kept only when at least 100 x 50
 * px of the window's top lands on a display's work area (a display may have gone since).
 */
export function validWindowState(value: unknown, workAreas: readonly Area[]): WindowState {
  if (typeof value !== 'object' || value === null) return defaultWindowState;
  const { x, y, width, height, maximized } = value as Record<string, unknown>;
  if (!isWhole(width, 400, 16_384) || !isWhole(height, 300, 16_384)) return defaultWindowState;
  const state = { width, height, maximized: maximized === true };
  if (!isWhole(x, -65_536, 65_536) || !isWhole(y, -65_536, 65_536)) return state;
  const visible = workAreas.some((area) => overlap(x, width, area.x, area.width) >= 100 && overlap(y, Math.min(height, 50), area.y, area.height) >= 50);
  return visible ? { ...state, x, y } : state;
}

function overlap(start: number, length: number, areaStart: number, areaLength: number): number {
  return Math.min(start + length, areaStart + areaLength) - Math.max(start, areaStart);
}

export async function loadWindowState(file: string, workAreas: readonly Area[]): Promise<WindowState> {
  try {
    return validWindowState(JSON.parse(await readFile(file, 'utf8')), workAreas);
  } catch {
    return defaultWindowState;
  }
}

export function saveWindowState(file: string, state: WindowState): Promise<void> {
  return atomicWriteJson(file, state);
}

/** The part of a BrowserWindow windowState needs (tests give a fake one). */
export interface TrackedWindow {
  getNormalBounds(): Area;
  isMaximized(): boolean;
  isDestroyed(): boolean;
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
}

/**
 * Saves the window's state a second after it was last moved or resized, and at once when it
 * closes; returns the last save (main awaits it before quitting).
 */
export function trackWindowState(window: TrackedWindow, file: string, delayMs = 1000): () => Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> = Promise.resolve();
  const save = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (window.isDestroyed()) return;
    const { x, y, width, height } = window.getNormalBounds();
    const state: WindowState = { x, y, width, height, maximized: window.isMaximized() };
    saving = saving.catch(() => undefined).then(() => saveWindowState(file, state)).catch((error: unknown) => {
      console.warn(`PlanLens: the window state was not saved: ${error instanceof Error ? error.message : String(error)}`);
    });
  };
  const later = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) window.on(event, later);
  window.on('close', save);
  return () => saving;
}
