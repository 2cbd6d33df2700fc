// One ticket (#/tickets/123): its header with live countdowns, what to record next, the SLA
// verdicts and credit, the timeline, stop clocks, the contractor's notices (CAT 2 / CAT 3), the
// incident it belongs to and the audit history.
import { useEffect, useState } from 'react';
import { useApiQuery } from '../../api/useApiQuery';
import { useAgencyZone, useCalendar } from '../../ui/agencyTime';
import { TicketFormDialog } from '../form/TicketFormDialog';
import { EventActions } from './EventActions';
import { HistoryPanel } from './HistoryPanel';
import { IncidentPanel } from './IncidentPanel';
import { NoticesPanel } from './NoticesPanel';
import { SlaPanel } from './SlaPanel';
import { StopClockPanel } from './StopClockPanel';
import { TicketHeader } from './TicketHeader';
import { Timeline } from './Timeline';
import { takesNotices } from '../sla';
import { isServiceLevelCatalog, loadServiceLevelCatalog } from '../../../shared/sla/catalog';

const DETAIL_TABLES = ['tickets', 'ticket_events', 'stop_clocks', 'incidents', 'ladder_contacts', 'services', 'contractors'];
const REFRESH_MS = 60_000;

export function TicketDetailScreen({ id }: { id: number }) {
  const detail = useApiQuery('tickets:get', { id }, DETAIL_TABLES);
  const { reload } = detail;
  useEffect(() => {
    const t = window.setInterval(reload, REFRESH_MS);
    return () => window.clearInterval(t);
  }, [reload]);
  const zone = useAgencyZone();
  const cal = useCalendar(zone);
  const [editing, setEditing] = useState(false);

  if (detail.data === undefined) {
    return (
      <div className="screen ticket-detail" data-loaded="false">
        <Breadcrumb label={`Ticket ${id}`} />
        {detail.error ? (
          <div className="panel error-panel" role="alert">
            <p>This ticket could not be loaded: {detail.error.message}</p>
            <a className="button" href="#/tickets">
              Back to tickets
            </a>
          </div>
        ) : (
          <p className="muted">Loading…</p>
        )}
      </div>
    );
  }

  const d = detail.data;
  const levels = isServiceLevelCatalog(d.ticket.catalogId) ? loadServiceLevelCatalog(d.ticket.catalogId) : null;
  return (
    <div className="screen ticket-detail" data-loaded={detail.loading ? 'false' : 'true'} data-computed-at={d.computedAt}>
      <Breadcrumb label={d.ticket.circuitId} />
      <TicketHeader detail={d} zone={zone} cal={cal} onEdit={() => setEditing(true)} />
      <EventActions detail={d} zone={zone} />
      <SlaPanel ticketId={d.ticket.id} zone={zone} money={levels === null} />
      <div className="detail-grid">
        <Timeline detail={d} zone={zone} />
        <div className="detail-side">
          {levels ? (
            // A help-desk incident: the notifications received; no stop clocks, no CALNET incident.
            <NoticesPanel ticket={d.ticket} zone={zone} kinds={levels.notificationKinds} />
          ) : (
            <>
              {takesNotices(d.ticket.kind) ? <NoticesPanel ticket={d.ticket} zone={zone} /> : null}
              <StopClockPanel ticket={d.ticket} stopClocks={d.stopClocks} zone={zone} />
              <IncidentPanel ticket={d.ticket} />
            </>
          )}
          <HistoryPanel
            ticketId={d.ticket.id}
            stopClockIds={d.stopClocks.map((s) => s.id)}
            retractedEventIds={d.events.filter((e) => e.retractedAt !== null).map((e) => e.id)}
            zone={zone}
            version={d.ticket.updatedAt + d.events.length + d.stopClocks.length}
          />
        </div>
      </div>
      {editing ? (
        <TicketFormDialog mode="edit" ticket={d.ticket} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />
      ) : null}
    </div>
  );
}

function Breadcrumb({ label }: { label: string }) {
  return (
    <nav className="breadcrumb" aria-label="Breadcrumb">
      <a href="#/tickets">Tickets</a>
      <span aria-hidden="true">/</span>
      <span aria-current="page">{label}</span>
    </nav>
  );
}
