// The common-cause incident this ticket belongs to (CAT 1/2/3), with the app's CAT 1
// suggestion from the linked tickets; link or unlink here, manage incidents on their screen.
import { useState, type FormEvent } from 'react';
import type { Incident, Ticket } from '../../../shared/ipc/tickets';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { notify } from '../../shell/notices';
import { Field } from '../../ui/Field';

const NO_REQUEST = {};
const CATEGORY: Record<Incident['category'], string> = { none: 'No category yet', cat1: 'CAT 1', cat2: 'CAT 2', cat3: 'CAT 3' };

function incidentName(i: Incident): string {
  return `${i.reference || `Incident ${i.id}`} (${CATEGORY[i.category]})`;
}

export function IncidentPanel({ ticket }: { ticket: Ticket }) {
  const incidents = useApiQuery('incidents:list', NO_REQUEST, ['incidents', 'tickets']);
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const list = incidents.data ?? [];
  const linked = list.find((i) => i.id === ticket.incidentId);

  const link = async (incidentId: number | null) => {
    if (busy) return;
    setBusy(true);
    const r = await api.invoke('incidents:link', { incidentId, ticketId: ticket.id });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    setError(undefined);
    setChoice('');
    notify(incidentId === null ? 'Ticket unlinked from the incident' : 'Ticket linked to the incident');
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!choice) return setError('Incident: choose one to link');
    void link(Number(choice));
  };

  return (
    <section className="panel incident-panel" aria-labelledby="incident-title">
      <h2 id="incident-title">Incident</h2>
      {ticket.incidentId !== null ? (
        <div className="incident-linked">
          <p>
            <strong>{linked ? incidentName(linked) : `Incident ${ticket.incidentId}`}</strong>
            {linked ? <span className="muted"> — {linked.ticketIds.length} linked ticket{linked.ticketIds.length === 1 ? '' : 's'}</span> : null}
          </p>
          {linked?.description ? <p className="muted">{linked.description}</p> : null}
          {linked?.suggestion ? (
            <p className="suggestion" role="note">
              <strong>Suggested: CAT 1.</strong> {linked.suggestion.reason}
            </p>
          ) : null}
          <div className="button-row">
            <a className="button small" href="#/incidents">
              Open incidents
            </a>
            <button type="button" className="button small subtle" onClick={() => void link(null)} disabled={busy}>
              Unlink
            </button>
          </div>
        </div>
      ) : list.length === 0 ? (
        <p className="muted">
          Not part of an incident. When one failure takes down several services, create an incident on the <a href="#/incidents">Incidents</a> screen.
        </p>
      ) : (
        <form className="inline-form tight" onSubmit={submit} aria-label="Link to an incident">
          <Field label="Link to incident" error={error}>
            <select
              value={choice}
              onChange={(e) => {
                setChoice(e.target.value);
                setError(undefined);
              }}
            >
              <option value="">Choose an incident…</option>
              {list.map((i) => (
                <option key={i.id} value={String(i.id)}>
                  {incidentName(i)}
                  {i.suggestion ? ' — CAT 1 suggested' : ''}
                </option>
              ))}
            </select>
          </Field>
          <button type="submit" className="button small" disabled={busy}>
            Link
          </button>
        </form>
      )}
      {error && ticket.incidentId !== null ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
