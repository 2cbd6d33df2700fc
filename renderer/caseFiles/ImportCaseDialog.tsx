// Import a case file: choose the contractor, pick or paste the case, check it (a dry run: the
// back end writes every row in a transaction it rolls back), read the preview, and only a clean
// case can be imported, once confirmed, all or nothing.
import { useState } from 'react';
import { api } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import { notify } from '../shell/notices';
import { ConfirmDialog, Dialog } from '../ui/Dialog';
import { CasePreview } from './CasePreview';
import { CaseSource } from './CaseSource';
import { countsSummary } from './model';
import { useCaseFilesUi } from './store';
import './caseFiles.css';

const NO_REQUEST = {};

export function ImportCaseDialog() {
  const contractors = useApiQuery('contractors:list', NO_REQUEST, ['contractors']);
  const ui = useCaseFilesUi();
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const importing = ui.phase === 'importing';
  const checking = ui.phase === 'checking';
  const canCheck = ui.text.trim() !== '' && ui.contractorId !== null && !checking && !importing;
  const clean = ui.preview !== null && ui.preview.problems.length === 0 && ui.phase === 'checked';

  const request = (dryRun: boolean) => ({
    text: ui.text,
    contractorId: ui.contractorId as number,
    dryRun,
    ...(ui.fileName ? { fileName: ui.fileName } : {}),
  });

  const check = async () => {
    ui.setPhase('checking');
    const r = await api.invoke('caseFiles:import', request(true));
    if (r.ok) ui.setPreview(r.value);
    else ui.setPreview(null, r.error.message);
  };

  const commit = async () => {
    ui.setPhase('importing');
    const r = await api.invoke('caseFiles:import', request(false));
    setConfirming(false);
    if (!r.ok) {
      // Something changed since the check (or the case is refused now): say so, and check again.
      const again = await api.invoke('caseFiles:import', request(true));
      ui.setPreview(again.ok ? again.value : null, `Nothing was imported: ${r.error.message}`);
      return;
    }
    const what = countsSummary(r.value.counts);
    ui.closeImport();
    notify(`Imported ${r.value.fileName}`, `${what} for ${r.value.contractorName}`);
  };

  return (
    <Dialog title="Import a case file" onClose={ui.closeImport} size="large" busy={importing}>
      <div className="import case-import" aria-busy={checking || importing}>
        <CaseSource contractors={contractors.data ?? []} onFileProblem={setFileProblem} />
        {fileProblem ? (
          <p className="form-error" role="alert">
            {fileProblem}
          </p>
        ) : null}
        {ui.error ? (
          <p className="form-error" role="alert">
            {ui.error}
          </p>
        ) : null}
        {checking ? (
          <p className="muted" aria-live="polite">
            Checking every record…
          </p>
        ) : null}
        {ui.preview && !checking ? <CasePreview preview={ui.preview} /> : null}

        <div className="dialog-actions">
          <button type="button" className="button" onClick={ui.closeImport} disabled={importing}>
            Cancel
          </button>
          <button type="button" className="button" onClick={() => void check()} disabled={!canCheck}>
            {checking ? 'Checking…' : ui.preview ? 'Check again' : 'Check case file'}
          </button>
          {clean ? (
            <button type="button" className="button primary" onClick={() => setConfirming(true)} disabled={importing}>
              Import
            </button>
          ) : null}
        </div>
      </div>

      {confirming && ui.preview ? (
        <ConfirmDialog
          title="Import this case file?"
          message={
            <p>
              {countsSummary(ui.preview.counts)} from <span className="mono">{ui.preview.fileName}</span> will be added to this data file for{' '}
              {ui.preview.contractorName}, each in the History as imported.
            </p>
          }
          confirmLabel="Import"
          busy={importing}
          onConfirm={() => void commit()}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </Dialog>
  );
}
