// Retire a service (disconnected on a date) or return a retired one to service. A retired
// service stays on record with its tickets, orders and credits; it only leaves the pickers
// where new tickets and orders choose their service (issue 9, item 5).
import { useRef, useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { notify } from '../shell/notices';
import { ConfirmDialog, Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { DialogActions, FormErrorText, useFocusFirstInvalid } from '../ui/Form';
import { mapFieldErrors, noErrors, type FormErrors } from '../ui/fieldErrors';
import { agencyDate, useAppNow } from '../ui/appNow';
import { useAgencyZone } from '../ui/agencyTime';
import { dateLabel } from './model';
import { useServicesUi } from './store';

interface Props {
  id: number;
  circuitId: string;
  /** The service's retirement date now: null retires it, a date returns it to service. */
  retiredOn: string | null;
}

export function RetireServiceDialog(props: Props) {
  return props.retiredOn === null ? <RetireForm {...props} /> : <ReturnToService {...props} retiredOn={props.retiredOn} />;
}

function RetireForm({ id, circuitId }: Props) {
  const closeDialog = useServicesUi((s) => s.closeDialog);
  const zone = useAgencyZone();
  const nowMs = useAppNow();
  const [date, setDate] = useState<string | null>(null);
  const value = date ?? agencyDate(nowMs, zone);
  const [errors, setErrors] = useState<FormErrors<'retiredOn'>>(noErrors());
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const r = await api.invoke('services:retire', { id, retiredOn: value });
    setSaving(false);
    if (!r.ok) {
      setErrors(mapFieldErrors(r.error, { retiredOn: 'Disconnected on' }));
      focusFirstInvalid();
      return;
    }
    closeDialog();
    notify(`Service ${circuitId} retired`, `Disconnected ${dateLabel(value)}. Its tickets and orders stay on record.`);
  };

  return (
    <Dialog
      title={`Retire ${circuitId}?`}
      role="alertdialog"
      size="small"
      onClose={closeDialog}
      busy={saving}
      description={
        <p>
          <strong className="mono">{circuitId}</strong> stays on record with its tickets, orders and credits. It leaves the lists you pick a
          service from for new tickets and orders. You can return it to service later.
        </p>
      }
    >
      <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label={`Retire ${circuitId}`}>
        <FormErrorText messages={errors.form} />
        <Field label="Disconnected on" error={errors.fields.retiredOn} required hint={`A date of the agency's calendar (${zone}).`}>
          <input
            type="date"
            value={value}
            autoFocus
            onChange={(e) => {
              setDate(e.target.value);
              setErrors(noErrors());
            }}
          />
        </Field>
        <DialogActions onCancel={closeDialog} busy={saving} busyLabel="Retiring…" submitLabel="Retire service" />
      </form>
    </Dialog>
  );
}

function ReturnToService({ id, circuitId, retiredOn }: Props & { retiredOn: string }) {
  const closeDialog = useServicesUi((s) => s.closeDialog);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    const r = await api.invoke('services:retire', { id, retiredOn: null });
    setBusy(false);
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    closeDialog();
    notify(`Service ${circuitId} back in service`);
  };

  return (
    <ConfirmDialog
      title={`Return ${circuitId} to service?`}
      message={
        <p>
          <strong className="mono">{circuitId}</strong> was retired on {dateLabel(retiredOn)}. Back in service, it can be chosen again for new
          tickets and orders.
        </p>
      }
      confirmLabel="Return to service"
      busy={busy}
      error={error}
      onConfirm={() => void confirm()}
      onCancel={closeDialog}
    />
  );
}
