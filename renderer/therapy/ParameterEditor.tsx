import { useState } from 'react';
import type { PkModel, RegimenComponent } from '../../src/therapy/regimen.js';
import type { AgentCourse } from '../../src/therapy/sensitisation.js';
import { Disclosure, NumberField, ResetButton, SourcesDetails } from './fields.js';
import { parameterSources } from './parameterSources.js';
import { dmfStatus, type AgentEdit } from '../../src/therapy/agentEdit.js';
import { editAgent, resetAgent } from './therapyStore.js';
import type { TimelineModel } from './timelineModel.js';

/** DMF < 1 (sub-additive or protective, §4.10) is drawn in this colour; outside the validated range in red. */
export const PROTECTIVE_DMF_COLOUR = '#6fa8ff';
const OUTSIDE_COLOUR = '#e07070';

/**
 * The per-agent model parameters of §4.8: tumour DMF (validated against the regimen's min..max;
 * outside it only with a confirmation), the sensitisation window, window or concentration mode and
 * the half-life(s), each with its default, a reset and the “(i) sources” of its evidence and citations.
 */
export function ParameterEditor({ model, edits }: { readonly model: TimelineModel; readonly edits: Readonly<Record<string, AgentEdit>> }): React.JSX.Element | null {
  if (model.agents.length === 0) return null;
  return (
    <Disclosure title={`Model parameters per agent (${Object.keys(edits).length} edited)`}>
      <table>
        <thead><tr><th>Agent</th><th>Tumour DMF</th><th>Window (h)</th><th>Mode</th><th>Half-life (h)</th><th /></tr></thead>
        <tbody>
          {model.agents.map((agent, k) => {
            const component = model.components[k];
            return component === undefined ? null : <AgentRow key={agent.agentId} agent={agent} component={component} edit={edits[agent.agentId]} />;
          })}
        </tbody>
      </table>
    </Disclosure>
  );
}

function AgentRow({ agent, component, edit }: { readonly agent: AgentCourse; readonly component: RegimenComponent; readonly edit: AgentEdit | undefined }): React.JSX.Element {
  const id = agent.agentId;
  const range = component.dmf;
  const dmfShown = edit?.dmf ?? range.default;
  const status = dmfStatus(dmfShown, range, edit?.dmfConfirmed === true);
  const outside = status === 'outsideConfirmed' || status === 'outsideUnconfirmed';
  const colour = status === 'outsideUnconfirmed' || status === 'invalid' ? OUTSIDE_COLOUR : dmfShown < 1 ? PROTECTIVE_DMF_COLOUR : undefined;
  const sources = parameterSources(id);
  const w = component.windowH;
  const [showSources, setShowSources] = useState(false);
  return (
    <>
    <tr>
      <td title={component.drug}>{id}{component.effectModel !== 'dmf' && <div className="muted">{component.effectModel === 'immuneOverlay' ? 'overlay: timing only' : 'hormonal state bar'}</div>}</td>
      <td>
        <NumberField label={`${id} DMF`} value={dmfShown} step={0.05} style={colour === undefined ? {} : { color: colour, borderColor: colour }} onCommit={(dmf) => editAgent(id, { dmf: dmf === range.default ? undefined : dmf })} />
        <ResetButton edited={edit?.dmf !== undefined} label={`${id} DMF`} onReset={() => editAgent(id, { dmf: undefined, dmfConfirmed: undefined })} />
        <div className="muted">default {range.default}, validated {range.min}–{range.max} [{sources.dmfEvidence || '–'}]; used {agent.dmf}</div>
        {outside && (
          <label style={{ color: status === 'outsideUnconfirmed' ? OUTSIDE_COLOUR : undefined }}>
            <input type="checkbox" checked={edit?.dmfConfirmed === true} onChange={(event) => editAgent(id, { dmfConfirmed: event.target.checked ? true : undefined })} /> use it outside the validated range{component.effectModel === 'immuneOverlay' ? ' (experimental DMF on an immune overlay: no evidence supports it)' : ''}
          </label>
        )}
        {dmfShown < 1 && <div style={{ color: PROTECTIVE_DMF_COLOUR }}>DMF below 1: sub-additive or protective</div>}
      </td>
      <td>
        {w === undefined ? <span className="muted">none</span> : (
          <>
            <NumberField label={`${id} window start`} value={edit?.windowStartH ?? w.startH} widthPx={48} onCommit={(h) => editAgent(id, { windowStartH: h === w.startH ? undefined : h })} />
            {' to '}
            <NumberField label={`${id} window end`} value={edit?.windowEndH ?? w.endH} widthPx={48} onCommit={(h) => editAgent(id, { windowEndH: h === w.endH ? undefined : h })} />
            <ResetButton edited={edit?.windowStartH !== undefined || edit?.windowEndH !== undefined} label={`${id} window`} onReset={() => editAgent(id, { windowStartH: undefined, windowEndH: undefined })} />
            <div className="muted">default {w.startH} to {w.endH} h from {w.relativeTo === 'infusionEnd' ? 'infusion end' : 'administration start'} [{sources.windowEvidence || '–'}]</div>
          </>
        )}
      </td>
      <td>
        <select aria-label={`${id} mode`} value={edit?.mode ?? 'window'} onChange={(event) => editAgent(id, { mode: event.target.value === 'concentration' ? 'concentration' : undefined })}>
          <option value="window">window (default)</option>
          <option value="concentration">concentration</option>
        </select>
      </td>
      <td><HalfLives id={id} pk={component.pk} edit={edit} /></td>
      <td>
        <button type="button" aria-expanded={showSources} aria-label={`${id}: defaults, evidence and citations`} title="defaults, evidence and citations" onClick={() => setShowSources((was) => !was)}>(i) sources</button>{' '}
        <ResetButton edited={edit !== undefined} label={`all of ${id}`} onReset={() => resetAgent(id)} />
      </td>
    </tr>
    {showSources && <tr><td colSpan={6}><SourcesDetails sources={sources} /></td></tr>}
    </>
  );
}

function HalfLives({ id, pk, edit }: { readonly id: string; readonly pk: PkModel; readonly edit: AgentEdit | undefined }): React.JSX.Element {
  if (pk.model === 'depot') return <span className="muted">depot (castration after {pk.castrationLagDays} d)</span>;
  const first = pk.model === '2c' ? pk.halfLifeAlphaH : pk.halfLifeH;
  return (
    <>
      {pk.model === '2c' && 'α '}
      <NumberField label={`${id} half-life`} value={edit?.halfLifeH ?? first} widthPx={52} onCommit={(h) => h > 0 && editAgent(id, { halfLifeH: h === first ? undefined : h })} />
      {pk.model === '2c' && (
        <>
          {' β '}
          <NumberField label={`${id} terminal half-life`} value={edit?.halfLifeBetaH ?? pk.halfLifeBetaH} widthPx={52} onCommit={(h) => h > 0 && editAgent(id, { halfLifeBetaH: h === pk.halfLifeBetaH ? undefined : h })} />
        </>
      )}
      <ResetButton edited={edit?.halfLifeH !== undefined || edit?.halfLifeBetaH !== undefined} label={`${id} half-life`} onReset={() => editAgent(id, { halfLifeH: undefined, halfLifeBetaH: undefined })} />
      <div className="muted">default {pk.model === '2c' ? `α ${pk.halfLifeAlphaH}, β ${pk.halfLifeBetaH}` : first} h ({pk.model === 'ci' ? 'continuous infusion' : pk.model === '2c' ? 'two-compartment' : 'one-compartment'}); shapes the curve and the concentration mode</div>
    </>
  );
}
