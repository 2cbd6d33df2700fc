// End a running stop clock at a time, or void one found not to be the cause (kept, with why).
import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { notify } from '../shell/notices';
import { Dialog } from '../ui/Dialog';
import { ReasonDialog } from '../ui/ReasonDialog';
import { Field } from '../ui/Field';
import { DialogActions, FormErrorText } from '../ui/Form';
import { localProblemMessage, parseLocal } from '../ui/datetime';
import { mapFieldErrors, noErrors, type FormErrors } from '../ui/fieldErrors';
import { useOrdersUi } from './store';

export function EndStopClockDialog({ stopClockId, title, zone }: { stopClockId: number; title: string; zone: string }) {
  const closeDialog = useOrdersUi((s) => s.closeDialog);
  const [endAt, setEndAt] = useState('');
  const [errors, setErrors] = useState<FormErrors<'endAt'>>(noErrors());
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const p = parseLocal(endAt, zone);
    if (!p.ok) return setErrors({ fields: { endAt: localProblemMessage('End', p.problem, zone) }, form: [] });
    setBusy(true);
    const result = await api.invoke('stopClocks:end', { id: stopClockId, endAt: p.iso });
    setBusy(false);
    if (!result.ok) return setErrors(mapFieldErrors(result.error, { endAt: 'End' }));
    closeDialog();
    notify(`${title} ended`);
  };

  return (
    <Dialog title={`End ${title}`} onClose={closeDialog} size="small" busy={busy}>
      <form className="form" onSubmit={submit} noValidate aria-label={`End ${title}`}>
        <FormErrorText messages={errors.form} />
        <Field label="End" error={errors.fields.endAt} required hint={`When the delay ended, agency time (${zone}).`}>
          <input type="datetime-local" value={endAt} autoFocus onChange={(e) => setEndAt(e.target.value)} />
        </Field>
        <DialogActions onCancel={closeDialog} busy={busy} busyLabel="Saving…" submitLabel="End stop clock" />
      </form>
    </Dialog>
  );
}

export function VoidStopClockDialog({ stopClockId, title }: { stopClockId: number; title: string }) {
  const closeDialog = useOrdersUi((s) => s.closeDialog);
  return (
    <ReasonDialog
      title={`Void ${title}?`}
      description={<p>A voided stop clock stays on record with who voided it and why, and stops counting.</p>}
      send={(reason, who) => api.invoke('stopClocks:void', { id: stopClockId, reason, who })}
      onDone={() => notify(`${title} voided`)}
      onClose={closeDialog}
      submitLabel="Void stop clock"
      whoLabel="Who"
      reasonHint="Why it was not the cause."
    />
  );
}
