import { describe, expect, it } from 'vitest';
import { exportFileName, fileNamePart, packFigureFileName, subjectName, timestampPart } from '../../renderer/export/exportNames.js';

const at = new Date(2026, 0, 2, 3, 4, 59);

describe('export file names', () => {
  it('keep a plan label to letters, digits, dots, dashes and underscores', () => {
    expect(fileNamePart('Demo 70/35')).toBe('Demo-70-35');
    expect(fileNamePart('Prostate (boost) ')).toBe('Prostate-boost');
    expect(fileNamePart('Ñeck Über')).toBe('Neck-Uber');
    expect(fileNamePart('a'.repeat(60))).toHaveLength(40);
    expect(fileNamePart(undefined)).toBe('no-plan');
    expect(fileNamePart('../..')).toBe('no-plan');
    expect(fileNamePart('  ')).toBe('no-plan');
  });

  it('carry the local date and time to the minute', () => {
    expect(timestampPart(at)).toBe('2026-01-02_0304');
  });

  it('name the plan, what was exported, the scale above 1x and when', () => {
    expect(exportFileName({ planLabel: 'Demo 70/35', subject: 'layout', scale: 2, at, extension: 'png' })).toBe('PlanLens_Demo-70-35_layout@2x_2026-01-02_0304.png');
    expect(exportFileName({ planLabel: 'Demo 70/35', subject: 'volume', scale: 1, at, extension: 'png' })).toBe('PlanLens_Demo-70-35_3D_2026-01-02_0304.png');
    expect(exportFileName({ planLabel: undefined, subject: 'metrics', at, extension: 'csv' })).toBe('PlanLens_no-plan_metrics_2026-01-02_0304.csv');
    expect(exportFileName({ planLabel: 'Demo', subject: 'figures', at, extension: 'pdf' })).toBe('PlanLens_Demo_figures_2026-01-02_0304.pdf');
    expect(subjectName('dvh-curves')).toBe('DVH-curves');
  });

  it('number the figure pack PNGs in the order of the pack', () => {
    expect(packFigureFileName('Demo 70/35', at, 1, 'axial', 2)).toBe('PlanLens_Demo-70-35_figures_2026-01-02_0304_02-axial@2x.png');
    expect(packFigureFileName('Demo 70/35', at, 9, 'metrics', 1)).toBe('PlanLens_Demo-70-35_figures_2026-01-02_0304_10-metrics.png');
  });
});
