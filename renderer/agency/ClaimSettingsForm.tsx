// The ATR's signature block (the claim packet's cover letter) and after how many days without an
// answer a submitted claim is flagged and notified. Saved with agency:update; the profile's own
// fields are sent as they are.
import { useState, type FormEvent } from 'react';
import type { Agency } from '../../shared/ipc/agency';
import { api } from '../api/client';
import { notify } from '../shell/notices';
import { Field } from '../ui/Field';
import { FormErrorList } from '../ui/Form';
import { mapFieldErrors, noErrors, type FormErrors } from '../ui/fieldErrors';

type SettingsField = 'atrName' | 'atrTitle' | 'atrPhone' | 'atrEmail' | 'address' | 'claimReminderDays';
const LABELS: Record<SettingsField, string> = {
  atrName: 'Your name', atrTitle: 'Title', atrPhone: 'Phone', atrEmail: 'E-mail', address: 'Agency address', claimReminderDays: 'Reminder days',
};

type Draft = Record<SettingsField, string>;

const draftOf = (a: Agency): Draft => ({
  atrName: a.atrName, atrTitle: a.atrTitle, atrPhone: a.atrPhone, atrEmail: a.atrEmail, address: a.address, claimReminderDays: String(a.claimReminderDays),
});

/** A whole number as typed; anything else goes to the seam as not-a-number, refused beside the field. */
const daysOf = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

export function ClaimSettingsForm({ agency }: { agency: Agency }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(agency));
  const [errors, setErrors] = useState<FormErrors<SettingsField>>(noErrors());
  const [saving, setSaving] = useState(false);
  const saved = draftOf(agency);
  const dirty = (Object.keys(saved) as SettingsField[]).some((k) => saved[k] !== draft[k]);

  const set = (f: SettingsField) => (e: { target: { value: string } }) => {
    setDraft((d) => ({ ...d, [f]: e.target.value }));
    setErrors((prev) => ({ form: prev.form, fields: { ...prev.fields, [f]: undefined } }));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    const r = await api.invoke('agency:update', {
      name: agency.name, kind: agency.kind, timeZone: agency.timeZone,
      atrName: draft.atrName, atrTitle: draft.atrTitle, atrPhone: draft.atrPhone, atrEmail: draft.atrEmail, address: draft.address,
      claimReminderDays: daysOf(draft.claimReminderDays),
    });
    setSaving(false);
    if (!r.ok) return setErrors(mapFieldErrors(r.error, LABELS));
    setErrors(noErrors());
    notify('Claim settings saved');
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Claim letters and reminders">
      <FormErrorList messages={errors.form} />
      <div className="form-grid">
        <Field label="Your name" error={errors.fields.atrName}>
          <input type="text" value={draft.atrName} maxLength={120} autoComplete="name" onChange={set('atrName')} />
        </Field>
        <Field label="Title" error={errors.fields.atrTitle}>
          <input type="text" value={draft.atrTitle} maxLength={120} onChange={set('atrTitle')} />
        </Field>
        <Field label="Phone" error={errors.fields.atrPhone}>
          <input type="tel" value={draft.atrPhone} maxLength={40} autoComplete="tel" onChange={set('atrPhone')} />
        </Field>
        <Field label="E-mail" error={errors.fields.atrEmail}>
          <input type="email" value={draft.atrEmail} maxLength={200} autoComplete="email" onChange={set('atrEmail')} />
        </Field>
      </div>
      <Field label="Agency address" error={errors.fields.address} hint="Printed under your name on the claim packet’s cover letter.">
        <textarea rows={3} value={draft.address} maxLength={400} onChange={set('address')} />
      </Field>
      <Field label="Reminder days" error={errors.fields.claimReminderDays} hint="A submitted claim with no answer for this many days (1 to 365) is flagged for escalation, with one notice.">
        <input type="number" inputMode="numeric" min={1} max={365} step={1} value={draft.claimReminderDays} onChange={set('claimReminderDays')} />
      </Field>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={saving || !dirty}>
          {saving ? 'Saving…' : 'Save claim settings'}
        </button>
        {dirty && !saving ? (
          <button
            type="button"
            className="button subtle"
            onClick={() => {
              setDraft(draftOf(agency));
              setErrors(noErrors());
            }}
          >
            Discard changes
          </button>
        ) : null}
      </div>
    </form>
  );
}
