// A destructive step that needs a reason and keeps the record: retracting a line or a stop clock
// entered in error, voiding a stop clock found not to be the cause. The reason is required, and
// what is retracted or voided stays on record, struck through, with it (nothing is erased).
import { useState, type FormEvent, type ReactNode } from 'react';
import type { IpcResult } from '../../shared/ipc/contract';
import { Dialog } from './Dialog';
import { Field } from './Field';
import { DialogActions, FormErrorText } from './Form';
import { mapFieldErrors, noErrors, type FormErrors } from './fieldErrors';

interface Props {
  /** "Retract this note?" */
  title: string;
  description: ReactNode;
  /** Sends the step; its refusal is shown in the dialog. */
  send: (reason: string, who: string) => Promise<IpcResult<unknown>>;
  onDone: () => void;
  onClose: () => void;
  /** The name remembered on this computer, if any. */
  initialWho?: string;
  submitLabel?: string;
  whoLabel?: string;
  reasonHint?: string;
}

/** Retracting, the usual case: a line or a stop clock entered in error. */
const RETRACT = { submitLabel: 'Retract', whoLabel: 'Retracted by', reasonHint: 'Why it was entered in error, e.g. “recorded on the wrong ticket”. Kept with it.' };

export function ReasonDialog({ title, description, send, onDone, onClose, initialWho = '', submitLabel = RETRACT.submitLabel, whoLabel = RETRACT.whoLabel, reasonHint = RETRACT.reasonHint }: Props) {
  const [reason, setReason] = useState('');
  const [who, setWho] = useState(initialWho);
  const [errors, setErrors] = useState<FormErrors<'reason' | 'who'>>(noErrors());
  const [saving, setSaving] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const r = await send(reason, who);
    setSaving(false);
    if (!r.ok) return setErrors(mapFieldErrors(r.error, { reason: 'Reason', who: whoLabel }));
    onDone();
    onClose();
  };

  return (
    <Dialog title={title} role="alertdialog" onClose={onClose} busy={saving} size="medium" description={description}>
      <form className="form" onSubmit={submit} noValidate aria-label={title}>
        <FormErrorText messages={errors.form} />
        <Field label="Reason" error={errors.fields.reason} required hint={reasonHint}>
          <input type="text" value={reason} maxLength={2000} autoFocus onChange={(e) => setReason(e.target.value)} />
        </Field>
        <Field label={whoLabel} error={errors.fields.who}>
          <input type="text" value={who} maxLength={120} onChange={(e) => setWho(e.target.value)} />
        </Field>
        <DialogActions onCancel={onClose} busy={saving} cancelLabel="Keep it" submitLabel={submitLabel} danger />
      </form>
    </Dialog>
  );
}
