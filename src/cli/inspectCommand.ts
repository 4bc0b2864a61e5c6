import { caseToJson } from './caseJson.js';
import { caseToText } from './caseText.js';
import type { CliCommand } from './io.js';
import { loadCaseFromPaths } from './readInputs.js';

export const inspectUsage = 'planlens inspect <folder-or-files...> [--json]';

/** `planlens inspect`: loads everything fully and prints the case, as text or one JSON object. */
export const runInspect: CliCommand = async (args, io) => {
  const json = args.includes('--json');
  const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--json');
  const paths = args.filter((arg) => !arg.startsWith('--'));
  if (unknown.length > 0 || paths.length === 0) {
    io.stderr(`planlens inspect: ${unknown.length > 0 ? `unknown option ${unknown.join(' ')}` : 'no folder or file given'}. Usage: ${inspectUsage}\n`);
    return 2;
  }
  const reviewCase = await loadCaseFromPaths(paths);
  io.stdout(json ? `${JSON.stringify(caseToJson(reviewCase), null, 2)}\n` : caseToText(reviewCase));
  const loaded = reviewCase.images.length + reviewCase.doses.length + reviewCase.structureSets.length + reviewCase.plans.length;
  if (loaded === 0) {
    const firstError = reviewCase.problems.find((problem) => problem.severity === 'error');
    io.stderr(`planlens inspect: nothing could be loaded from ${reviewCase.fileCount} file(s)${firstError !== undefined ? `; first error: ${firstError.message}` : ': no DICOM image, RTSTRUCT, RTPLAN or RTDOSE found'}\n`);
    return 1;
  }
  return 0;
};
