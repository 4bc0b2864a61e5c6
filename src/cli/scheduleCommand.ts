import { readFileSync } from 'node:fs';
import { runScenario, type ScenarioReport } from '../therapy/scenario.js';
import type { CliCommand } from './io.js';

export const scheduleUsage = 'planlens schedule --scenario FILE [--json]';

/** `planlens schedule`: a systemic-therapy + RT scenario, fraction by fraction, with sensitised BED/EQD2 per structure. */
export const runSchedule: CliCommand = async (args, io) => {
  const file = args[0] === '--scenario' ? args[1] : undefined;
  const rest = args.slice(2);
  if (file === undefined || rest.some((arg) => arg !== '--json')) {
    io.stderr(`planlens schedule: ${file === undefined ? '--scenario FILE is needed' : `unknown argument ${rest.find((arg) => arg !== '--json') ?? ''}`}. Usage: ${scheduleUsage}\n`);
    return 2;
  }
  const report = runScenario(readFileSync(file, 'utf8'));
  io.stdout(rest.includes('--json') ? `${JSON.stringify(report, null, 2)}\n` : text(report));
  return 0;
};

function text(report: ScenarioReport): string {
  const structures = report.totals.map((t) => t.structure);
  const lines = [
    report.caveat,
    '',
    `${'#'.padStart(3)}  ${'date-time'.padEnd(16)}  ${'Gy'.padStart(5)}  ${structures.map((s) => `m(${s})`.padStart(10)).join(' ')}  agents`,
    ...report.fractions.map((f) => `${String(f.index).padStart(3)}  ${f.dateTime}  ${f.physicalDoseGy.toFixed(2).padStart(5)}  ${structures.map((s) => (f.modifierByStructure[s] ?? 1).toFixed(4).padStart(10)).join(' ')}  ${f.activeAgents.join(', ')}`),
    '',
    ...report.totals.map(
      (t) =>
        `${t.structure} (α/β ${t.alphaBetaGy} Gy): physical ${t.physicalGy.toFixed(2)} Gy, T ${t.overallTimeDays.toFixed(2)} d; BED ${t.bedNoTimeGy.toFixed(4)} Gy, EQD2 ${t.eqd2NoTimeGy.toFixed(4)} Gy without repopulation; ` +
        `BED ${t.bedGy.toFixed(4)} Gy, EQD2 ${t.eqd2Gy.toFixed(4)} Gy with it (RT alone ${t.plainEqd2Gy.toFixed(4)} Gy, ΔEQD2 ${t.deltaEqd2Gy.toFixed(4)} Gy)`,
    ),
    ...report.warnings.map((w) => `warning: ${w.message}`),
    ...report.notes.map((note) => `note: ${note}`),
  ];
  return `${lines.join('\n')}\n`;
}
