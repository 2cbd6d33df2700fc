// Where the case comes from: a picked or dropped .json file, or pasted text; and the contractor
// its services belong to (a case file names none).
import type { Contractor } from '../../shared/ipc/agency';
import { FileDropZone } from '../ui/FileDropZone';
import { pickedFileProblem } from './model';
import { useCaseFilesUi } from './store';

export function CaseSource({ contractors, onFileProblem }: { contractors: readonly Contractor[]; onFileProblem: (message: string | null) => void }) {
  const text = useCaseFilesUi((s) => s.text);
  const fileName = useCaseFilesUi((s) => s.fileName);
  const contractorId = useCaseFilesUi((s) => s.contractorId);
  const setText = useCaseFilesUi((s) => s.setText);
  const setContractor = useCaseFilesUi((s) => s.setContractor);
  const busy = useCaseFilesUi((s) => s.phase === 'checking' || s.phase === 'importing');

  const load = async (file: File) => {
    const problem = pickedFileProblem(file);
    onFileProblem(problem);
    if (problem) return;
    try {
      setText(await file.text(), file.name);
    } catch {
      onFileProblem(`${file.name} could not be read.`);
    }
  };

  return (
    <div className="case-source">
      <label className="month-control case-contractor">
        <span className="field-label">Contractor of the case&rsquo;s services</span>
        <select value={contractorId ?? ''} disabled={busy} onChange={(e) => setContractor(e.target.value === '' ? null : Number(e.target.value))}>
          <option value="">Choose…</option>
          {contractors.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <FileDropZone what="a case file" accept=".json,application/json" inputLabel="Case file" disabled={busy} onFile={(f) => void load(f)} after=", or paste its JSON below.">
        <p className="field-hint">
          The case file format of <code>npm run sla -- evaluate</code> (docs/case-format.md): services, tickets with their stop clocks and
          notices, orders, site survivability usage and SLA history. Nothing is saved until you confirm the import.
        </p>
      </FileDropZone>
      <label className="case-paste">
        <span className="field-label">Case file JSON{fileName ? <span className="mono"> — {fileName}</span> : null}</span>
        <textarea
          value={text}
          rows={6}
          spellCheck={false}
          disabled={busy}
          placeholder='{ "month": "2026-10", "services": [ … ] }'
          onChange={(e) => setText(e.target.value, null)}
        />
      </label>
    </div>
  );
}
