// CSV import: pick or drop a file, the seam parses and checks every row, the preview shows
// what would go in and what is wrong, and only a confirmed import writes (the valid rows).
import { useState } from 'react';
import type { ResponseOf } from '../../../shared/ipc/contract';
import { api } from '../../api/client';
import { notify } from '../../shell/notices';
import { ConfirmDialog, Dialog } from '../../ui/Dialog';
import { FileDrop } from '../../ui/FileDrop';
import { Icon } from '../../ui/Icon';
import { useServicesUi } from '../store';
import { OPTIONAL_CSV_COLUMNS, REQUIRED_CSV_COLUMNS, commitProblems, fileProblem, importButtonLabel, isValidRow, previewColumns, previewRows, summary, validDrafts } from './model';

type Preview = ResponseOf<'services:importPreview'>;

function ColumnList({ columns }: { columns: readonly string[] }) {
  return columns.map((c, i) => (
    <span key={c}>
      <code>{c}</code>
      {i < columns.length - 1 ? ', ' : ''}
    </span>
  ));
}

export function ImportDialog() {
  const closeDialog = useServicesUi((s) => s.closeDialog);
  const [fileName, setFileName] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [reading, setReading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [committing, setCommitting] = useState(false);
  const [commitErrors, setCommitErrors] = useState<string[]>([]);
  const [onlyProblems, setOnlyProblems] = useState(false);

  const load = async (file: File) => {
    setFileName(file.name);
    setPreview(null);
    setCommitErrors([]);
    const tooBig = fileProblem(file);
    if (tooBig) {
      setProblem(tooBig);
      return;
    }
    setProblem(null);
    setReading(true);
    let csv: string;
    try {
      csv = await file.text();
    } catch {
      setReading(false);
      setProblem(`${file.name} could not be read.`);
      return;
    }
    const result = await api.invoke('services:importPreview', { csv });
    setReading(false);
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    setPreview(result.value);
    setOnlyProblems(false);
  };

  const valid = preview ? validDrafts(preview.rows) : { drafts: [], lines: [] };

  const commit = async () => {
    setCommitting(true);
    const result = await api.invoke('services:importCommit', { rows: valid.drafts });
    setCommitting(false);
    if (!result.ok) {
      setConfirming(false);
      setCommitErrors(commitProblems(result.error, valid.lines));
      return;
    }
    closeDialog();
    notify(`Imported ${result.value.inserted.toLocaleString('en-US')} ${result.value.inserted === 1 ? 'service' : 'services'}`, fileName ?? '');
  };

  const shown = preview ? previewRows(preview.rows, onlyProblems) : { shown: [], hidden: 0 };
  const columns = preview ? previewColumns(preview.rows) : [];

  return (
    <Dialog title="Import services from CSV" onClose={closeDialog} size="large" busy={committing}>
      <div className="import">
        <FileDrop label="CSV file" prompt="Drop a CSV file here" accept=".csv,text/csv" onFile={(file) => void load(file)}>
          <p className="field-hint" id="csv-help">
            The first row names the columns, in any order and letter case. Required:{' '}
            <ColumnList columns={REQUIRED_CSV_COLUMNS} />. Optional: <ColumnList columns={OPTIONAL_CSV_COLUMNS} />.
          </p>
          <p className="field-hint">
            <code>contractor</code> is the contractor&rsquo;s name, <code>tier</code> is basic, standard or premier, and amounts are
            in dollars.
          </p>
        </FileDrop>

        {fileName ? (
          <p className="import-file" aria-live="polite">
            <span className="mono">{fileName}</span>
            {reading ? ' — checking every row…' : null}
          </p>
        ) : null}

        {problem ? (
          <p className="form-error" role="alert">
            {problem}
          </p>
        ) : null}

        {preview ? (
          <>
            <div className="import-summary" role="status">
              <span className={preview.invalidCount > 0 ? 'count count-warn' : 'count count-ok'}>
                <Icon name={preview.invalidCount > 0 ? 'warning' : 'check'} size={16} /> {summary(preview.validCount, preview.invalidCount)}
              </span>
              {preview.invalidCount > 0 ? (
                <label className="checkbox">
                  <input type="checkbox" checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)} />
                  Show only rows with problems
                </label>
              ) : null}
            </div>

            {preview.fileProblems.length > 0 ? (
              <div className="form-error" role="alert">
                <p>
                  <strong>Problems with the file</strong>
                </p>
                <ul>
                  {preview.fileProblems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              </div>
            ) : null}

            {commitErrors.length > 0 ? (
              <div className="form-error" role="alert">
                <p>
                  <strong>Nothing was imported</strong>
                </p>
                <ul>
                  {commitErrors.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              </div>
            ) : null}

            {preview.rows.length > 0 ? (
              <div className="preview-scroll" tabIndex={0} role="region" aria-label="Import preview">
                <table className="data-table preview-table">
                  <thead>
                    <tr>
                      <th scope="col">Line</th>
                      <th scope="col">Problems</th>
                      {columns.map((c) => (
                        <th scope="col" key={c}>
                          {c}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {shown.shown.map((row) => {
                      const ok = isValidRow(row);
                      return (
                        <tr key={row.line} className={ok ? undefined : 'has-problems'} aria-invalid={ok ? undefined : true}>
                          <td className="mono">{row.line}</td>
                          <td className="problems">
                            {ok ? (
                              <span className="ok-mark">
                                <Icon name="check" size={14} /> Ready
                              </span>
                            ) : (
                              <ul>
                                {row.problems.map((p, i) => (
                                  <li key={i}>{p.message}</li>
                                ))}
                              </ul>
                            )}
                          </td>
                          {columns.map((c) => (
                            <td key={c} className={row.problems.some((p) => p.field === c) ? 'bad-cell' : undefined}>
                              {row.fields[c] ?? ''}
                            </td>
                          ))}
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
                {shown.hidden > 0 ? <p className="table-note">…and {shown.hidden.toLocaleString('en-US')} more rows not drawn here.</p> : null}
              </div>
            ) : null}
          </>
        ) : null}

        <div className="dialog-actions">
          <button type="button" className="button" onClick={closeDialog} disabled={committing}>
            Cancel
          </button>
          <button
            type="button"
            className="button primary"
            disabled={!preview || valid.drafts.length === 0 || reading || committing}
            onClick={() => setConfirming(true)}
          >
            {importButtonLabel(valid.drafts.length)}
          </button>
        </div>
      </div>

      {confirming ? (
        <ConfirmDialog
          title={`Import ${valid.drafts.length.toLocaleString('en-US')} ${valid.drafts.length === 1 ? 'service' : 'services'}?`}
          message={
            <p>
              {valid.drafts.length === 1 ? 'One service' : `${valid.drafts.length.toLocaleString('en-US')} services`} from{' '}
              <span className="mono">{fileName}</span> will be added to this data file.
              {preview && preview.invalidCount > 0
                ? ` ${preview.invalidCount.toLocaleString('en-US')} ${preview.invalidCount === 1 ? 'row' : 'rows'} with problems will be skipped.`
                : ''}
            </p>
          }
          confirmLabel="Import"
          busy={committing}
          onConfirm={() => void commit()}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </Dialog>
  );
}
