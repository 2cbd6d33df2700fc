// Record or correct one site-survivability usage event (29.4.8.7): when the site's
// survivability circuit was activated, and when it went back to standby, or that it still runs
// on it. Times are typed in the agency's zone.
import { useRef, useState, type FormEvent } from 'react';
import type { UsageEvent } from '../../shared/ipc/sla';
import { api } from '../api/client';
import { notify } from '../shell/notices';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { DialogActions, FormErrorList, useFocusFirstInvalid } from '../ui/Form';
import { mapFieldErrors, noErrors, withoutFields, type FormErrors } from '../ui/fieldErrors';
import { USAGE_FIELD_LABELS, draftFromUsage, emptyUsageDraft, usageRequest, type UsageDraft, type UsageField } from './model';

interface Props {
  site: string;
  zone: string;
  /** The event being corrected; none to record a new one. */
  event: UsageEvent | null;
  onClose: () => void;
}

export function UsageDialog({ site, zone, event, onClose }: Props) {
  const [d, setD] = useState<UsageDraft>(() => (event ? draftFromUsage(event, zone) : emptyUsageDraft()));
  const [errors, setErrors] = useState<FormErrors<UsageField>>(noErrors());
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const title = event ? 'Edit usage event' : 'Record usage';

  const set = <K extends keyof UsageDraft>(key: K, value: UsageDraft[K]) => {
    setD((x) => ({ ...x, [key]: value }));
    setErrors((e) => withoutFields(e, key === 'ongoing' ? 'endAt' : (key as UsageField)));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    const converted = usageRequest(d, site, zone);
    if (!converted.ok) {
      setErrors(converted.errors);
      focusFirstInvalid();
      return;
    }
    setSaving(true);
    const r = event ? await api.invoke('usage:update', { ...converted.request, id: event.id }) : await api.invoke('usage:add', converted.request);
    setSaving(false);
    if (!r.ok) {
      setErrors(mapFieldErrors(r.error, USAGE_FIELD_LABELS));
      focusFirstInvalid();
      return;
    }
    notify(event ? 'Usage event saved' : `Usage recorded for ${site}`, r.value.endAt === null ? 'Still on survivability: its hours count until it goes back to standby.' : '');
    onClose();
  };

  const timeHint = `Agency time (${zone}).`;
  return (
    <Dialog
      title={title}
      onClose={onClose}
      busy={saving}
      size="medium"
      description={`${site}: from the activation of the survivability circuit to its return to standby (29.4.8.7). The month's hours count against the objective.`}
    >
      <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label={title}>
        <FormErrorList messages={errors.form} />
        <div className="form-grid">
          <Field label="Activated" error={errors.fields.startAt} required hint={timeHint}>
            <input type="datetime-local" value={d.startAt} autoFocus onChange={(e) => set('startAt', e.target.value)} />
          </Field>
          <Field label="Back to standby" error={errors.fields.endAt} required={!d.ongoing} hint={d.ongoing ? 'Still on survivability.' : timeHint}>
            <input type="datetime-local" value={d.ongoing ? '' : d.endAt} disabled={d.ongoing} onChange={(e) => set('endAt', e.target.value)} />
          </Field>
          <label className="checkbox span-2">
            <input type="checkbox" checked={d.ongoing} onChange={(e) => set('ongoing', e.target.checked)} />
            Still on survivability (no return to standby yet)
          </label>
          <Field label="Note" error={errors.fields.note} className="span-2" hint="What failed, the contractor's ticket, who told you.">
            <textarea rows={2} value={d.note} maxLength={2000} onChange={(e) => set('note', e.target.value)} />
          </Field>
        </div>
        {errors.fields.site ? <FormErrorList messages={[errors.fields.site]} /> : null}
        <DialogActions onCancel={onClose} busy={saving} busyLabel="Saving…" submitLabel={event ? 'Save' : 'Record usage'} />
      </form>
    </Dialog>
  );
}
