// A draft's line left out with a reason (required: the contractor and the next ATR will ask why),
// or a note kept with the line.
import { useRef, useState, type FormEvent } from 'react';
import type { ClaimLine } from '../../../shared/ipc/claims';
import { api } from '../../api/client';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { DialogActions, FormErrorText, useFocusFirstInvalid } from '../../ui/Form';
import { mapFieldErrors, noErrors, type FormErrors } from '../../ui/fieldErrors';
import { formatAmount } from '../../ui/slaText';
import { lineSubject } from '../model';
import { useClaimsUi } from '../store';

type LineField = 'excludedReason' | 'note';
const LABELS: Record<LineField, string> = { excludedReason: 'Reason', note: 'Note' };

function useLineSave(line: ClaimLine) {
  const closeDialog = useClaimsUi((s) => s.closeDialog);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const [errors, setErrors] = useState<FormErrors<LineField>>(noErrors());
  const [saving, setSaving] = useState(false);
  const save = async (patch: { excluded: boolean; excludedReason: string; note: string }) => {
    if (saving) return;
    setSaving(true);
    const r = await api.invoke('claims:setLine', { id: line.id, ...patch });
    setSaving(false);
    if (!r.ok) {
      setErrors(mapFieldErrors(r.error, LABELS));
      focusFirstInvalid();
      return;
    }
    closeDialog();
  };
  return { closeDialog, formRef, errors, setErrors, saving, save };
}

function lineName(line: ClaimLine): string {
  return `${line.result.title}, ${lineSubject(line).reference}`;
}

export function ExcludeLineDialog({ line }: { line: ClaimLine }) {
  const { closeDialog, formRef, errors, setErrors, saving, save } = useLineSave(line);
  const [reason, setReason] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save({ excluded: true, excludedReason: reason, note: line.note });
  };
  return (
    <Dialog
      title="Exclude this line?"
      onClose={closeDialog}
      busy={saving}
      description={
        <p>
          {lineName(line)} ({formatAmount(line.result.credit.amount)}) stays on the claim, struck through, and leaves its total. You can include it
          again until the claim is submitted.
        </p>
      }
    >
      <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label="Exclude line">
        <FormErrorText messages={errors.form} />
        <Field label="Reason" error={errors.fields.excludedReason} required hint="Kept with the line, e.g. “already credited on the October invoice”.">
          <input
            type="text"
            value={reason}
            maxLength={2000}
            autoFocus
            onChange={(e) => {
              setReason(e.target.value);
              setErrors(noErrors());
            }}
          />
        </Field>
        <DialogActions onCancel={closeDialog} busy={saving} submitLabel="Exclude line" busyLabel="Excluding…" />
      </form>
    </Dialog>
  );
}

export function LineNoteDialog({ line }: { line: ClaimLine }) {
  const { closeDialog, formRef, errors, setErrors, saving, save } = useLineSave(line);
  const [note, setNote] = useState(line.note);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save({ excluded: line.excluded, excludedReason: line.excludedReason, note });
  };
  return (
    <Dialog title="Note on this line" onClose={closeDialog} busy={saving} description={<p>{lineName(line)}</p>}>
      <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label="Line note">
        <FormErrorText messages={errors.form} />
        <Field label="Note" error={errors.fields.note ?? errors.fields.excludedReason}>
          <textarea
            rows={4}
            value={note}
            maxLength={4000}
            autoFocus
            onChange={(e) => {
              setNote(e.target.value);
              setErrors(noErrors());
            }}
          />
        </Field>
        <DialogActions onCancel={closeDialog} busy={saving} submitLabel="Save note" busyLabel="Saving…" />
      </form>
    </Dialog>
  );
}
