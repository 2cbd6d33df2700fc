// What the case would create, record by record, each with its problems as the `sla` command
// prints them (the JSON pointer of the field, then what is wrong).
import type { CaseImportResult } from '../../shared/ipc/caseFiles';
import { Icon } from '../ui/Icon';
import { countsSummary, fileProblems, previewRows, ROW_KIND_LABELS } from './model';
import { useCaseFilesUi } from './store';

export function CasePreview({ preview }: { preview: CaseImportResult }) {
  const onlyProblems = useCaseFilesUi((s) => s.onlyProblems);
  const setOnlyProblems = useCaseFilesUi((s) => s.setOnlyProblems);
  const clean = preview.problems.length === 0;
  const whole = fileProblems(preview);
  const { shown, hidden } = previewRows(preview.rows, onlyProblems);
  const withProblems = preview.rows.filter((r) => r.problems.length > 0).length;

  return (
    <>
      <div className="import-summary" role="status">
        <span className={clean ? 'count count-ok' : 'count count-warn'}>
          <Icon name={clean ? 'check' : 'warning'} size={16} />{' '}
          {clean
            ? `Ready: ${countsSummary(preview.counts)} for ${preview.contractorName}${preview.month ? `, case month ${preview.month}` : ''}`
            : `${preview.problems.length.toLocaleString('en-US')} ${preview.problems.length === 1 ? 'problem' : 'problems'}: nothing will be imported until the case is corrected`}
        </span>
        {withProblems > 0 ? (
          <label className="checkbox">
            <input type="checkbox" checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)} />
            Show only records with problems
          </label>
        ) : null}
      </div>

      {whole.length > 0 ? (
        <div className="form-error" role="alert">
          <p>
            <strong>Problems with the file</strong>
          </p>
          <ul className="case-lines">
            {whole.map((p) => (
              <li key={p.line} className="mono">
                {p.line}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {preview.rows.length > 0 ? (
        <div className="preview-scroll" tabIndex={0} role="region" aria-label="Case file preview">
          <table className="data-table preview-table">
            <thead>
              <tr>
                <th scope="col">Record</th>
                <th scope="col">Problems</th>
                <th scope="col">Id</th>
                <th scope="col">What it becomes</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => {
                const ok = row.problems.length === 0;
                return (
                  <tr key={row.path} className={ok ? undefined : 'has-problems'} aria-invalid={ok ? undefined : true} data-path={row.path}>
                    <td>
                      {ROW_KIND_LABELS[row.kind]}
                      <div className="mono muted small">{row.path}</div>
                    </td>
                    <td className="problems">
                      {ok ? (
                        <span className="ok-mark">
                          <Icon name="check" size={14} /> {row.action === 'match' ? 'On file' : 'New'}
                        </span>
                      ) : (
                        <ul>
                          {row.problems.map((p) => (
                            <li key={p.line} className="mono">
                              {p.line}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td className="mono">{row.label}</td>
                    <td>{row.action === 'match' ? `already on file (${row.detail})` : row.detail}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {hidden > 0 ? <p className="table-note">…and {hidden.toLocaleString('en-US')} more records not drawn here.</p> : null}
        </div>
      ) : null}
    </>
  );
}
