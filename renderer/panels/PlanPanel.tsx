import { useStore } from 'zustand';
import { caseStore } from '../state/caseStore.js';
import { selectedObjects } from '../state/selectedObjects.js';

const degrees = (value: number | undefined): string => (value === undefined ? '–' : `${value.toFixed(0)}°`);

/** The plan: intent, prescription, fractions and beams. */
export function PlanPanel(): React.JSX.Element {
  const plan = useStore(caseStore, (state) => selectedObjects(state).plan);
  if (plan === undefined) return <section className="panel plan"><h2>Plan</h2><p className="muted">No RTPLAN in this case.</p></section>;
  const perFraction = plan.prescriptionGy !== undefined && plan.fractionsPlanned !== undefined ? plan.prescriptionGy / plan.fractionsPlanned : undefined;
  return (
    <section className="panel plan">
      <h2>Plan <span className="muted">{plan.label ?? plan.name ?? ''}</span></h2>
      <dl>
        <dt>Intent</dt><dd>{plan.intent ?? '–'}</dd>
        <dt>Prescription</dt><dd>{plan.prescriptionGy === undefined ? '–' : `${plan.prescriptionGy} Gy`}</dd>
        <dt>Fractions</dt><dd>{plan.fractionsPlanned ?? '–'}{perFraction === undefined ? '' : ` (${perFraction.toFixed(2)} Gy each)`}</dd>
      </dl>
      <table>
        <thead><tr><th>Beam</th><th>Type</th><th>Energy</th><th>Gantry</th><th>Coll.</th><th>Couch</th><th>MU</th></tr></thead>
        <tbody>
          {plan.beams.map((beam) => (
            <tr key={beam.number}>
              <td>{beam.name}</td>
              <td>{beam.radiationType ?? ''} {beam.beamType ?? ''}</td>
              <td>{beam.nominalEnergy ?? '–'}</td>
              <td>{beam.gantryStartDeg !== beam.gantryStopDeg ? `${degrees(beam.gantryStartDeg)}→${degrees(beam.gantryStopDeg)}` : degrees(beam.gantryStartDeg)}</td>
              <td>{degrees(beam.collimatorAngleDeg)}</td>
              <td>{degrees(beam.couchAngleDeg)}</td>
              <td className="number">{beam.meterset?.toFixed(1) ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
