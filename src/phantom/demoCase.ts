import { ctSlice } from './ctSeries.js';
import { dose } from './dose.js';
import { ctGrid, doseGrid, type PhantomSize } from './grids.js';
import { plan } from './plan.js';
import { structureSet } from './structureSet.js';

export interface DemoCaseFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface DemoCaseOptions {
  /** 'demo' (default): 128 x 128 x 60 CT, 2.5 mm dose, ~4 MB. 'large': 512 x 512 x 180 CT, 1.25 mm dose, ~110 MB. */
  readonly size?: PhantomSize;
}

const demoCtFileName = (k: number): string => `CT.${String(k + 1).padStart(4, '0')}.dcm`;
const demoRtFileNames = { structureSet: 'RS.demo.dcm', plan: 'RP.demo.dcm', dose: 'RD.demo.dcm' } as const;

/** The whole demo case (CT series, RTSTRUCT, RTPLAN, RTDOSE), byte-identical on every run. */
export function generateDemoCase(options: DemoCaseOptions = {}): DemoCaseFile[] {
  const size = options.size ?? 'demo';
  const ct = ctGrid(size);
  const slices = Array.from({ length: ct.slices }, (_, k) => ({ name: demoCtFileName(k), bytes: ctSlice(ct, k) }));
  return [
    ...slices,
    { name: demoRtFileNames.structureSet, bytes: structureSet(ct) },
    { name: demoRtFileNames.plan, bytes: plan() },
    { name: demoRtFileNames.dose, bytes: dose(doseGrid(size)) },
  ];
}
