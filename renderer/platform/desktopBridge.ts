import { bridgeVersion, type PlanLensDesktopApi } from '../../src/bridge/contract.js';

declare global {
  interface Window { planlensDesktop?: PlanLensDesktopApi }
}

const operations = ['openFolder', 'openFiles', 'readCaseBatch', 'recentCases', 'openRecentCase', 'launchCase', 'saveFile', 'openJsonFile', 'openCsvFile', 'onMenuCommand'] as const;

/**
 * The desktop shell's API (electron/preload.ts exposes it), or undefined in a plain browser or
 * when the shell's bridge is not the version this page was built for.
 */
export function desktopBridge(): PlanLensDesktopApi | undefined {
  const api = typeof window === 'undefined' ? undefined : window.planlensDesktop;
  if (api === undefined || api.bridgeVersion !== bridgeVersion) return undefined;
  return operations.every((name) => typeof api[name] === 'function') ? api : undefined;
}

/** Electron wraps errors thrown in main as "Error invoking remote method 'x': Error: what"; keep the what. */
export function bridgeErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/u, '');
}
