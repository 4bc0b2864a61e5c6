import { useState } from 'react';
import { addCalendarDate, removeCalendarDate, setClock, setStartDate, useCalendarFractions, type CalendarList, type TherapyState } from './therapyStore.js';

/**
 * The RT calendar: start date (RT day 0), time of day of the fractions, and the break and missed
 * days (calendar.ts moves each fraction to the next treatment day, Mon–Fri). An imported schedule's
 * fractions replace the calendar until the user goes back to it.
 */
export function CalendarEditor({ therapy }: { readonly therapy: TherapyState }): React.JSX.Element {
  const imported = therapy.importedFractions !== undefined;
  return (
    <fieldset style={{ fontSize: 12, margin: '4px 0', border: '1px solid #333' }}>
      <legend>RT calendar</legend>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        <label>RT start <input type="date" value={therapy.startDate} onChange={(event) => setStartDate(event.target.value)} /></label>
        <label>Fractions at <input type="time" aria-label="time of day of the fractions" value={therapy.clock} disabled={imported} onChange={(event) => setClock(event.target.value)} /></label>
        <span className="muted">Mon–Fri; a break or missed day moves the fraction to the next treatment day</span>
      </div>
      {imported ? (
        <p style={{ margin: '4px 0' }}>
          {therapy.importedFractions?.length} fractions from {therapy.importedFrom} (the calendar, breaks and missed days do not apply){' '}
          <button type="button" onClick={useCalendarFractions}>Use the calendar</button>
        </p>
      ) : (
        <>
          <DateList list="breakDates" label="Break days (no treatment)" dates={therapy.breakDates} />
          <DateList list="missedDates" label="Missed fractions" dates={therapy.missedDates} />
        </>
      )}
    </fieldset>
  );
}

function DateList({ list, label, dates }: { readonly list: CalendarList; readonly label: string; readonly dates: readonly string[] }): React.JSX.Element {
  const [date, setDate] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const add = (): void => {
    const why = addCalendarDate(list, date);
    setProblem(why);
    if (why === undefined) setDate('');
  };
  return (
    <div style={{ display: 'flex', gap: 4, alignItems: 'center', flexWrap: 'wrap', marginTop: 3 }}>
      <span style={{ minWidth: 170 }}>{label}</span>
      <input type="date" aria-label={`${label}: date to add`} value={date} onChange={(event) => setDate(event.target.value)} />
      <button type="button" onClick={add} disabled={date === ''}>Add</button>
      {dates.length === 0 && <span className="muted">none</span>}
      {dates.map((d) => (
        <span key={d} className="chip">{d} <button type="button" aria-label={`remove ${d} from ${label}`} onClick={() => removeCalendarDate(list, d)}>×</button></span>
      ))}
      {problem !== undefined && <span role="alert" style={{ color: '#e07070' }}>{problem}</span>}
    </div>
  );
}
