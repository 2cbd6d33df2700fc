// New incident over open tickets. Picking a ticket already in another incident moves it.
import { useState, type FormEvent } from 'react';
import type { Incident, Ticket } from '../../shared/ipc/tickets';
import { api } from '../api/client';
import { notify } from '../shell/notices';
import { Dialog } from '../ui/Dialog';
import { formatDateTime } from '../ui/datetime';
import { DialogActions, FormErrorText } from '../ui/Form';
import { mapFieldErrors, noErrors, type FormErrors } from '../ui/fieldErrors';
import { IncidentFields, INCIDENT_FIELD_LABELS, type IncidentDraft, type IncidentField } from './IncidentFields';
import { contractorNumber, incidentName, ticketKind, ticketLabel, toggleId } from './model';
import { useIncidentsUi } from './store';

interface Props {
  tickets: Ticket[];
  incidents: Incident[];
  zone: string;
}

export function CreateIncidentDialog({ tickets, incidents, zone }: Props) {
  const close = useIncidentsUi((s) => s.close);
  const [draft, setDraft] = useState<IncidentDraft>({ reference: '', category: 'none', description: '' });
  const [ticketIds, setTicketIds] = useState<number[]>([]);
  const [errors, setErrors] = useState<FormErrors<IncidentField>>(noErrors());
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await api.invoke('incidents:create', { ...draft, ticketIds });
    setBusy(false);
    if (!result.ok) return setErrors(mapFieldErrors(result.error, INCIDENT_FIELD_LABELS));
    close();
    notify(`${incidentName(result.value)} created`, `${result.value.ticketIds.length} ticket${result.value.ticketIds.length === 1 ? '' : 's'} linked`);
  };

  return (
    <Dialog title="New incident" onClose={close} size="large" busy={busy}>
      <form className="form" onSubmit={submit} noValidate aria-label="New incident">
        <FormErrorText messages={errors.form} />
        <IncidentFields
          draft={draft}
          errors={errors}
          onChange={(patch) => {
            setDraft((d) => ({ ...d, ...patch }));
            setErrors((x) => ({ form: x.form, fields: { ...x.fields, ...Object.fromEntries(Object.keys(patch).map((k) => [k, undefined])) } }));
          }}
        />
        <fieldset className="ticket-picker" aria-describedby={errors.fields.ticketIds ? 'ticket-picker-error' : undefined}>
          <legend>Open tickets of the affected services</legend>
          {errors.fields.ticketIds ? (
            <p id="ticket-picker-error" className="field-error">
              {errors.fields.ticketIds}
            </p>
          ) : null}
          {tickets.length === 0 ? (
            <p className="muted">
              No open tickets. <a href="#/tickets">Open one on the Tickets screen</a>; you can link it later.
            </p>
          ) : (
            <ul>
              {tickets.map((t) => {
                const other = t.incidentId !== null ? incidents.find((i) => i.id === t.incidentId) : undefined;
                return (
                  <li key={t.id}>
                    <label className="checkbox">
                      <input type="checkbox" checked={ticketIds.includes(t.id)} onChange={() => setTicketIds((ids) => toggleId(ids, t.id))} />
                      <span>
                        <strong>{contractorNumber(t, t.id)}</strong> {ticketLabel(t)}
                        <span className="muted small">
                          {' '}
                          · {ticketKind(t)} · opened {formatDateTime(t.openedAt, zone)}
                          {other ? ` · now in ${incidentName(other)}: linking moves it` : ''}
                        </span>
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
          )}
        </fieldset>
        <DialogActions
          onCancel={close}
          busy={busy}
          busyLabel="Saving…"
          submitLabel={ticketIds.length > 0 ? `Create with ${ticketIds.length} ticket${ticketIds.length === 1 ? '' : 's'}` : 'Create incident'}
        />
      </form>
    </Dialog>
  );
}
