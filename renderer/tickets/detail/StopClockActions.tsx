// End a running stop clock; void one found not to be the cause (a reason is required, and the
// interval stays on record).
import { useState, type FormEvent } from 'react';
import type { StopClock } from '../../../shared/ipc/tickets';
import { api } from '../../api/client';
import { notify } from '../../shell/notices';
import { Dialog } from '../../ui/Dialog';
import { ReasonDialog } from '../../ui/ReasonDialog';
import { Field } from '../../ui/Field';
import { DialogActions, FormErrorText } from '../../ui/Form';
import { mapFieldErrors, noErrors, type FormErrors } from '../../ui/fieldErrors';
import { formatWhen, inputToIso, nowInput } from '../dates';
import { useRecorder } from '../../shell/recorder';

interface Props {
  clock: StopClock;
  zone: string;
  onClose: () => void;
}

export function EndStopClockDialog({ clock, zone, onClose }: Props) {
  const [endAt, setEndAt] = useState(() => nowInput(Date.now(), zone));
  const [errors, setErrors] = useState<FormErrors<'endAt'>>(noErrors());
  const [saving, setSaving] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const r = await api.invoke('stopClocks:end', { id: clock.id, endAt: inputToIso(endAt, zone) ?? '' });
    setSaving(false);
    if (!r.ok) return setErrors(mapFieldErrors(r.error, { endAt: 'End' }));
    notify(`${clock.title} stop clock ended`, 'The countdowns run again.');
    onClose();
  };

  return (
    <Dialog title={`End the ${clock.title} stop clock`} onClose={onClose} busy={saving} size="small" description={`Started ${formatWhen(clock.startAt, zone)}.`}>
      <form className="form" onSubmit={submit} noValidate aria-label="End the stop clock">
        <FormErrorText messages={errors.form} />
        <Field label="End" error={errors.fields.endAt} required hint={`Agency time (${zone}).`}>
          <input type="datetime-local" value={endAt} autoFocus onChange={(e) => setEndAt(e.target.value)} />
        </Field>
        <DialogActions onCancel={onClose} busy={saving} submitLabel="End stop clock" />
      </form>
    </Dialog>
  );
}

export function VoidStopClockDialog({ clock, zone, onClose }: Props) {
  const storedWho = useRecorder((s) => s.who);
  const span = `${formatWhen(clock.startAt, zone)} → ${clock.endAt ? formatWhen(clock.endAt, zone) : 'running'}`;
  return (
    <ReasonDialog
      title={`Void the ${clock.title} stop clock?`}
      description={`${span}. Void it only when ${clock.title.toLowerCase()} turns out not to be the cause: the interval stops counting, and stays on record, struck through, with your reason.`}
      send={(reason, who) => api.invoke('stopClocks:void', { id: clock.id, reason, who })}
      onDone={() => notify(`${clock.title} stop clock voided`, 'It stays on record and no longer counts.')}
      onClose={onClose}
      initialWho={storedWho}
      submitLabel="Void stop clock"
      whoLabel="Voided by"
      reasonHint="Why it was not the cause, e.g. the contractor found the fault in its own office."
    />
  );
}
