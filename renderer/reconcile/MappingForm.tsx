// The column mapping of a contractor's file: which of its columns holds each field (a select of
// the file's own headers, with the first value beside it), the time zone its times are written
// in and their date format (with what the format writes, to compare with the file's own). Errors
// sit next to their field; Enter previews.
import { useRef, type FormEvent } from 'react';
import { dateFormatExample } from '../../shared/ipc/reconcile';
import { timeZoneOptions } from '../agency/timeZones';
import { Field } from '../ui/Field';
import { FormErrorList, useFocusFirstInvalid } from '../ui/Form';
import { sampleValue, type FileHead } from './fileHead';
import {
  columnKey,
  COMMON_FORMATS,
  DATE_FIELDS,
  DURATION_UNIT_LABELS,
  DURATION_UNITS,
  KIND_SPECS,
  VERDICT_SLAS,
  verdictSlaLabel,
  type FileKind,
  type MappingDraft,
  type MappingErrors,
  type VerdictSla,
} from './model';
import { useReconcileUi } from './store';

interface Props {
  kind: FileKind;
  head: FileHead;
  draft: MappingDraft;
  errors: MappingErrors;
  busy: boolean;
  /** Checks the draft; true when it may be previewed. */
  onPreview: () => boolean | Promise<boolean>;
}

export function MappingForm({ kind, head, draft, errors, busy, onPreview }: Props) {
  const spec = KIND_SPECS[kind];
  const edit = useReconcileUi((s) => s.editDraft);
  const formRef = useRef<HTMLFormElement>(null);
  const focusInvalid = useFocusFirstInvalid(formRef);
  const formatListId = `${kind}-date-formats`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!(await onPreview())) focusInvalid();
  };

  const firstDate = spec.fields.filter((f) => DATE_FIELDS.has(f)).map((f) => ({ header: draft.columns[f] ?? '', value: sampleValue(head, draft.columns[f] ?? '') })).find((x) => x.value !== '');
  const example = draft.dateFormat.trim() ? dateFormatExample(draft.dateFormat, spec.withTime) : '';
  const mapped = spec.fields.filter((f) => draft.columns[f]).length;
  const unmappedErrors = Object.entries(errors).filter(([k]) => !k.startsWith('columns.') && !['timeZone', 'dateFormat', 'durationUnit', 'verdictSla'].includes(k)).map(([, m]) => m);

  return (
    <form ref={formRef} className="recon-mapping" noValidate onSubmit={(e) => void submit(e)} aria-label="Column mapping">
      <FormErrorList messages={unmappedErrors} />
      <fieldset className="recon-fieldset">
        <legend>
          Columns <span className="muted">({mapped} of {spec.fields.length} mapped; the file has {head.headers.length})</span>
        </legend>
        <div className="recon-columns">
          {spec.fields.map((f) => {
            const header = draft.columns[f] ?? '';
            const sample = sampleValue(head, header);
            return (
              <Field
                key={f}
                label={spec.labels[f] ?? f}
                required={spec.required.includes(f)}
                error={errors[columnKey(f)]}
                hint={header && !sample ? 'Empty in the first rows' : undefined}
              >
                <select value={header} disabled={busy} onChange={(e) => edit({ columns: { [f]: e.target.value } }, [columnKey(f)])}>
                  <option value="">— not in the file —</option>
                  {head.headers.map((h) => {
                    const first = sampleValue(head, h);
                    return (
                      <option key={h} value={h}>
                        {first ? `${h} — ${first.length > 24 ? `${first.slice(0, 23)}…` : first}` : h}
                      </option>
                    );
                  })}
                </select>
              </Field>
            );
          })}
        </div>
      </fieldset>
      <fieldset className="recon-fieldset">
        <legend>{spec.withTime ? 'Dates, times and figures' : 'Dates'}</legend>
        <div className="recon-options">
          <Field
            label="Date format"
            required
            error={errors.dateFormat}
            hint={
              <>
                {example ? (
                  <>
                    This format writes <span className="mono">{example}</span> for {spec.withTime ? 'Oct 6, 2026 1:05 PM' : 'Oct 6, 2026'}.{' '}
                  </>
                ) : (
                  <>Letters as luxon reads them: M month, d day, yyyy year{spec.withTime ? ', h hour (1–12) with a for AM/PM, H hour (0–23), mm minutes' : ''}. </>
                )}
                {firstDate ? (
                  <>
                    The file has <span className="mono">{firstDate.value}</span> ({firstDate.header}).
                  </>
                ) : null}
              </>
            }
          >
            <input type="text" value={draft.dateFormat} list={formatListId} disabled={busy} autoComplete="off" spellCheck={false} onChange={(e) => edit({ dateFormat: e.target.value }, ['dateFormat'])} />
          </Field>
          <datalist id={formatListId}>
            {COMMON_FORMATS[kind].map((f) => (
              <option key={f} value={f} />
            ))}
          </datalist>
          {kind === 'report' ? (
            <>
              <Field label="Time zone of the file's times" required error={errors.timeZone} hint="Their reporting tool's zone, which may not be yours.">
                <select value={draft.timeZone} disabled={busy} onChange={(e) => edit({ timeZone: e.target.value }, ['timeZone'])}>
                  {timeZoneOptions(draft.timeZone).map((z) => (
                    <option key={z} value={z}>
                      {z}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label="Their outage duration is in" error={errors.durationUnit}>
                <select value={draft.durationUnit} disabled={busy} onChange={(e) => edit({ durationUnit: e.target.value as MappingDraft['durationUnit'] }, ['durationUnit'])}>
                  {DURATION_UNITS.map((u) => (
                    <option key={u} value={u}>
                      {DURATION_UNIT_LABELS[u]}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label="Their SLA verdict is about" error={errors.verdictSla}>
                <select value={draft.verdictSla} disabled={busy} onChange={(e) => edit({ verdictSla: e.target.value as VerdictSla }, ['verdictSla'])}>
                  {VERDICT_SLAS.map((s) => (
                    <option key={s} value={s}>
                      {verdictSlaLabel(s)}
                    </option>
                  ))}
                </select>
              </Field>
            </>
          ) : null}
        </div>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Reading every row…' : 'Preview'}
        </button>
      </div>
    </form>
  );
}
