import { MODEL_CAVEAT } from '../../src/therapy/scenario.js';
import { Disclosure } from './fields.js';

/** The eight disclosures §4.9 of docs/sensitisation-model.md requires beside the banner. */
export const MODEL_DISCLOSURES: readonly string[] = [
  'DMF values come mostly from cell lines or animal tumours; human tumours and normal tissues may respond very differently; some combinations are sub-additive.',
  'Windows are assumptions; plasma half-life is not the same as the duration of the biological effect.',
  'Normal-tissue enhancement is often larger than tumour enhancement (e.g. gemcitabine); the tumour-only view overstates the therapeutic gain.',
  'The model ignores spatial cooperation, drug effects on distant disease, tumour heterogeneity, hypoxia dynamics, dose-intensity and cumulative-dose effects (e.g. cumulative cisplatin), and patient factors (renal function, MGMT, HPV, PD-L1 …).',
  'Immune-checkpoint (ICI) and androgen-deprivation (ADT) overlays show timing only; they do not change BED.',
  'The LQ model is extrapolated for fractions above 6 Gy.',
  'The model is not calibrated: it can rank cetuximab above cisplatin although trials showed cisplatin superior for HPV-positive oropharynx (Gillison2019_RTOG1016 [U], Mehanna2019_DeESCALaTE [U]).',
  'Every default tagged [A] (assumption) or [U] (unverified) carries that tag here: see “(i) sources” beside the parameters of each agent; [V] means checked against its source.',
];

export function AboutModel(): React.JSX.Element {
  return (
    <Disclosure title="About this model">
      <p style={{ margin: '2px 0' }}>{MODEL_CAVEAT}</p>
      <ol style={{ margin: '2px 0', paddingLeft: 18 }}>{MODEL_DISCLOSURES.map((text) => <li key={text}>{text}</li>)}</ol>
      <p className="muted" style={{ margin: '2px 0' }}>Model: docs/sensitisation-model.md §4 (LQ option A, product rule for several agents, repopulation off unless switched on per structure, §1.3); defaults §6, references §8.</p>
    </Disclosure>
  );
}
