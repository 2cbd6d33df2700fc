// The center's figures (figures:*): the chosen month's report as a form (the catalog's monthly
// figures), the year's satisfaction score, and the import of the center's CSV report, previewed
// line by line with what is wrong next to it before anything is saved.
import { useRef, useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import { notify } from '../shell/notices';
import { Field } from '../ui/Field';
import { FileDropZone } from '../ui/FileDropZone';
import { FormErrorText, useFocusFirstInvalid } from '../ui/Form';
import { errorIssues, pointerSegments } from '../ui/fieldErrors';
import { monthLabel } from '../ui/slaText';
import { catalogOf, draftFromValues, figuresOfPeriod, unitShort, valuesToSend, type Contract, type FiguresDraft } from './model';

export function FiguresPanel({ contract, month }: { contract: Contract; month: string; zone: string }) {
  const year = month.slice(0, 4);
  return (
    <div className="figures-panel">
      <PeriodForm key={`${contract.contractorId}|${month}`} contract={contract} period={month} kind="month" title={`${monthLabel(month)} report`} />
      <PeriodForm key={`${contract.contractorId}|${year}`} contract={contract} period={year} kind="year" title={`${year} satisfaction survey`} />
      <CsvImport contract={contract} />
    </div>
  );
}

function PeriodForm({ contract, period, kind, title }: { contract: Contract; period: string; kind: 'month' | 'year'; title: string }) {
  const catalog = catalogOf(contract);
  const defs = figuresOfPeriod(catalog, kind);
  const k = { contractorId: contract.contractorId, catalogId: contract.catalogId };
  const recorded = useApiQuery('figures:list', { ...k, from: kind === 'month' ? period : `${period}-01`, to: kind === 'month' ? period : `${period}-12` }, ['contract_figures']);
  const current = recorded.data?.find((p) => p.period === period);
  const [draft, setDraft] = useState<FiguresDraft | null>(null);
  const [errors, setErrors] = useState<{ fields: Record<string, string>; form: string[] }>({ fields: {}, form: [] });
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const shown = draft ?? draftFromValues(defs, current?.values);
  const titleId = `figures-${kind}-title`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const r = await api.invoke('figures:set', { ...k, period, values: valuesToSend(shown) });
    setSaving(false);
    if (!r.ok) {
      const fields: Record<string, string> = {};
      const form: string[] = [];
      for (const issue of errorIssues(r.error)) {
        const [head, id] = pointerSegments(issue.path);
        if (head === 'values' && id !== undefined && fields[id] === undefined) fields[id] = issue.message;
        else form.push(issue.message);
      }
      setErrors({ fields, form });
      focusFirstInvalid();
      return;
    }
    notify(`${title} saved`);
    setDraft(null);
    setErrors({ fields: {}, form: [] });
  };

  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <p className="panel-intro small">
        {current ? `Recorded (${current.source === 'form' ? 'entered by hand' : current.source}).` : 'Nothing recorded yet for this period.'}{' '}
        {kind === 'month' ? 'From the center’s monthly report: the targets are worked out from these figures.' : 'The calendar year’s score from the center’s satisfaction survey.'}
      </p>
      <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label={title}>
        <FormErrorText messages={errors.form} />
        <div className="form-grid figures-grid">
          {defs.map((f) => (
            <Field key={f.id} label={`${f.title} (${unitShort(f.unit)})`} error={errors.fields[f.id]} hint={f.decimals > 0 ? `Up to ${f.decimals} decimal${f.decimals === 1 ? '' : 's'}.` : 'A whole number.'}>
              <input
                type="text"
                inputMode={f.decimals > 0 ? 'decimal' : 'numeric'}
                autoComplete="off"
                value={shown[f.id] ?? ''}
                onChange={(e) => {
                  setDraft({ ...shown, [f.id]: e.target.value });
                  setErrors((x) => ({ ...x, fields: { ...x.fields, [f.id]: '' } }));
                }}
              />
            </Field>
          ))}
        </div>
        <div className="button-row">
          <button type="submit" className="button primary" disabled={saving}>
            {saving ? 'Saving…' : kind === 'month' ? 'Save month’s figures' : 'Save the year’s score'}
          </button>
        </div>
      </form>
    </section>
  );
}

type Preview = Extract<Awaited<ReturnType<typeof api.invoke<'figures:importPreview'>>>, { ok: true }>['value'];

function CsvImport({ contract }: { contract: Contract }) {
  const k = { contractorId: contract.contractorId, catalogId: contract.catalogId };
  const [fileName, setFileName] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const read = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setFileName(file.name);
    const csv = await file.text();
    const r = await api.invoke('figures:importPreview', { ...k, csv });
    setBusy(false);
    if (!r.ok) {
      setPreview(null);
      setError(r.error.message);
      return;
    }
    setError(null);
    setPreview(r.value);
  };

  const commit = async () => {
    if (!preview) return;
    const rows = preview.rows.flatMap((r) => (r.values && r.period ? [{ period: r.period, values: r.values }] : []));
    setBusy(true);
    const r = await api.invoke('figures:importCommit', { ...k, rows, fileName });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    notify(`${r.value.saved} period${r.value.saved === 1 ? '' : 's'} imported`, fileName);
    setPreview(null);
  };

  return (
    <section className="panel" aria-labelledby="figures-import-title">
      <h2 id="figures-import-title">Import the center’s report (CSV)</h2>
      <p className="panel-intro small">
        A header row naming the period (a month like 2026-10, 10/2026 or Oct 2026, or a year) and the figures (calls answered, speed of answer, abandoned, resolved on first
        contact, satisfaction), one period a line. Nothing is saved until you confirm; a period already recorded is replaced.
      </p>
      <FileDropZone what="the center’s report" accept=".csv,.txt,text/csv,text/plain" inputLabel="Report file (CSV)" disabled={busy} onFile={(f) => void read(f)}>
        {fileName ? <p className="field-hint">{busy ? `Reading ${fileName}…` : fileName}</p> : null}
      </FileDropZone>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {preview ? (
        <div className="import-preview">
          {preview.fileProblems.length > 0 ? (
            <ul className="form-error" role="alert">
              {preview.fileProblems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : (
            <>
              <p role="status">
                {preview.validCount} line{preview.validCount === 1 ? '' : 's'} ready, {preview.invalidCount} with problems.
              </p>
              <table className="data-table compact">
                <caption className="visually-hidden">Lines of the file</caption>
                <thead>
                  <tr>
                    <th scope="col" className="col-num">Line</th>
                    <th scope="col">Period</th>
                    {Object.keys(preview.mapping)
                      .filter((c) => preview.mapping[c] !== 'period')
                      .map((c) => (
                        <th key={c} scope="col" className="col-num">
                          {c}
                        </th>
                      ))}
                    <th scope="col">Problems</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.rows.map((r) => (
                    <tr key={r.line} className={r.problems.length ? 'has-error' : undefined}>
                      <td className="col-num">{r.line}</td>
                      <td>
                        {r.period ?? '—'}
                        {r.replaces ? <span className="small muted"> (replaces)</span> : null}
                      </td>
                      {Object.keys(preview.mapping)
                        .filter((c) => preview.mapping[c] !== 'period')
                        .map((c) => (
                          <td key={c} className="col-num">
                            {r.fields[c]}
                          </td>
                        ))}
                      <td>{r.problems.length ? r.problems.map((p) => `${p.field ? `${p.field}: ` : ''}${p.message}`).join(' ') : 'Ready'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <div className="button-row">
                <button type="button" className="button primary" disabled={busy || preview.validCount === 0} onClick={() => void commit()}>
                  Import {preview.validCount} line{preview.validCount === 1 ? '' : 's'}
                </button>
                <button type="button" className="button" onClick={() => setPreview(null)}>
                  Cancel
                </button>
              </div>
            </>
          )}
        </div>
      ) : null}
    </section>
  );
}
