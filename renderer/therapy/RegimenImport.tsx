import { useState } from 'react';
import { platform } from '../platform/platform.js';
import { importRegimens, removeUserRegimen, type UserRegimen } from './therapyStore.js';

/**
 * "Import regimens (JSON)…": a file in the regimens.json format (`{ "agents": [...] }`, as
 * docs/sensitisation-model.md §6) read through the platform, checked field by field
 * (parseUserRegimens); the problems are listed by regimen id and field, the good regimens join the
 * picker as user regimens. Importing a regimen again with the same id replaces it.
 */
export function RegimenImport({ userRegimens }: { readonly userRegimens: readonly UserRegimen[] }): React.JSX.Element {
  const [messages, setMessages] = useState<readonly string[]>([]);
  const open = async (): Promise<void> => {
    try {
      const file = await platform.openJsonFile();
      if (file === undefined) return;
      setMessages(importRegimens(file.name, file.text));
    } catch (error) {
      setMessages([`Not opened: ${(error as Error).message}`]);
    }
  };
  return (
    <div style={{ display: 'flex', gap: 4, alignItems: 'center', flexWrap: 'wrap', fontSize: 11, margin: '4px 0' }}>
      <button type="button" onClick={() => void open()} title="a file in the regimens.json format: { &quot;agents&quot;: [ ... ] }">Import regimens (JSON)…</button>
      {userRegimens.length > 0 && <span>User regimens:</span>}
      {userRegimens.map(({ regimen }) => (
        <span key={regimen.id} className="chip" title={regimen.name}>{regimen.id} (user) <button type="button" aria-label={`forget user regimen ${regimen.id}`} onClick={() => removeUserRegimen(regimen.id)}>×</button></span>
      ))}
      {messages.length > 0 && (
        <ul role="status" aria-label="regimen import" style={{ margin: '2px 0', paddingLeft: 16, width: '100%' }}>{messages.map((m, i) => <li key={i}>{m}</li>)}</ul>
      )}
    </div>
  );
}
