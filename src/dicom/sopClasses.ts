/** SOP classes PlanLens reads, and what each becomes. */
export const SopClass = {
  ctImage: '1.2.840.10008.5.1.4.1.1.2',
  enhancedCtImage: '1.2.840.10008.5.1.4.1.1.2.1',
  mrImage: '1.2.840.10008.5.1.4.1.1.4',
  enhancedMrImage: '1.2.840.10008.5.1.4.1.1.4.1',
  petImage: '1.2.840.10008.5.1.4.1.1.128',
  enhancedPetImage: '1.2.840.10008.5.1.4.1.1.130',
  rtDose: '1.2.840.10008.5.1.4.1.1.481.2',
  rtStructureSet: '1.2.840.10008.5.1.4.1.1.481.3',
  rtPlan: '1.2.840.10008.5.1.4.1.1.481.5',
  rtIonPlan: '1.2.840.10008.5.1.4.1.1.481.8',
} as const;

export type ObjectKind = 'image' | 'rtdose' | 'rtstruct' | 'rtplan' | 'unsupported-image' | 'other';

/** What kind of object a SOP class is; Modality is the fallback for private or retired classes. */
export function objectKind(sopClassUid: string, modality: string | undefined): ObjectKind {
  switch (sopClassUid) {
    case SopClass.ctImage: case SopClass.mrImage: case SopClass.petImage: return 'image';
    case SopClass.enhancedCtImage: case SopClass.enhancedMrImage: case SopClass.enhancedPetImage: return 'unsupported-image';
    case SopClass.rtDose: return 'rtdose';
    case SopClass.rtStructureSet: return 'rtstruct';
    case SopClass.rtPlan: case SopClass.rtIonPlan: return 'rtplan';
    default:
      switch (modality) {
        case 'RTDOSE': return 'rtdose';
        case 'RTSTRUCT': return 'rtstruct';
        case 'RTPLAN': return 'rtplan';
        default: return 'other';
      }
  }
}
