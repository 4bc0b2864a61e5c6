import { useState } from 'react';
import type { ParameterSources } from './parameterSources.js';

/**
 * Small form pieces of the therapy panel. NumberField keeps the text being typed ("1.", "-") and
 * commits a finite number on Enter or blur; anything else goes back to the value shown.
 */
export function NumberField(props: { readonly value: number; readonly label: string; readonly onCommit: (value: number) => void; readonly step?: number; readonly widthPx?: number; readonly style?: React.CSSProperties }): React.JSX.Element {
  const [text, setText] = useState<string | undefined>(undefined);
  const commit = (): void => {
    if (text === undefined) return;
    const value = Number(text);
    if (text.trim() !== '' && Number.isFinite(value)) props.onCommit(value);
    setText(undefined);
  };
  return (
    <input
      type="number"
      aria-label={props.label}
      step={props.step ?? 'any'}
      value={text ?? String(props.value)}
      style={{ width: props.widthPx ?? 56, ...props.style }}
      onChange={(event) => setText(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
        if (event.key === 'Escape') setText(undefined);
      }}
    />
  );
}

/** "reset" beside an edited value; nothing when it is at its default. */
export function ResetButton(props: { readonly edited: boolean; readonly label: string; readonly onReset: () => void }): React.JSX.Element | null {
  return props.edited ? <button type="button" aria-label={`reset ${props.label}`} title="back to the library default" onClick={props.onReset}>reset</button> : null;
}

const EVIDENCE: Readonly<Record<string, string>> = { V: 'validated against a source', U: 'unverified', A: 'assumption', 'V/U': 'partly validated', '': 'no tag' };

export const evidenceText = (tag: string): string => `[${tag === '' ? '–' : tag}] ${EVIDENCE[tag] ?? tag}`;

/** The "(i) sources" of an agent's parameters: evidence tags of DMF and window, PK notes, citations with their §8 text. */
export function SourcesDetails({ sources }: { readonly sources: ParameterSources }): React.JSX.Element {
  return (
    <div style={{ fontSize: 11, padding: '2px 4px', border: '1px solid #444', background: '#181818' }}>
        <div>DMF default: {evidenceText(sources.dmfEvidence)}; window: {evidenceText(sources.windowEvidence)}{sources.altWindow === undefined ? '' : `; alternative preset "${sources.altWindow.name}" ${sources.altWindow.startH} h to ${sources.altWindow.endH} h`}</div>
        {sources.pkNotes !== '' && <div>PK: {sources.pkNotes}</div>}
        <ul style={{ margin: '2px 0', paddingLeft: 16 }}>
          {sources.citations.map((c) => (
            <li key={c.key}><code>{c.key}</code> {c.evidence === '' ? '' : `[${c.evidence}] `}{c.text ?? '(not in the reference list)'}</li>
          ))}
        </ul>
        <div className="muted">Source: docs/sensitisation-model.md §6 (defaults) and §8 (references).</div>
      </div>
  );
}

/**
 * A collapsible block, closed at first: a button with aria-expanded (not a <details>, so that the
 * panel's own <details> stays the only one in it).
 */
export function Disclosure(props: { readonly title: string; readonly label?: string; readonly inline?: boolean; readonly children: React.ReactNode }): React.JSX.Element {
  const [open, setOpen] = useState(false);
  return (
    <div style={{ fontSize: 11, margin: props.inline === true ? 0 : '4px 0', display: props.inline === true ? 'inline-block' : 'block', verticalAlign: 'top' }}>
      <button type="button" className="disclosure" aria-expanded={open} aria-label={props.label} title={props.label} onClick={() => setOpen((was) => !was)} style={{ background: 'none', border: 'none', color: 'inherit', padding: 0, cursor: 'pointer' }}>
        {props.inline === true ? props.title : `${open ? '▾' : '▸'} ${props.title}`}
      </button>
      {open && props.children}
    </div>
  );
}
