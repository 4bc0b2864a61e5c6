import { useState } from 'react';
import type { Administration } from '../../src/therapy/administration.js';
import { dateTimeOf, timeHOf } from '../../src/therapy/calendar.js';
import { Disclosure, NumberField } from './fields.js';
import type { AdministrationRow } from './therapyEdits.js';
import { editAdministration, enterAdministration, removeEntered, replaceEntered, resetAdministration, restoreGenerated } from './therapyStore.js';
import type { TimelineModel } from './timelineModel.js';

/**
 * The systemic administrations (§4.8 per administration): each generated one can be moved, given
 * another dose or omitted (and reset), and administrations can be entered by hand for an agent of
 * an added regimen. Times are clinic wall-clock, as the calendar's.
 */
export function AdministrationEditor({ model, replacedAgentIds }: { readonly model: TimelineModel; readonly replacedAgentIds: readonly string[] }): React.JSX.Element {
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const toH = (dateTime: string): number | undefined => {
    try {
      const h = timeHOf(model.startDate, dateTime, 'administration time');
      setProblem(undefined);
      return h;
    } catch (error) {
      setProblem((error as Error).message);
      return undefined;
    }
  };
  if (model.agents.length === 0) return <p className="muted" style={{ fontSize: 11 }}>No regimen added: add one above to see and edit its administrations.</p>;
  return (
    <Disclosure title={`Administrations (${model.administrations.length} used of ${model.administrationRows.length})`}>
      {replacedAgentIds.map((id) => (
        <p key={id} style={{ margin: '2px 0' }}>{id}: administrations from the imported schedule replace the generated ones <button type="button" onClick={() => restoreGenerated(id)}>Use the generated ones too</button></p>
      ))}
      <table>
        <thead><tr><th>Agent</th><th>Date and time</th><th>Dose</th><th>Unit</th><th>Infusion (h)</th><th>Status</th><th /></tr></thead>
        <tbody>
          {model.administrationRows.map((row) => <Row key={row.key} row={row} startDate={model.startDate} toH={toH} />)}
        </tbody>
      </table>
      {problem !== undefined && <p role="alert" style={{ color: '#e07070', margin: '2px 0' }}>{problem}</p>}
      <EntryForm model={model} toH={toH} />
    </Disclosure>
  );
}

function Row({ row, startDate, toH }: { readonly row: AdministrationRow; readonly startDate: string; readonly toH: (dateTime: string) => number | undefined }): React.JSX.Element {
  const shown = row.used ?? row.generated;
  if (shown === undefined) return <tr />;
  const omitted = row.used === undefined;
  const edited = row.source === 'generated' && row.generated !== undefined && row.used !== undefined && (row.used.startH !== row.generated.startH || row.used.dose !== row.generated.dose);
  const set = (patch: Partial<Administration>): void => {
    if (row.source === 'entered' && row.enteredIndex !== undefined && row.used !== undefined) replaceEntered(row.enteredIndex, { ...row.used, ...patch });
    else editAdministration(row.key, { ...(patch.startH === undefined ? {} : { startH: patch.startH }), ...(patch.dose === undefined ? {} : { dose: patch.dose }) });
  };
  const status = row.source === 'entered' ? 'entered' : omitted ? 'omitted' : edited ? 'edited' : 'generated';
  return (
    <tr style={{ opacity: omitted ? 0.5 : 1 }}>
      <td>{row.agentId}</td>
      <td>
        <input type="datetime-local" aria-label={`${row.key} date and time`} value={dateTimeOf(startDate, shown.startH)} disabled={omitted} onChange={(event) => {
          const h = toH(event.target.value);
          if (h !== undefined) set({ startH: h });
        }} />
      </td>
      <td><NumberField label={`${row.key} dose`} value={shown.dose} onCommit={(dose) => dose >= 0 && set({ dose })} /></td>
      <td>{shown.unit}</td>
      <td>{row.source === 'entered' ? <NumberField label={`${row.key} infusion hours`} value={shown.infusionH} onCommit={(infusionH) => infusionH >= 0 && set({ infusionH })} /> : shown.infusionH}</td>
      <td>{status}</td>
      <td>
        {row.source === 'entered' && row.enteredIndex !== undefined ? (
          <button type="button" aria-label={`remove ${row.key}`} onClick={() => removeEntered(row.enteredIndex ?? -1)}>remove</button>
        ) : (
          <>
            <label><input type="checkbox" checked={omitted} onChange={(event) => editAdministration(row.key, { omitted: event.target.checked ? true : undefined })} /> omit</label>
            {(edited || omitted) && <button type="button" aria-label={`reset ${row.key}`} onClick={() => resetAdministration(row.key)}>reset</button>}
          </>
        )}
      </td>
    </tr>
  );
}

function EntryForm({ model, toH }: { readonly model: TimelineModel; readonly toH: (dateTime: string) => number | undefined }): React.JSX.Element {
  const [agentId, setAgentId] = useState(model.agents[0]?.agentId ?? '');
  const component = model.components.find((c) => c.agentId === agentId) ?? model.components[0];
  const [dateTime, setDateTime] = useState(dateTimeOf(model.startDate, 8));
  const [dose, setDose] = useState<number | undefined>(undefined);
  const [infusionH, setInfusionH] = useState<number | undefined>(undefined);
  if (component === undefined) return <></>;
  const s = component.schedule;
  const doseShown = dose ?? s.dose ?? s.doses?.[0] ?? 0;
  const infusionShown = infusionH ?? (typeof s.infusionH === 'number' ? s.infusionH : (s.infusionH?.[0] ?? 0));
  const enter = (): void => {
    const startH = toH(dateTime);
    if (startH !== undefined) enterAdministration({ agentId: component.agentId, startH, dose: doseShown, unit: s.unit ?? '', infusionH: infusionShown });
  };
  return (
    <div style={{ display: 'flex', gap: 4, alignItems: 'center', flexWrap: 'wrap', marginTop: 4 }}>
      <span>Enter by hand:</span>
      <select aria-label="agent of the new administration" value={component.agentId} onChange={(event) => setAgentId(event.target.value)}>
        {model.components.map((c) => <option key={c.agentId} value={c.agentId}>{c.agentId}</option>)}
      </select>
      <input type="datetime-local" aria-label="date and time of the new administration" value={dateTime} onChange={(event) => setDateTime(event.target.value)} />
      <label>dose <NumberField label="dose of the new administration" value={doseShown} onCommit={(v) => v >= 0 && setDose(v)} /> {s.unit ?? ''}</label>
      <label>infusion <NumberField label="infusion hours of the new administration" value={infusionShown} onCommit={(v) => v >= 0 && setInfusionH(v)} /> h</label>
      <button type="button" onClick={enter}>Add administration</button>
    </div>
  );
}
