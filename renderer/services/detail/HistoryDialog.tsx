// Record (or correct) one month before ATR Desk: which SLA, which month, met or missed, a note.
// history:set is an upsert on SLA + service (or site) + month, so editing keeps those three and
// changes the verdict and the note; a wrong month is deleted and recorded again.
import { useRef, useState, type FormEvent } from 'react';
import type { Service } from '../../../shared/ipc/services';
import type { RequestOf } from '../../../shared/ipc/contract';
import { api } from '../../api/client';
import { notify } from '../../shell/notices';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { DialogActions, FormErrorList, useFocusFirstInvalid } from '../../ui/Form';
import { mapFieldErrors, noErrors, withoutFields, type FormErrors } from '../../ui/fieldErrors';
import { HISTORY_FIELD_LABELS, historyRequest, type HistoryDraft, type HistoryField, type HistorySla } from './history';
import { monthLabel } from './slaMonths';

interface Props {
  service: Service;
  slas: readonly HistorySla[];
  initial: HistoryDraft;
  /** Editing a recorded month: SLA and month stay as they are. */
  editing: boolean;
  /** The month before the first one ATR Desk evaluates for this service (the input's upper bound). */
  latestMonth: string;
  onClose: () => void;
}

export function HistoryDialog({ service, slas, initial, editing, latestMonth, onClose }: Props) {
  const [d, setD] = useState(initial);
  const [errors, setErrors] = useState<FormErrors<HistoryField>>(noErrors());
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const title = editing ? `${slas.find((s) => s.id === d.sla)?.label ?? d.sla}, ${monthLabel(d.month)}` : 'Record a month before ATR Desk';

  const set = <K extends keyof HistoryDraft>(key: K, value: HistoryDraft[K]) => {
    setD((x) => ({ ...x, [key]: value }));
    setErrors((e) => withoutFields(e, key === 'verdict' ? 'met' : (key as HistoryField)));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const r = await api.invoke('history:set', historyRequest(d, service, slas) as RequestOf<'history:set'>);
    setSaving(false);
    if (!r.ok) {
      setErrors(mapFieldErrors(r.error, HISTORY_FIELD_LABELS));
      focusFirstInvalid();
      return;
    }
    notify(`${monthLabel(r.value.month)} recorded as ${r.value.met ? 'met' : 'missed'}`);
    onClose();
  };

  return (
    <Dialog
      title={title}
      onClose={onClose}
      busy={saving}
      size="medium"
      description="Months before this data file began. The engine counts consecutive misses from them, so the first months it evaluates get the right credit step."
    >
      <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label={title}>
        <FormErrorList messages={errors.form} />
        <div className="form-grid">
          <Field label="SLA" error={errors.fields.sla} required>
            <select value={d.sla} disabled={editing} autoFocus={!editing} onChange={(e) => set('sla', e.target.value)}>
              {slas.length > 1 ? <option value="">Choose an SLA…</option> : null}
              {slas.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Month" error={errors.fields.month} required hint={editing ? undefined : `Up to ${monthLabel(latestMonth)}.`}>
            <input type="month" value={d.month} max={latestMonth} readOnly={editing} onChange={(e) => set('month', e.target.value)} />
          </Field>
          <fieldset className={`field span-2 verdict-field${errors.fields.met ? ' has-error' : ''}`} aria-describedby={errors.fields.met ? 'history-met-error' : undefined}>
            <legend>
              Result<span className="required" aria-hidden="true"> *</span>
            </legend>
            <div className="segmented">
              {(['met', 'missed'] as const).map((v) => (
                <label key={v} className={`segment segment-${v}`}>
                  <input
                    type="radio"
                    name="history-verdict"
                    value={v}
                    checked={d.verdict === v}
                    autoFocus={editing && d.verdict === v}
                    aria-invalid={errors.fields.met ? true : undefined}
                    onChange={() => set('verdict', v)}
                  />
                  {v === 'met' ? 'Met the objective' : 'Missed the objective'}
                </label>
              ))}
            </div>
            {errors.fields.met ? (
              <p id="history-met-error" className="field-error">
                {errors.fields.met}
              </p>
            ) : null}
          </fieldset>
          <Field label="Note" error={errors.fields.note} className="span-2" hint="Where the verdict comes from: the contractor's report, your old tracker, a claim.">
            <textarea rows={2} value={d.note} maxLength={2000} onChange={(e) => set('note', e.target.value)} />
          </Field>
        </div>
        <DialogActions onCancel={onClose} busy={saving} busyLabel="Saving…" submitLabel={editing ? 'Save' : 'Record month'} />
      </form>
    </Dialog>
  );
}
