/** A user regimen in the regimens.json format: weekly cisplatin under another id (the §6 entry's numbers). */
export const myCisplatin = {
  id: 'my_cisplatin',
  name: 'My weekly cisplatin',
  drug: 'cisplatin',
  effectModel: 'dmf',
  schedule: { anchor: 'RT_START', pattern: 'weekly', days: [0, 7, 14, 21, 28, 35, 42], dose: 40, unit: 'mg/m2', infusionH: 1, clock: '08:00' },
  pk: { model: '1c', halfLifeH: 0.42, riseH: 1 },
  windowH: { start: -2, end: 6, relativeTo: 'administrationStart' },
  dmf: { default: 1.2, min: 1, max: 2.2 },
  citations: ['Label_Cisplatin'],
} as const;
