import { describe, expect, it } from 'vitest';
import { metricUnit, parseMetric, type Metric } from '../../src/dvh/metricName.js';

function parsed(name: string): Metric {
  const result = parseMetric(name);
  if (!result.ok) throw new Error(result.error);
  return result.metric;
}

describe('parseMetric', () => {
  it('reads the dose statistics in any case', () => {
    expect(parsed('Dmax')).toEqual({ kind: 'dose-statistic', statistic: 'max', name: 'Dmax' });
    expect(parsed('DMIN')).toEqual({ kind: 'dose-statistic', statistic: 'min', name: 'Dmin' });
    expect(parsed(' d mean ')).toEqual({ kind: 'dose-statistic', statistic: 'mean', name: 'Dmean' });
  });

  it('reads D<x> and D<x>% as a percentage of the volume', () => {
    expect(parsed('D95')).toEqual({ kind: 'dose-at-volume-percent', volumePercent: 95, name: 'D95%' });
    expect(parsed('d 50 %')).toEqual({ kind: 'dose-at-volume-percent', volumePercent: 50, name: 'D50%' });
    expect(parsed('D.5%')).toEqual({ kind: 'dose-at-volume-percent', volumePercent: 0.5, name: 'D0.5%' });
    expect(parsed('D100')).toMatchObject({ volumePercent: 100 });
    expect(parsed('D0%')).toMatchObject({ volumePercent: 0 });
  });

  it('reads D<x>cc as a volume in cc', () => {
    expect(parsed('D2cc')).toEqual({ kind: 'dose-at-volume-cc', volumeCc: 2, name: 'D2cc' });
    expect(parsed('D0.03CC')).toEqual({ kind: 'dose-at-volume-cc', volumeCc: 0.03, name: 'D0.03cc' });
    // 150 cc is fine in cc, where 150 % is not.
    expect(parsed('D150cc')).toMatchObject({ volumeCc: 150 });
  });

  it('reads V<x>Gy as % by default and V<x>Gy[cc] in cc', () => {
    expect(parsed('V20Gy')).toEqual({ kind: 'volume-at-dose', doseGy: 20, unit: '%', name: 'V20Gy[%]' });
    expect(parsed('v20gy[%]')).toMatchObject({ unit: '%' });
    expect(parsed('V 12.5 Gy [cc]')).toEqual({ kind: 'volume-at-dose', doseGy: 12.5, unit: 'cc', name: 'V12.5Gy[cc]' });
  });

  it('gives the unit each metric is reported in', () => {
    expect(metricUnit(parsed('Dmax'))).toBe('Gy');
    expect(metricUnit(parsed('D2cc'))).toBe('Gy');
    expect(metricUnit(parsed('V20Gy'))).toBe('%');
    expect(metricUnit(parsed('V20Gy[cc]'))).toBe('cc');
  });

  it('refuses malformed names with what it expected', () => {
    for (const name of ['', 'D', 'Dfoo', 'V20', 'V20Gy%', 'V20Gycc', 'D95Gy', 'D-5', 'D1.2.3', 'Dmaximum', 'X95', 'V20Gy[Gy]']) {
      const result = parseMetric(name);
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.error).toContain(`"${name}" is not a DVH metric; expected Dmin, Dmax, Dmean`);
    }
  });

  it('refuses a percentage above 100 and suggests cc', () => {
    const result = parseMetric('D150%');
    expect(result).toEqual({ ok: false, error: 'parseMetric: "D150%" asks for the dose to 150 % of the volume; a percentage must be 0..100 (write D150cc for a volume in cc)' });
    expect(parseMetric('D150').ok).toBe(false);
  });
});
