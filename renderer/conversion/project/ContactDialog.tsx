// A new agency contact (contacts:create), to name as a conversion role.
import { useState } from 'react';
import { api } from '../../api/client';
import { notify } from '../../shell/notices';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { DialogActions, FormErrorList } from '../../ui/Form';
import { mapFieldErrors } from '../../ui/fieldErrors';
import { useFormSubmit } from '../../ui/useFormSubmit';
import { useConversionUi } from '../store';

type ContactField = 'name' | 'role' | 'phone' | 'email';
const LABELS: Record<ContactField, string> = { name: 'Name', role: 'Title', phone: 'Phone', email: 'E-mail' };

export function ContactDialog() {
  const close = useConversionUi((s) => s.closeDialog);
  const [v, setV] = useState<Record<ContactField, string>>({ name: '', role: '', phone: '', email: '' });
  const { errors, saving, formRef, submit: send, clear: clearErrors } = useFormSubmit<ContactField>((e) => mapFieldErrors(e, LABELS));
  const input = (f: ContactField) => ({
    value: v[f],
    onChange: (e: { target: { value: string } }) => {
      setV((prev) => ({ ...prev, [f]: e.target.value }));
      clearErrors(f);
    },
  });

  return (
    <Dialog title="Add a contact" onClose={close} busy={saving} description={<p>A person of the agency, to name as Conversion Manager or Coordinator.</p>}>
      <form
        ref={formRef}
        className="form"
        noValidate
        aria-label="Add a contact"
        onSubmit={(e) => {
          e.preventDefault();
          void send(
            () => api.invoke('contacts:create', { contractorId: null, name: v.name, role: v.role, phone: v.phone, email: v.email, notes: '' }),
            (c) => {
              close();
              notify(`${c.name} added to the contacts`, 'Choose them for a role and save the roles.');
            },
          );
        }}
      >
        <FormErrorList messages={errors.form} />
        <Field label="Name" error={errors.fields.name} required>
          <input type="text" maxLength={120} autoComplete="off" {...input('name')} />
        </Field>
        <Field label="Title" error={errors.fields.role}>
          <input type="text" maxLength={120} {...input('role')} />
        </Field>
        <div className="form-grid">
          <Field label="Phone" error={errors.fields.phone}>
            <input type="tel" maxLength={40} {...input('phone')} />
          </Field>
          <Field label="E-mail" error={errors.fields.email}>
            <input type="email" maxLength={200} {...input('email')} />
          </Field>
        </div>
        <DialogActions onCancel={close} busy={saving} submitLabel="Add contact" busyLabel="Adding…" />
      </form>
    </Dialog>
  );
}
