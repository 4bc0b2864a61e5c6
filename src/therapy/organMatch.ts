import type { OrganCategory } from './organOverlap.js';

/**
 * Which §2.3 organ row (docs/sensitisation-model.md) an ROI is, from its name and
 * RTROIInterpretedType, for the OAR colouring. Case-insensitive; underscores, hyphens, dots, spaces
 * and camelCase boundaries (TG-263 "Lung_L", "LungR", "OralCavity", "Cavity_Oral") all split words.
 * Deliberately conservative: an ROI that is not plainly one of the rows is left uncoloured, and the
 * answer says why (the structure list shows it).
 */
export type OrganMatch =
  | { readonly kind: 'organ'; readonly organ: OrganCategory; readonly matchedBy: string }
  /** PTV/CTV/GTV/ITV by type or by a name starting so: never coloured. */
  | { readonly kind: 'target'; readonly reason: string }
  /** Body outline, support, marker, vessel or helper structure: not an organ of §2.3. */
  | { readonly kind: 'excluded'; readonly reason: string }
  | { readonly kind: 'unmatched'; readonly reason: string };

const TARGET_TYPES = new Set(['PTV', 'CTV', 'GTV']);
/** RTROIInterpretedTypes that are not anatomy (EXTERNAL is the body outline, not the skin). */
const NON_ANATOMY_TYPES = new Set(['EXTERNAL', 'SUPPORT', 'FIXATION', 'MARKER', 'REGISTRATION', 'ISOCENTER', 'CONTROL', 'BOLUS', 'CONTRAST_AGENT', 'DOSE_REGION', 'TREATED_VOLUME', 'IRRAD_VOLUME', 'BRACHY_CHANNEL', 'BRACHY_ACCESSORY', 'BRACHY_SRC_APP']);
const OUTLINE_WORDS = new Set(['body', 'external', 'outline', 'patient', 'ext']);

interface Rule {
  readonly organ: OrganCategory;
  /** Tested on the normalised name: lower case, single spaces, with a space at each end. */
  readonly pattern: RegExp;
}

// Order matters only where two rows could both match; the more specific row comes first.
const RULES: readonly Rule[] = [
  // Cervical oesophagus before the pharynx; "Esophagus_Cerv" is oesophagus.
  { organ: 'oesophagus', pattern: / o?esophag/u },
  // Oral cavity, lips, tongue, buccal mucosa, pharynx (naso-, oro-, hypo-), larynx, glottis, pharyngeal constrictors (dysphagia).
  { organ: 'oral/pharyngeal mucosa', pattern: / (oral|mouth|mucosa|mucosal|lips?|tongue|buccal|constrict\w*)(?= )|pharyn|laryn|glott/u },
  { organ: 'lung', pattern: / lungs?(?= )/u },
  { organ: 'kidney', pattern: / kidneys?(?= )/u },
  { organ: 'inner ear', pattern: / (cochlea|cochleas|labyrinth)(?= )| inner ear | ear (inner|internal) | internal ear /u },
  { organ: 'heart', pattern: / (heart|pericardium)(?= )/u },
  { organ: 'bowel/rectum', pattern: / (rectum|rectal|anorectum|anorectal|bowel|bowels|colon|sigmoid|duodenum|jejunum|ileum|intestine|anus)(?= )| anal canal /u },
  { organ: 'bone marrow', pattern: / (marrow|ilium|sacrum|vertebra|vertebrae|vertebral)(?= )| (bone|bones) (pelvic|pelvis)(?= )| (pelvic|pelvis) (bone|bones)(?= )/u },
  { organ: 'endocrine', pattern: / (thyroid|pituitary|hypophysis|adrenal|adrenals)(?= )/u },
  { organ: 'in-field skin', pattern: / skin(?= )/u },
];

/** Lower case words separated by single spaces, padded with one space at each end. */
export function normaliseRoiName(name: string): string {
  const words = name
    .replace(/([a-z])([A-Z])/gu, '$1 $2')
    .toLowerCase()
    .replace(/([a-z])(?=[0-9])/gu, '$1 ')
    .replace(/([0-9])(?=[a-z])/gu, '$1 ')
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim();
  return ` ${words} `;
}

export function matchOrgan(roiName: string, interpretedType: string): OrganMatch {
  const type = interpretedType.trim().toUpperCase();
  const name = normaliseRoiName(roiName);
  const first = name.trim().split(' ')[0] ?? '';
  if (TARGET_TYPES.has(type)) return { kind: 'target', reason: `a target (type ${type}) is never coloured` };
  if (/^(ptv|ctv|gtv|itv)/u.test(first)) return { kind: 'target', reason: `a target (name starting "${first.slice(0, 3).toUpperCase()}") is never coloured` };
  if (NON_ANATOMY_TYPES.has(type)) {
    return { kind: 'excluded', reason: type === 'EXTERNAL' ? 'the body outline (type EXTERNAL) is the whole patient, not the in-field skin' : `type ${type} is not anatomy` };
  }
  if (OUTLINE_WORDS.has(name.trim())) return { kind: 'excluded', reason: 'the body outline is the whole patient, not the in-field skin; a skin rind named "Skin" is coloured' };
  // TG-263 vessels (A_Aorta, V_Venacava) and helper structures (z_…, zPTV, opt…, ring…).
  if (/^[AV]_/u.test(roiName.trim())) return { kind: 'excluded', reason: 'a vessel (TG-263 "A_"/"V_") is not an organ of §2.3' };
  if (/^(z[_A-Z]|_)/u.test(roiName.trim()) || /^(opt|ring|dummy|avoid)$/u.test(first)) return { kind: 'excluded', reason: 'a helper structure is not coloured' };
  if (/ (cartilage|cartlg)(?= )/u.test(name)) return { kind: 'excluded', reason: 'cartilage (e.g. the thyroid cartilage) is not an organ of §2.3' };
  for (const rule of RULES) {
    const found = rule.pattern.exec(name);
    if (found !== null) return { kind: 'organ', organ: rule.organ, matchedBy: `name containing "${found[0].trim()}"` };
  }
  return { kind: 'unmatched', reason: `"${roiName}" is none of the §2.3 organs` };
}
