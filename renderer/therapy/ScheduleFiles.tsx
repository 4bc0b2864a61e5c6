import { useState } from 'react';
import { scheduleToCsv, scheduleToJson, type TreatmentSchedule } from '../../src/therapy/scheduleFile.js';
import { platform } from '../platform/platform.js';
import { readSchedule } from './scheduleImport.js';
import type { TimelineModel } from './timelineModel.js';

/**
 * Export of the schedule in use (fractions and administrations) as CSV or JSON, and import of a
 * CSV or JSON schedule, through scheduleFile.ts. Problems the reader finds are listed with their
 * line or position; the rest of the file is used.
 */
export function ScheduleFiles({ model }: { readonly model: TimelineModel }): React.JSX.Element {
  const [messages, setMessages] = useState<readonly string[]>([]);
  const schedule: TreatmentSchedule = { startDate: model.startDate, fractions: model.fractions, administrations: model.administrations };
  const save = async (kind: 'csv' | 'json'): Promise<void> => {
    try {
      const text = kind === 'csv' ? scheduleToCsv(schedule) : scheduleToJson(schedule);
      const result = await platform.saveFile(new TextEncoder().encode(text), `therapy-schedule-${model.startDate}.${kind}`, kind);
      setMessages([result.saved ? `Saved ${result.name}` : `Not saved: ${result.reason}`]);
    } catch (error) {
      setMessages([`Not saved: ${(error as Error).message}`]);
    }
  };
  const open = async (kind: 'csv' | 'json'): Promise<void> => {
    try {
      const file = await (kind === 'csv' ? platform.openCsvFile() : platform.openJsonFile());
      if (file === undefined) return;
      setMessages(readSchedule(file.name, file.text, kind));
    } catch (error) {
      setMessages([`Not opened: ${(error as Error).message}`]);
    }
  };
  return (
    <div style={{ display: 'flex', gap: 4, alignItems: 'center', flexWrap: 'wrap', fontSize: 11, margin: '4px 0' }}>
      <span>Schedule file:</span>
      <button type="button" onClick={() => void save('csv')}>Export CSV</button>
      <button type="button" onClick={() => void save('json')}>Export JSON</button>
      <button type="button" onClick={() => void open('csv')}>Import CSV…</button>
      <button type="button" onClick={() => void open('json')}>Import JSON…</button>
      {messages.length > 0 && (
        <ul role="status" style={{ margin: '2px 0', paddingLeft: 16, width: '100%' }}>{messages.map((m, i) => <li key={i}>{m}</li>)}</ul>
      )}
    </div>
  );
}
