import { useStore } from 'zustand';
import type { CaseProblem, ReviewCase } from '../../src/case/reviewCase.js';
import { caseStore } from '../state/caseStore.js';
import type { CaseSelection } from '../state/selection.js';

/** Patients, studies and their objects (click to show one), and the problems the case index found. */
export function CaseBrowser(): React.JSX.Element | null {
  const reviewCase = useStore(caseStore, (state) => state.reviewCase);
  const selection = useStore(caseStore, (state) => state.selection);
  if (reviewCase === undefined) return null;
  const choose = (change: Partial<CaseSelection>): void => caseStore.setState((state) => ({ selection: { ...state.selection, ...change } }));
  return (
    <section className="panel case-browser">
      <h2>Case</h2>
      {reviewCase.patients.map((patient) => (
        <div key={patient.patientId} className="patient">
          <div className="patient-name">{patient.patientName ?? '(no name)'} <span className="muted">{patient.patientId}</span></div>
          {patient.studies.map((study) => (
            <ul key={study.studyInstanceUid} className="study">
              <li className="muted">{study.description ?? 'Study'} {study.date ?? ''}</li>
              {objectsOf(reviewCase, study).map((item) => (
                <li key={item.uid}>
                  <label>
                    <input type="radio" name={item.group} checked={selection[item.group] === item.uid} onChange={() => choose({ [item.group]: item.uid })} />
                    {item.label}
                  </label>
                </li>
              ))}
            </ul>
          ))}
        </div>
      ))}
      <Problems problems={reviewCase.problems} />
    </section>
  );
}

interface BrowserItem {
  readonly uid: string;
  readonly group: keyof CaseSelection;
  readonly label: string;
}

function objectsOf(reviewCase: ReviewCase, study: ReviewCase['patients'][number]['studies'][number]): BrowserItem[] {
  const items: BrowserItem[] = [];
  for (const image of reviewCase.images.filter((candidate) => study.imageSeriesUids.includes(candidate.seriesInstanceUid))) {
    items.push({ uid: image.seriesInstanceUid, group: 'imageUid', label: `${image.modality} ${image.seriesDescription ?? ''} ${image.dimensions.join(' x ')}` });
  }
  for (const set of reviewCase.structureSets.filter((candidate) => study.structureSetUids.includes(candidate.sopInstanceUid))) {
    items.push({ uid: set.sopInstanceUid, group: 'structureSetUid', label: `RTSTRUCT ${set.label ?? ''} (${set.rois.length} ROIs)` });
  }
  for (const plan of reviewCase.plans.filter((candidate) => study.planUids.includes(candidate.sopInstanceUid))) {
    items.push({ uid: plan.sopInstanceUid, group: 'planUid', label: `RTPLAN ${plan.label ?? ''}` });
  }
  for (const dose of reviewCase.doses.filter((candidate) => study.doseUids.includes(candidate.sopInstanceUid))) {
    items.push({ uid: dose.sopInstanceUid, group: 'doseUid', label: `RTDOSE ${dose.summationType}${dose.grid === undefined ? ' (DVH only)' : ` max ${dose.grid.maxValue.toFixed(2)} ${dose.doseUnits === 'GY' ? 'Gy' : '(relative)'}`}` });
  }
  return items;
}

function Problems({ problems }: { readonly problems: readonly CaseProblem[] }): React.JSX.Element {
  if (problems.length === 0) return <p className="muted">No problems found.</p>;
  return (
    <details className="problems" open={problems.some((problem) => problem.severity === 'error')}>
      <summary>{problems.length} problem{problems.length === 1 ? '' : 's'} ({problems.filter((problem) => problem.severity === 'error').length} errors)</summary>
      <ul>
        {problems.map((problem, index) => (
          <li key={index} className={`problem ${problem.severity}`}>
            <strong>{problem.severity}</strong> {problem.message}{problem.file === undefined ? '' : <span className="muted"> ({problem.file})</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}
