// Record a stop clock on an order. The picker offers only the conditions the shared rule lets
// stop an order's clock (conditionsFor, shared/tickets/stopClockRules.ts); the back end checks
// the same rule, and its reasons are shown next to the field they name.
import { useRef, useState, type FormEvent } from 'react';
import { conditionsFor } from '../../shared/tickets/stopClockRules';
import { api } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import { notify } from '../shell/notices';
import { Field } from '../ui/Field';
import { mapFieldErrors, noErrors, type FormErrors } from '../ui/fieldErrors';
import { useFocusFirstInvalid } from '../ui/Form';
import { STOP_CLOCK_FIELD_LABELS, stopClockRequest, type StopClockDraft, type StopClockField } from './model';

// No code until one is picked: the first condition offered stands in (see `code` below).
const EMPTY: StopClockDraft = { code: '', startAt: '', endAt: '', note: '' };

export function StopClockForm({ orderId, zone }: { orderId: number; zone: string }) {
  const conditions = useApiQuery('stopClocks:conditions', {}, []);
  const [draft, setDraft] = useState<StopClockDraft>(EMPTY);
  const [errors, setErrors] = useState<FormErrors<StopClockField>>(noErrors());
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const offered = conditionsFor(conditions.data?.conditions ?? [], 'order');
  const code = draft.code || (offered[0]?.code ?? '');

  const edit = (field: StopClockField) => (value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => ({ form: e.form, fields: { ...e.fields, [field]: undefined } }));
  };

  const fail = (next: FormErrors<StopClockField>) => {
    setErrors(next);
    focusFirstInvalid();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    const converted = stopClockRequest(orderId, { ...draft, code }, zone);
    if (!converted.ok) return fail(converted.errors);
    setSaving(true);
    const result = await api.invoke('stopClocks:start', converted.request);
    setSaving(false);
    if (!result.ok) return fail(mapFieldErrors(result.error, STOP_CLOCK_FIELD_LABELS));
    setDraft(EMPTY);
    setErrors(noErrors());
    notify(result.value.endAt ? `${result.value.title} recorded` : `${result.value.title} started`);
  };

  // Until the conditions are known the form could only send an empty condition: wait for them.
  if (conditions.data === undefined) {
    return <p className="muted" aria-live="polite">{conditions.error ? conditions.error.message : 'Loading stop clock conditions…'}</p>;
  }

  return (
    <form ref={formRef} className="form stop-clock-form" onSubmit={submit} noValidate aria-label="Record a stop clock">
      <h4>Record a stop clock</h4>
      {errors.form.length > 0 ? (
        <p className="form-error" role="alert">
          {errors.form.join(' ')}
        </p>
      ) : null}
      <div className="stop-clock-grid">
        <Field
          label="Condition"
          error={errors.fields.code}
          required
          hint={offered.length === 1 ? 'The only condition that stops an order\u2019s provisioning clock (29.4.7).' : undefined}
        >
          <select value={code} onChange={(e) => edit('code')(e.target.value)}>
            {offered.map((c) => (
              <option key={c.code} value={c.code} title={c.definition}>
                {c.title}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Start" error={errors.fields.startAt} required hint={`Agency time (${zone}).`}>
          <input type="datetime-local" value={draft.startAt} onChange={(e) => edit('startAt')(e.target.value)} />
        </Field>
        <Field label="End" error={errors.fields.endAt} hint="Blank while the delay lasts.">
          <input type="datetime-local" value={draft.endAt} onChange={(e) => edit('endAt')(e.target.value)} />
        </Field>
        <Field label="Note" error={errors.fields.note}>
          <input type="text" value={draft.note} maxLength={4000} placeholder="What held the install up" onChange={(e) => edit('note')(e.target.value)} />
        </Field>
      </div>
      <div className="button-row">
        <button type="submit" className="button primary small" disabled={saving}>
          {saving ? 'Saving…' : draft.endAt ? 'Record stop clock' : 'Start stop clock'}
        </button>
      </div>
    </form>
  );
}
