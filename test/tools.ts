import { execFileSync } from 'node:child_process';

/** True when a command-line tool (dcmtk, plastimatch, GDCM ...) is on the PATH. */
export function hasTool(tool: string): boolean {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
