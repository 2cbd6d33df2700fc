// New or edit order. Dates are typed in the agency's time zone and sent as instants with their
// offset; the form tells what it can before asking, the seam's errors come back per field.
import { useRef, type FormEvent } from 'react';
import type { Service } from '../../shared/ipc/services';
import { SERVICE_TYPE_LABELS } from '../../shared/ipc/services';
import { api } from '../api/client';
import { notify } from '../shell/notices';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { DialogActions, FormErrorList, useFocusFirstInvalid } from '../ui/Form';
import { mapFieldErrors } from '../ui/fieldErrors';
import { ORDER_FIELD_LABELS, orderRequest, type OrderDraft } from './model';
import { useOrdersUi } from './store';

export function serviceOptionLabel(s: Service): string {
  return [s.circuitId, SERVICE_TYPE_LABELS[s.serviceType] ?? s.serviceType, s.site].filter(Boolean).join(' — ');
}

export function OrderFormDialog({ services, zone }: { services: Service[]; zone: string }) {
  const dialog = useOrdersUi((s) => s.dialog);
  const draft = useOrdersUi((s) => s.draft);
  const errors = useOrdersUi((s) => s.errors);
  const saving = useOrdersUi((s) => s.saving);
  const editDraft = useOrdersUi((s) => s.editDraft);
  const setErrors = useOrdersUi((s) => s.setErrors);
  const setSaving = useOrdersUi((s) => s.setSaving);
  const closeDialog = useOrdersUi((s) => s.closeDialog);
  const select = useOrdersUi((s) => s.select);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  if (dialog.kind !== 'form') return null;
  const editingId = dialog.editingId;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    const converted = orderRequest(draft, zone);
    if (!converted.ok) {
      setErrors(converted.errors);
      focusFirstInvalid();
      return;
    }
    setSaving(true);
    const body = converted.request;
    const result = editingId === null ? await api.invoke('orders:create', body) : await api.invoke('orders:update', { ...body, id: editingId });
    setSaving(false);
    if (!result.ok) {
      setErrors(mapFieldErrors(result.error, ORDER_FIELD_LABELS));
      focusFirstInvalid();
      return;
    }
    closeDialog();
    select(result.value.id);
    const name = result.value.reference || `#${result.value.id}`;
    notify(editingId === null ? `Order ${name} added` : `Order ${name} saved`);
  };

  const set = (key: keyof OrderDraft) => (value: string) => editDraft({ [key]: value });
  const timeHint = `Agency time (${zone}).`;

  return (
    <Dialog title={dialog.title} onClose={closeDialog} size="large" busy={saving}>
      <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label={dialog.title}>
        <FormErrorList messages={errors.form} />
        <div className="form-grid">
          <Field label="Service" error={errors.fields.serviceId} required className="span-2" hint={services.length === 0 ? <a href="#/services">Add a service first</a> : undefined}>
            <select value={draft.serviceId} onChange={(e) => set('serviceId')(e.target.value)} autoFocus>
              <option value="">Choose a service…</option>
              {services.map((s) => (
                <option key={s.id} value={s.id}>
                  {serviceOptionLabel(s)}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Order reference" error={errors.fields.reference} hint="The contractor's service request number.">
            <input type="text" value={draft.reference} maxLength={64} autoComplete="off" spellCheck={false} onChange={(e) => set('reference')(e.target.value)} />
          </Field>
          <Field label="Ordered" error={errors.fields.orderedAt} required hint={timeHint}>
            <input type="datetime-local" value={draft.orderedAt} onChange={(e) => set('orderedAt')(e.target.value)} />
          </Field>
          <Field label="Negotiated due date" error={errors.fields.dueDate} hint="Only if one was agreed; else the order date plus the committed interval. On time when completed that day.">
            <input type="date" value={draft.dueDate} onChange={(e) => set('dueDate')(e.target.value)} />
          </Field>
          <Field label="Completed" error={errors.fields.completedAt} hint="Blank while the order is open.">
            <input type="datetime-local" value={draft.completedAt} onChange={(e) => set('completedAt')(e.target.value)} />
          </Field>
          <Field label="Description" error={errors.fields.description} className="span-2">
            <textarea value={draft.description} maxLength={2000} rows={3} onChange={(e) => set('description')(e.target.value)} />
          </Field>
        </div>
        <DialogActions onCancel={closeDialog} busy={saving} busyLabel="Saving…" submitLabel={editingId === null ? 'Add order' : 'Save changes'} />
      </form>
    </Dialog>
  );
}
