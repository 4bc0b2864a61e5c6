import { describe, expect, it } from 'vitest';
import { CaseLoader } from '../../src/case/caseLoader.js';
import { generateDemoCase } from '../../src/phantom/demoCase.js';
import type { DvhResponse } from '../../src/workers/dvhProtocol.js';
import { transferablesOf } from '../../src/workers/dvhProtocol.js';
import { DvhRequestHandler } from '../../src/workers/dvhHandler.js';

async function demo() {
  const files = generateDemoCase();
  const loader = new CaseLoader(files.length);
  for (const file of files) await loader.addFile(file);
  const reviewCase = loader.finish();
  const dose = reviewCase.doses[0]?.grid;
  const rois = reviewCase.structureSets[0]?.rois;
  if (dose === undefined || rois === undefined) throw new Error('demo case incomplete');
  return { dose, rois };
}

describe('the DVH worker handler', () => {
  it('answers with progress, one result per ROI and a final done', async () => {
    const { dose, rois } = await demo();
    const responses: DvhResponse[] = [];
    const handler = new DvhRequestHandler((response) => responses.push(response), async () => undefined);
    await handler.handle({ type: 'compute', requestId: 7, rois: rois.slice(1, 3), dose, options: {} });
    const results = responses.filter((response) => response.type === 'result');
    expect(results.map((result) => result.roiNumber)).toEqual([2, 3]);
    expect(responses.every((response) => response.requestId === 7)).toBe(true);
    const progress = responses.flatMap((response) => (response.type === 'progress' && response.roiNumber === 2 ? [response.fraction] : []));
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.every((fraction, index) => index === 0 || fraction > (progress[index - 1] ?? 0))).toBe(true);
    expect(progress.at(-1)).toBe(1);
    expect(responses.at(-1)).toEqual({ type: 'done', requestId: 7, cancelled: false });
    const first = results[0];
    expect(first?.type === 'result' && first.data !== undefined ? transferablesOf(first) : []).toHaveLength(1);
  });

  it('stops at a cancel and says so', async () => {
    const { dose, rois } = await demo();
    const responses: DvhResponse[] = [];
    let handler: DvhRequestHandler | undefined;
    let yields = 0;
    handler = new DvhRequestHandler((response) => responses.push(response), async () => {
      yields += 1;
      if (yields === 2) await handler?.handle({ type: 'cancel', requestId: 3 }); // arrives before the second ROI
    });
    await handler.handle({ type: 'compute', requestId: 3, rois, dose, options: {} });
    expect(responses.filter((response) => response.type === 'result')).toHaveLength(1);
    expect(responses.at(-1)).toEqual({ type: 'done', requestId: 3, cancelled: true });
  });
});
