import { referenceOf } from '../../src/therapy/references.js';
import { Disclosure, evidenceText, NumberField } from './fields.js';
import { DEFAULT_REPOPULATION, eqd2RatePerDay, REPOPULATION_CITATIONS, REPOPULATION_EVIDENCE, type StructureEdit } from './therapyEdits.js';
import { setStructureRepopulation } from './therapyStore.js';
import type { TimelineModel } from './timelineModel.js';

/**
 * Per-structure repopulation (docs/sensitisation-model.md §1.3, §4.8): off for every structure
 * unless switched on; on, it starts from Tk = 21 d and K = 0.9 Gy10/day [A]. K is entered and
 * stored in BED units, Gy_(α/β)/day, with its EQD2 rate K / (1 + 2/(α/β)) shown beside it.
 */
export function RepopulationEditor({ model, edits }: { readonly model: TimelineModel; readonly edits: Readonly<Record<string, StructureEdit>> }): React.JSX.Element {
  const on = model.structures.filter((s) => s.model.repopulation !== undefined).length;
  return (
    <Disclosure title={`Repopulation per structure (${on} on)`}>
      <table>
        <thead><tr><th>Structure</th><th>Repopulation</th><th>Tk (days)</th><th>K (Gy_(α/β)/day, BED units)</th><th>as EQD2 (Gy/day)</th></tr></thead>
        <tbody>
          {model.structures.map((s) => {
            const repop = edits[s.name]?.repopulation;
            const ab = s.alphaBetaGy;
            return (
              <tr key={s.name}>
                <td>{s.name}</td>
                <td>
                  <label><input type="checkbox" aria-label={`${s.name} repopulation`} checked={repop !== undefined} onChange={(event) => setStructureRepopulation(s.name, event.target.checked ? DEFAULT_REPOPULATION : undefined)} /> {repop === undefined ? 'off' : 'on'}</label>
                </td>
                <td>{repop === undefined ? <span className="muted">–</span> : <NumberField label={`${s.name} repopulation Tk`} value={repop.kickoffDays} widthPx={48} onCommit={(v) => v >= 0 && setStructureRepopulation(s.name, { ...repop, kickoffDays: v })} />}</td>
                <td>{repop === undefined ? <span className="muted">–</span> : <><NumberField label={`${s.name} repopulation K`} value={repop.kBedGyPerDay} step={0.05} widthPx={52} onCommit={(v) => v >= 0 && setStructureRepopulation(s.name, { ...repop, kBedGyPerDay: v })} /> Gy{ab}/day</>}</td>
                <td>{repop === undefined ? <span className="muted">–</span> : `${eqd2RatePerDay(repop.kBedGyPerDay, ab).toFixed(3)} Gy/day (α/β ${ab})`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="muted">
        RepopTerm = K · max(0, T − Tk) is taken off the BED (§1.3); apply it to tumours and acute-responding tissues only.
        Default when switched on: Tk {DEFAULT_REPOPULATION.kickoffDays} d, K {DEFAULT_REPOPULATION.kBedGyPerDay} Gy10/day {evidenceText(REPOPULATION_EVIDENCE)} (H&amp;N tumour, chosen inside the quoted range).
      </div>
      <ul style={{ margin: '2px 0', paddingLeft: 16 }}>
        {REPOPULATION_CITATIONS.map((key) => {
          const ref = referenceOf(key);
          return <li key={key}><code>{key}</code> {ref === undefined ? '(not in the reference list)' : `${ref.evidence === '' ? '' : `[${ref.evidence}] `}${ref.text}`}</li>;
        })}
      </ul>
    </Disclosure>
  );
}
