import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultWindowState, loadWindowState, trackWindowState, validWindowState, type Area, type TrackedWindow } from '../../electron/windowState.js';

const display: Area = { x: 0, y: 0, width: 1920, height: 1080 };
let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'planlens-window-')); });
afterEach(() => { rmSync(dir, { recursive: true, force: true }); vi.useRealTimers(); });

describe('the window state', () => {
  it('keeps a sane stored state', () => {
    expect(validWindowState({ x: 100, y: 80, width: 1200, height: 800, maximized: true }, [display])).toEqual({ x: 100, y: 80, width: 1200, height: 800, maximized: true });
  });

  it('drops a position no display shows any more, keeping the size', () => {
    expect(validWindowState({ x: 3000, y: 80, width: 1200, height: 800, maximized: false }, [display])).toEqual({ width: 1200, height: 800, maximized: false });
    expect(validWindowState({ x: 100, y: -790, width: 1200, height: 800, maximized: false }, [display])).toEqual({ width: 1200, height: 800, maximized: false });
  });

  it('falls back to the default for damaged or absurd values', () => {
    for (const stored of [null, 'x', [], { width: 'big', height: 800 }, { width: 50, height: 800 }, { width: 1e9, height: 800 }, { width: 1200.5, height: 800 }]) {
      expect(validWindowState(stored, [display])).toEqual(defaultWindowState);
    }
  });

  it('reads a missing or unparsable file as the default', async () => {
    expect(await loadWindowState(join(dir, 'none.json'), [display])).toEqual(defaultWindowState);
    writeFileSync(join(dir, 'bad.json'), '{"width": 12');
    expect(await loadWindowState(join(dir, 'bad.json'), [display])).toEqual(defaultWindowState);
  });

  it('saves the normal bounds and maximised flag after a move, and at once on close, atomically', async () => {
    vi.useFakeTimers();
    const listeners = new Map<string, (() => void)[]>();
    let bounds: Area = { x: 10, y: 20, width: 1000, height: 700 };
    let maximized = false;
    const window: TrackedWindow = {
      getNormalBounds: () => bounds,
      isMaximized: () => maximized,
      isDestroyed: () => false,
      on: (event, listener) => listeners.set(event, [...(listeners.get(event) ?? []), listener]),
    };
    const emit = (event: string): void => listeners.get(event)?.forEach((listener) => listener());
    const file = join(dir, 'window-state.json');
    const pending = trackWindowState(window, file, 500);
    emit('move');
    expect(readdirSync(dir)).toEqual([]);
    await vi.advanceTimersByTimeAsync(500);
    await pending();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: false });
    bounds = { x: 50, y: 60, width: 1300, height: 900 };
    maximized = true;
    emit('close');
    await pending();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ x: 50, y: 60, width: 1300, height: 900, maximized: true });
    expect(readdirSync(dir)).toEqual(['window-state.json']);
    expect(await loadWindowState(file, [display])).toEqual({ x: 50, y: 60, width: 1300, height: 900, maximized: true });
  });
});
