// A CSV import: pick or drop a file, the seam parses and checks every row, the preview shows what
// would go in and what is wrong (each problem naming its column), and only a confirmed import
// writes the valid rows. Used by the services import and a conversion's old inventory.
import { useState, type ReactNode } from 'react';
import type { IpcResult } from '../../shared/ipc/contract';
import { ConfirmDialog, Dialog } from './Dialog';
import { FileDropZone } from './FileDropZone';
import { Icon } from './Icon';
import { commitProblems, fileProblem, importButtonLabel, isValidRow, previewRows, summary, validDraftsOf, type PreviewRow } from './csvImport';

export interface CsvPreview<D> {
  rows: PreviewRow<D>[];
  validCount: number;
  invalidCount: number;
  fileProblems: string[];
}

interface Props<D> {
  title: string;
  /** What the file must hold: its columns and how values are written. */
  help: ReactNode;
  /** "service" / "item", for the confirmation. */
  noun: { one: string; many: string };
  /** What is added where, for the confirmation ("will be added to this data file"). */
  destination: string;
  ask: (csv: string) => Promise<IpcResult<CsvPreview<D>>>;
  commit: (drafts: D[]) => Promise<IpcResult<{ inserted: number }>>;
  /** The preview's columns for these rows. */
  columnsOf: (rows: readonly PreviewRow<D>[]) => readonly string[];
  onClose: () => void;
  onDone: (inserted: number, fileName: string) => void;
}

export function CsvImportDialog<D>({ title, help, noun, destination, ask, commit, columnsOf, onClose, onDone }: Props<D>) {
  const [fileName, setFileName] = useState<string | null>(null);
  const [preview, setPreview] = useState<CsvPreview<D> | null>(null);
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
    const result = await ask(csv);
    setReading(false);
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    setPreview(result.value);
    setOnlyProblems(false);
  };

  const valid = preview ? validDraftsOf(preview.rows) : { drafts: [], lines: [] };
  const count = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? noun.one : noun.many}`;

  const run = async () => {
    setCommitting(true);
    const result = await commit(valid.drafts);
    setCommitting(false);
    if (!result.ok) {
      setConfirming(false);
      setCommitErrors(commitProblems(result.error, valid.lines));
      return;
    }
    onDone(result.value.inserted, fileName ?? '');
  };

  const shown = preview ? previewRows(preview.rows, onlyProblems) : { shown: [], hidden: 0 };
  const columns = preview ? columnsOf(preview.rows) : [];

  return (
    <Dialog title={title} onClose={onClose} size="large" busy={committing}>
      <div className="import">
        <FileDropZone what="a CSV file" accept=".csv,text/csv" inputLabel="CSV file" onFile={(f) => void load(f)}>
          {help}
        </FileDropZone>

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

            <ProblemList title="Problems with the file" items={preview.fileProblems} />
            <ProblemList title="Nothing was imported" items={commitErrors} />

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
          <button type="button" className="button" onClick={onClose} disabled={committing}>
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
          title={`Import ${count(valid.drafts.length)}?`}
          message={
            <p>
              {count(valid.drafts.length)} from <span className="mono">{fileName}</span> will be added to {destination}.
              {preview && preview.invalidCount > 0
                ? ` ${preview.invalidCount.toLocaleString('en-US')} ${preview.invalidCount === 1 ? 'row' : 'rows'} with problems will be skipped.`
                : ''}
            </p>
          }
          confirmLabel="Import"
          busy={committing}
          onConfirm={() => void run()}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </Dialog>
  );
}

function ProblemList({ title, items }: { title: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <div className="form-error" role="alert">
      <p>
        <strong>{title}</strong>
      </p>
      <ul>
        {items.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}
