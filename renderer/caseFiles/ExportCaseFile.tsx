// "Export case file" on the Month screen: the chosen contractor's month as the case file
// `npm run sla -- evaluate` recomputes to these figures, saved as a download, with its SHA-256.
import { api } from '../api/client';
import { Icon } from '../ui/Icon';
import { downloadText } from './model';
import { useCaseFilesUi } from './store';
import './caseFiles.css';

export function ExportCaseButton({ month, contractorId }: { month: string; contractorId: number | null }) {
  const exporting = useCaseFilesUi((s) => s.exporting);
  const start = useCaseFilesUi((s) => s.startExport);
  const finish = useCaseFilesUi((s) => s.finishExport);

  const run = async () => {
    if (contractorId === null) return;
    start();
    const r = await api.invoke('caseFiles:export', { month, contractorId });
    if (!r.ok) {
      finish([], r.error.message);
      return;
    }
    if (r.value.length === 0) {
      finish([], `This contractor has nothing on record for ${month}: no case file to export.`);
      return;
    }
    for (const f of r.value) downloadText(f.fileName, f.text);
    finish(r.value, null);
  };

  return (
    <button
      type="button"
      className="button"
      onClick={() => void run()}
      disabled={contractorId === null || exporting}
      title={contractorId === null ? 'Choose a contractor: a case file is one contractor’s month' : undefined}
    >
      <Icon name="file" /> {exporting ? 'Exporting…' : 'Export case file'}
    </button>
  );
}

/** What was exported: the file name and its SHA-256, to quote in a dispute. */
export function ExportedCases() {
  const exported = useCaseFilesUi((s) => s.exported);
  const error = useCaseFilesUi((s) => s.exportError);
  const clear = useCaseFilesUi((s) => s.clearExport);
  if (error) {
    return (
      <p className="form-error" role="alert">
        The case file was not exported: {error}
      </p>
    );
  }
  if (exported.length === 0) return null;
  return (
    <div className="case-exported" role="status">
      {exported.map((f) => (
        <p key={f.fileName}>
          Exported <span className="mono">{f.fileName}</span> ({f.contractorName}, {f.month}). SHA-256{' '}
          <code className="case-sha" data-testid="case-sha256">
            {f.sha256}
          </code>
        </p>
      ))}
      <button type="button" className="link-button" onClick={clear}>
        Dismiss
      </button>
    </div>
  );
}
