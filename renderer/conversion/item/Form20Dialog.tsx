// Recording the item's Form 20 (conversion:recordForm20): not started, in progress, or completed
// on a date. A Migration is ordered only once its Form 20 is completed (CALNET 3 User Instructions,
// ATR 13-06); the rules refuse a change that would contradict an order already placed.
import { useState } from 'react';
import { FORM20_STATUSES, type Form20Status } from '../../../shared/conversion/types';
import type { ConversionItem } from '../../../shared/ipc/conversion';
import { api } from '../../api/client';
import { notify } from '../../shell/notices';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { DialogActions, FormErrorList } from '../../ui/Form';
import { mapFieldErrors } from '../../ui/fieldErrors';
import { labelled, Options } from '../../ui/options';
import { useFormSubmit } from '../../ui/useFormSubmit';
import { FORM20_LABELS } from '../model';
import { useConversionUi } from '../store';

type Form20Field = 'status' | 'on' | 'note';
const LABELS: Record<Form20Field, string> = { status: 'Form 20 status', on: 'Form 20 date', note: 'Note' };

export function Form20Dialog({ item, today }: { item: ConversionItem; today: string }) {
  const close = useConversionUi((s) => s.closeDialog);
  const [status, setStatus] = useState<Form20Status>('completed');
  const [on, setOn] = useState(item.form20On ?? today);
  const [note, setNote] = useState('');
  const { errors, saving, formRef, submit: send, clear: clearErrors } = useFormSubmit<Form20Field>((e) => mapFieldErrors(e, LABELS));
  const title = `Form 20: ${item.oldCircuitId}`;

  return (
    <Dialog
      title={title}
      onClose={close}
      busy={saving}
      description={<p>{item.form20Required ? 'This item is a Migration: an order for new service, which needs a completed Form 20 before it is ordered.' : 'A Form 20 is required only for a Migration.'}</p>}
    >
      <form
        ref={formRef}
        className="form"
        noValidate
        aria-label={title}
        onSubmit={(e) => {
          e.preventDefault();
          void send(
            () => api.invoke('conversion:recordForm20', { itemId: item.id, status, on: on.trim() === '' ? null : on.trim(), note }),
            () => {
              close();
              notify(`${item.oldCircuitId}: Form 20 ${FORM20_LABELS[status].toLowerCase()}`);
            },
          );
        }}
      >
        <FormErrorList messages={errors.form} />
        <Field label="Form 20 status" error={errors.fields.status}>
          <select value={status} onChange={(e) => (setStatus(e.target.value as Form20Status), clearErrors())}>
            <Options items={labelled(FORM20_STATUSES, FORM20_LABELS)} />
          </select>
        </Field>
        <Field label="Date" error={errors.fields.on} hint="The day it was completed (required once completed).">
          <input type="date" value={on} onChange={(e) => (setOn(e.target.value), clearErrors())} />
        </Field>
        <Field label="Note" error={errors.fields.note}>
          <textarea rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
        <DialogActions onCancel={close} busy={saving} submitLabel="Record Form 20" busyLabel="Saving…" />
      </form>
    </Dialog>
  );
}
