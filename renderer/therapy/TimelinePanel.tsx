import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { caseStore } from '../state/caseStore.js';
import { selectedObjects } from '../state/selectedObjects.js';
import { MODEL_CAVEAT } from '../../src/therapy/scenario.js';
import { AboutModel } from './AboutModel.js';
import { AdministrationEditor } from './AdministrationEditor.js';
import { CalendarEditor } from './CalendarEditor.js';
import { doseModeStore } from './doseModeStore.js';
import { NumberField, ResetButton } from './fields.js';
import { ParameterEditor } from './ParameterEditor.js';
import { RegimenImport } from './RegimenImport.js';
import { RepopulationEditor } from './RepopulationEditor.js';
import { ScheduleFiles } from './ScheduleFiles.js';
import type { OarDmfView } from './therapyEdits.js';
import { addRegimen, followPlan, regimenOptions, regimenOptionsOf, removeRegimen, setOarView, setStructureAlphaBeta, therapyStore, WEEKLY_CISPLATIN_ID, type TherapyState } from './therapyStore.js';
import { agentLevel, wallClock, type TimelineModel } from './timelineModel.js';
import { useCurrentTimeline } from './useCurrentTimeline.js';
import { axisTicks, curvePoints, cursorTimeH, panView, sampleTimes, spanPx, timeAt, withTimes, xOf, zoomView, type TimeView } from './timelineLayout.js';

const W = 960;
const LEFT = 110;
const RIGHT = 10;
const PLOT_W = W - LEFT - RIGHT;
const AXIS_H = 22;
const ROW_H = 22;
const LANE_H = 40;
const COLOURS = ['#e0a040', '#5fb0e0', '#d06fd0', '#70c070', '#e07070', '#c0c060'];
const colourOf = (index: number): string => COLOURS[index % COLOURS.length] ?? '#ccc';
const gy = (value: number): string => value.toFixed(2);

/**
 * The therapy timeline (issue 6): the RT calendar and the library regimens in time, their
 * administrations and model parameters (editable, with defaults and sources), the model's totals,
 * schedule import and export, and the §4.9 disclosures.
 */
export function TimelinePanel(): React.JSX.Element {
  const { plan } = useStore(caseStore, selectedObjects);
  const therapy = useStore(therapyStore);
  const planUid = plan?.sopInstanceUid;
  useEffect(() => followPlan(planUid), [planUid]);
  const [picked, setPicked] = useState(regimenOptions[0]?.id ?? '');
  const built = useCurrentTimeline();
  return (
    <section className="panel therapy-timeline" style={{ flex: 'none', maxHeight: '60%', overflow: 'auto', margin: '0 6px 6px' }} aria-label="therapy timeline">
      <details>
      <summary><h2 style={{ display: 'inline' }}>Therapy timeline</h2> <span className="muted">educational model, not for clinical use</span></summary>
      <p role="note" style={{ fontSize: 11, border: '1px solid #7a5a20', padding: '2px 6px', margin: '4px 0' }}>{MODEL_CAVEAT}</p>
      <AboutModel />
      <CalendarEditor therapy={therapy} />
      <div style={{ display: 'flex', gap: 6, alignItems: 'center', flexWrap: 'wrap', fontSize: 12 }}>
        <span>Regimens:</span>
        <button type="button" onClick={() => addRegimen(WEEKLY_CISPLATIN_ID)} disabled={therapy.regimenIds.includes(WEEKLY_CISPLATIN_ID)}>Add weekly cisplatin</button>
        <select aria-label="regimen" value={picked} onChange={(event) => setPicked(event.target.value)}>
          {regimenOptionsOf(therapy).map((option) => <option key={option.id} value={option.id}>{option.user ? 'user: ' : ''}{option.name} ({option.id}){option.user ? ' [user regimen]' : ''}</option>)}
        </select>
        <button type="button" onClick={() => addRegimen(picked)} disabled={therapy.regimenIds.includes(picked)}>Add</button>
        {therapy.regimenIds.map((id) => (
          <span key={id} className="chip">{id} <button type="button" aria-label={`remove ${id}`} onClick={() => removeRegimen(id)}>×</button></span>
        ))}
      </div>
      <RegimenImport userRegimens={therapy.userRegimens} />
      {typeof built === 'string' ? <p className="muted">{built}</p> : <Timeline model={built} therapy={therapy} />}
      </details>
    </section>
  );
}

function Timeline({ model, therapy }: { readonly model: TimelineModel; readonly therapy: TherapyState }): React.JSX.Element {
  const span = model.spanH;
  const { throughFraction } = useStore(doseModeStore);
  const cursorH = cursorTimeH(model.fractions, throughFraction);
  const [view, setView] = useState<TimeView>(span);
  const [shownSpan, setShownSpan] = useState(span);
  if (shownSpan.startH !== span.startH || shownSpan.endH !== span.endH) {
    // A longer or shorter course: start again from the whole of it.
    setShownSpan(span);
    setView(span);
  }
  const svgRef = useRef<SVGSVGElement>(null);
  useEffect(() => {
    const svg = svgRef.current;
    if (svg === null) return undefined;
    const onWheel = (event: WheelEvent): void => {
      event.preventDefault();
      const box = svg.getBoundingClientRect();
      const x = ((event.clientX - box.left) / box.width) * W;
      setView((current) => (event.shiftKey ? panView(current, span, (event.deltaY / 500) * (current.endH - current.startH)) : zoomView(current, span, event.deltaY > 0 ? 1.25 : 0.8, timeAt(current, LEFT, PLOT_W, x))));
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => svg.removeEventListener('wheel', onWheel);
  }, [span]);
  const lanesTop = AXIS_H + ROW_H;
  const warningsTop = lanesTop + model.agents.length * LANE_H;
  const height = warningsTop + ROW_H + 4;
  const x = (t: number): number => xOf(view, LEFT, PLOT_W, t);
  const inView = (t: number): boolean => t >= view.startH && t <= view.endH;
  const ticks = axisTicks(view, PLOT_W, model.startDate);
  const samples = sampleTimes(view, 400);
  const warningTime = (fractionIndex: number | undefined, agentId: string | undefined): number | undefined =>
    fractionIndex !== undefined ? model.fractions[fractionIndex]?.timeH : model.administrations.find((a) => a.agentId === agentId)?.startH;
  const dayView = (): void => {
    const centre = Math.floor((view.startH + view.endH) / 2 / 24) * 24;
    setView(zoomView({ startH: centre, endH: centre + 24 }, span, 1));
  };
  const step = (view.endH - view.startH) / 2;
  return (
    <>
      <div style={{ display: 'flex', gap: 4, alignItems: 'center', fontSize: 11, marginTop: 4 }}>
        <button type="button" onClick={() => setView(span)}>Whole course</button>
        <button type="button" onClick={() => setView((v) => zoomView(v, span, 0.5))}>Zoom in</button>
        <button type="button" onClick={() => setView((v) => zoomView(v, span, 2))}>Zoom out</button>
        <button type="button" onClick={dayView}>One day</button>
        <button type="button" aria-label="earlier" onClick={() => setView((v) => panView(v, span, -step))}>◀</button>
        <button type="button" aria-label="later" onClick={() => setView((v) => panView(v, span, step))}>▶</button>
        <span className="muted">{wallClock(model.startDate, view.startH)} – {wallClock(model.startDate, view.endH)} · wheel zooms, shift+wheel pans</span>
      </div>
      <svg ref={svgRef} viewBox={`0 0 ${W} ${height}`} style={{ width: '100%', minWidth: 480, background: '#111', fontSize: 10 }} role="img" aria-label="therapy timeline">
        <defs><clipPath id="therapy-plot"><rect x={LEFT} y={0} width={PLOT_W} height={height} /></clipPath></defs>
        {ticks.map((tick) => (
          <g key={tick.timeH}>
            <line x1={x(tick.timeH)} x2={x(tick.timeH)} y1={AXIS_H - 4} y2={height} stroke={tick.major ? '#3a3a3a' : '#262626'} />
            <text x={x(tick.timeH) + 2} y={12} fill="#aaa">{tick.label}</text>
          </g>
        ))}
        <text x={4} y={lanesTop - 6} fill="#ddd">RT fractions</text>
        <g clipPath="url(#therapy-plot)">
          {model.fractions.filter((f) => inView(f.timeH)).map((f) => (
            <line key={f.index} x1={x(f.timeH)} x2={x(f.timeH)} y1={AXIS_H + 3} y2={lanesTop - 3} stroke="#f0f0f0" strokeWidth={2}>
              <title>{`Fraction ${f.index + 1}: ${wallClock(model.startDate, f.timeH)}, ${gy(f.doseGy)} Gy`}</title>
            </line>
          ))}
        </g>
        {model.agents.map((agent, k) => {
          const top = lanesTop + k * LANE_H;
          const colour = colourOf(k);
          const box = { left: LEFT, top: top + 4, width: PLOT_W, height: LANE_H - 10 };
          // Each administration's start, infusion end and the hour after it, so that a short peak is drawn at every zoom.
          const times = withTimes(samples, view, agent.administrations.flatMap((a) => [a.startH, a.startH + a.infusionH, a.startH + a.infusionH + 1]));
          const levels = agentLevel(agent, times);
          const max = Math.max(1, ...levels);
          return (
            <g key={agent.agentId}>
              <text x={4} y={top + LANE_H / 2} fill={colour}>{agent.agentId.length > 18 ? `${agent.agentId.slice(0, 17)}…` : agent.agentId}</text>
              <line x1={LEFT} x2={W - RIGHT} y1={top + LANE_H - 6} y2={top + LANE_H - 6} stroke="#333" />
              <g clipPath="url(#therapy-plot)">
                {model.windows.filter((w) => w.agentId === agent.agentId).map((w, i) => {
                  const px = spanPx(view, LEFT, PLOT_W, w.startH, w.endH);
                  return px === undefined ? null : (
                    <rect key={i} x={px[0]} y={top + 2} width={Math.max(1, px[1] - px[0])} height={LANE_H - 8} fill={colour} opacity={0.15}>
                      <title>{`${agent.agentId} sensitisation window: ${wallClock(model.startDate, w.startH)} – ${wallClock(model.startDate, w.endH)}`}</title>
                    </rect>
                  );
                })}
                <polyline points={curvePoints(view, box, times, levels, max)} fill="none" stroke={colour} strokeWidth={1.2} />
                {agent.administrations.filter((a) => a.startH + a.infusionH >= view.startH && a.startH <= view.endH).map((a, i) => (
                  <g key={i}>
                    {a.infusionH > 0 && <line x1={x(a.startH)} x2={x(a.startH + a.infusionH)} y1={top + LANE_H - 6} y2={top + LANE_H - 6} stroke={colour} strokeWidth={3} />}
                    <path d={`M ${x(a.startH)} ${top + LANE_H - 12} l 5 6 l -5 6 l -5 -6 z`} fill={colour}>
                      <title>{`${agent.agentId}: ${wallClock(model.startDate, a.startH)}, ${a.dose} ${a.unit}${a.infusionH > 0 ? `, over ${a.infusionH} h` : ''}`}</title>
                    </path>
                  </g>
                ))}
              </g>
            </g>
          );
        })}
        {cursorH !== undefined && inView(cursorH) && (
          <line x1={Math.round(x(cursorH))} x2={Math.round(x(cursorH))} y1={AXIS_H - 4} y2={height} stroke="#40e0d0" strokeWidth={1} strokeDasharray="4 2" aria-label="current fraction">
            <title>{`Dose shown through fraction ${throughFraction ?? ''}`}</title>
          </line>
        )}
        <text x={4} y={warningsTop + 15} fill="#e0c040">Warnings ({model.warnings.length})</text>
        <g clipPath="url(#therapy-plot)">
          {model.warnings.map((warning, i) => {
            const t = warningTime(warning.fractionIndex, warning.agentId);
            if (t === undefined || !inView(t)) return null;
            return (
              <path key={i} d={`M ${x(t)} ${warningsTop + 4} l 7 13 l -14 0 z`} fill="#e0c040">
                <title>{warning.message}</title>
              </path>
            );
          })}
        </g>
      </svg>
      {model.warnings.some((w) => warningTime(w.fractionIndex, w.agentId) === undefined) && (
        <ul style={{ fontSize: 11, margin: '2px 0' }}>{model.warnings.filter((w) => warningTime(w.fractionIndex, w.agentId) === undefined).map((w, i) => <li key={i}>{w.message}</li>)}</ul>
      )}
      {model.notes.length > 0 && <ul className="muted" style={{ fontSize: 11, margin: '2px 0' }}>{model.notes.map((note) => <li key={note}>{note}</li>)}</ul>}
      <AdministrationEditor model={model} replacedAgentIds={therapy.edits.replacedAgentIds} />
      <ParameterEditor model={model} edits={therapy.edits.agents} />
      <RepopulationEditor model={model} edits={therapy.edits.structures} />
      <ScheduleFiles model={model} />
      <Totals model={model} />
    </>
  );
}

const OAR_VIEWS: readonly { readonly view: OarDmfView; readonly label: string }[] = [
  { view: 'tumourOnly', label: 'Tumour-only view (OAR DMF 1.0)' },
  { view: 'worstCase', label: 'Normal-tissue enhancement (worst case: OARs take the tumour DMF)' },
];

/** "off" or the structures it is on for (set under "Repopulation per structure"). */
function repopulationText(model: TimelineModel): string {
  const on = model.structures.filter((s) => s.model.repopulation !== undefined).map((s) => s.name);
  return on.length === 0 ? 'off' : `on for ${on.join(', ')}`;
}

function Totals({ model }: { readonly model: TimelineModel }): React.JSX.Element {
  const viewLabel = OAR_VIEWS.find((v) => v.view === model.oarView)?.label ?? '';
  return (
    <>
      <div role="radiogroup" aria-label="OAR DMF view" style={{ display: 'flex', gap: 8, flexWrap: 'wrap', fontSize: 11, margin: '4px 0' }}>
        {OAR_VIEWS.map((v) => (
          <label key={v.view}><input type="radio" name="oar-dmf-view" checked={model.oarView === v.view} onChange={() => setOarView(v.view)} /> {v.label}</label>
        ))}
      </div>
      <table style={{ fontSize: 11 }}>
        <caption className="muted" style={{ textAlign: 'left' }}>
          Course totals at the prescription dose per fraction ({gy(model.fractions[0]?.doseGy ?? 0)} Gy × {model.fractions.length}), not the structure's DVH dose; targets with the tumour DMF; OARs: {viewLabel}; repopulation {repopulationText(model)}.
        </caption>
        <thead><tr><th>Structure</th><th>Role</th><th>α/β (Gy)</th><th>Physical (Gy)</th><th>EQD2 RT alone (Gy)</th><th>Sensitised EQD2 (Gy)</th><th>ΔEQD2 (Gy)</th></tr></thead>
        <tbody>
          {model.structures.map((s) => (
            <tr key={s.name}>
              <td>{s.name}</td><td>{s.role === 'target' ? 'target' : 'OAR'}</td>
              <td>
                <NumberField label={`${s.name} alpha/beta`} value={s.alphaBetaGy} widthPx={48} onCommit={(v) => v > 0 && setStructureAlphaBeta(s.name, v === s.defaultAlphaBetaGy ? undefined : v)} />
                <ResetButton edited={s.alphaBetaGy !== s.defaultAlphaBetaGy} label={`${s.name} alpha/beta`} onReset={() => setStructureAlphaBeta(s.name, undefined)} />
                {s.alphaBetaGy !== s.defaultAlphaBetaGy && <span className="muted"> default {s.defaultAlphaBetaGy}</span>}
              </td>
              <td>{gy(s.bed.physicalGy)}</td><td>{gy(s.bed.plainEqd2Gy)}</td><td>{gy(s.bed.eqd2Gy)}</td><td>{gy(s.bed.deltaEqd2Gy)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
