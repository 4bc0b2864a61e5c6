import { ctSlice } from './ctSeries.js';
import { dose } from './dose.js';
import { ctGrid, doseGrid, type PhantomSize } from './grids.js';
import { plan } from './plan.js';
import { structureSet } from './structureSet.js';

export interface DemoCaseFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** The whole demo case (CT series, RTSTRUCT, RTPLAN, RTDOSE), byte-identical on every run. */
export function generateDemoCase(size: PhantomSize = 'demo'): DemoCaseFile[] {
  const ct = ctGrid(size);
  const slices = Array.from({ length: ct.slices }, (_, k) => ({ name: `CT.${String(k + 1).padStart(4, '0')}.dcm`, bytes: ctSlice(ct, k) }));
  return [
    ...slices,
    { name: 'RS.demo.dcm', bytes: structureSet(ct) },
    { name: 'RP.demo.dcm', bytes: plan() },
    { name: 'RD.demo.dcm', bytes: dose(doseGrid(size)) },
  ];
}
