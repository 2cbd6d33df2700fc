// One level of a ladder: who it is (role, due, who calls) and the agency's contact for it.
import { useRef, useState, type FormEvent } from 'react';
import type { LadderContact } from '../../shared/ipc/tickets';
import { api } from '../api/client';
import { notify } from '../shell/notices';
import { Field } from '../ui/Field';
import { mapFieldErrors, noErrors, type FormErrors } from '../ui/fieldErrors';
import { useFocusFirstInvalid } from '../ui/Form';
import { contactedByText, contactState, EMPTY_CONTACT, levelDueText, type ContactDraft, type LadderLevelInfo } from './model';
import { SaveState } from './SaveState';

type ContactField = keyof ContactDraft;
const LABELS: Record<ContactField, string> = { name: 'Name', phone: 'Phone', email: 'E-mail' };

interface Props {
  contractorId: number;
  ladderId: string;
  level: LadderLevelInfo;
  stored: LadderContact | undefined;
}

export function LevelContactForm({ contractorId, ladderId, level, stored }: Props) {
  const [draft, setDraft] = useState<ContactDraft>(stored ? { name: stored.name, phone: stored.phone, email: stored.email } : EMPTY_CONTACT);
  const [errors, setErrors] = useState<FormErrors<ContactField>>(noErrors());
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const state = contactState(draft, stored);

  const edit = (field: ContactField) => (value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => ({ form: e.form, fields: { ...e.fields, [field]: undefined } }));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const result = await api.invoke('ladders:setContact', { contractorId, ladderId, level: level.level, ...draft });
    setSaving(false);
    if (!result.ok) {
      setErrors(mapFieldErrors(result.error, LABELS));
      focusFirstInvalid();
      return;
    }
    setErrors(noErrors());
    notify(`Level ${level.level} contact saved`, result.value.name);
  };

  return (
    <form ref={formRef} className="level-row" onSubmit={submit} noValidate aria-label={`Level ${level.level} contact`}>
      <div className="level-meta">
        <span className="level-badge" aria-hidden="true">
          {level.level}
        </span>
        <div>
          <p className="level-role">
            <span className="visually-hidden">Level {level.level}: </span>
            {level.role}
          </p>
          <p className="level-due">{levelDueText(level)}</p>
          <p className="muted small">
            Who contacts: {contactedByText(level.contactedBy)}
            {level.fallback ? ` · Fallback: ${level.fallback}` : ''}
          </p>
        </div>
      </div>
      <div className="contact-fields">
        {errors.form.length > 0 ? (
          <p className="form-error span-3" role="alert">
            {errors.form.join(' ')}
          </p>
        ) : null}
        <Field label="Name" error={errors.fields.name} required>
          <input type="text" value={draft.name} maxLength={120} autoComplete="off" onChange={(e) => edit('name')(e.target.value)} />
        </Field>
        <Field label="Phone" error={errors.fields.phone}>
          <input type="tel" value={draft.phone} maxLength={40} autoComplete="off" onChange={(e) => edit('phone')(e.target.value)} />
        </Field>
        <Field label="E-mail" error={errors.fields.email}>
          <input type="email" value={draft.email} maxLength={200} autoComplete="off" onChange={(e) => edit('email')(e.target.value)} />
        </Field>
        <div className="contact-actions">
          <button type="submit" className="button small" disabled={saving || state === 'saved'}>
            {saving ? 'Saving…' : 'Save'}
          </button>
          <SaveState state={state} noneText="No contact yet" />
        </div>
      </div>
    </form>
  );
}
