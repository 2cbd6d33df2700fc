// One incident: category, description, the app's suggestion with a one-click classification,
// and its linked tickets.
import { useState } from 'react';
import type { Incident, Ticket } from '../../shared/ipc/tickets';
import { api } from '../api/client';
import { notify } from '../shell/notices';
import { Icon } from '../ui/Icon';
import { LinkedTickets } from './LinkedTickets';
import { CATEGORY_LABELS, incidentName, suggestionText } from './model';
import { useIncidentsUi } from './store';

interface Props {
  incident: Incident;
  tickets: Map<number, Ticket>;
  zone: string;
}

export function IncidentCard({ incident, tickets, zone }: Props) {
  const open = useIncidentsUi((s) => s.open);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = incidentName(incident);
  const suggestion = suggestionText(incident);
  const titleId = `incident-${incident.id}`;

  const classify = async () => {
    if (!incident.suggestion) return;
    setBusy(true);
    const category = incident.suggestion.category;
    const result = await api.invoke('incidents:update', { id: incident.id, reference: incident.reference, category, description: incident.description });
    setBusy(false);
    if (!result.ok) return setError(`${name} could not be classified: ${result.error.message}`);
    setError(null);
    notify(`${name} classified as ${CATEGORY_LABELS[category]}`);
  };

  return (
    <article className="panel incident-card" aria-labelledby={titleId}>
      <div className="card-head">
        <div className="incident-title">
          <h2 id={titleId}>{name}</h2>
          <span className={`category category-${incident.category}`} aria-label={`Category: ${CATEGORY_LABELS[incident.category]}`}>
            {incident.category === 'none' ? 'Not classified' : CATEGORY_LABELS[incident.category]}
          </span>
        </div>
        <button type="button" className="button small" aria-label={`Edit ${name}`} onClick={() => open({ kind: 'edit', incidentId: incident.id })}>
          <Icon name="edit" size={16} /> Edit
        </button>
      </div>
      {incident.description ? <p className="incident-description">{incident.description}</p> : null}
      {suggestion ? (
        <div className="suggestion">
          <Icon name="warning" />
          <p>{suggestion}</p>
          <button type="button" className="button primary small" disabled={busy} onClick={() => void classify()}>
            {busy ? 'Saving…' : `Classify as ${CATEGORY_LABELS[incident.suggestion!.category]}`}
          </button>
        </div>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <LinkedTickets incident={incident} tickets={tickets} zone={zone} />
    </article>
  );
}
