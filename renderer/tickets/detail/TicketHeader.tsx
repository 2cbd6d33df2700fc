// The ticket's header: what failed, its status, the key instants, the live countdowns and
// whom to call next.
import type { BusinessCalendar } from '../../../shared/calendar';
import { SERVICE_TYPE_LABELS, TIER_LABELS } from '../../../shared/ipc/services';
import { catalogTitle } from '../../../shared/sla/catalog';
import type { TicketDetail } from '../../../shared/ipc/tickets';
import { hrefForService } from '../../shell/route';
import { Icon } from '../../ui/Icon';
import { CountdownList } from '../Countdown';
import { formatWhen } from '../dates';
import { LogCall, NextContactCard } from '../LogCall';
import { kindLabel, statusLabel, ticketTermsFor } from '../model';

interface Props {
  detail: TicketDetail;
  zone: string;
  cal: BusinessCalendar;
  onEdit: () => void;
}

export function TicketHeader({ detail, zone, cal, onEdit }: Props) {
  const { ticket: t, countdowns, nextContact } = detail;
  const facts: Array<[string, string | null]> = [
    ['Outage start', t.startAt],
    ['Opened', t.openedAt],
    ['Alarm', t.alarmAt],
    // A help-desk incident's own instants (the catalog's incident times), in the catalog's order.
    ...ticketTermsFor(t.catalogId).times.map(({ id, title }): [string, string | null] => [title, t.times[id] ?? null]),
    ['Restored (contractor)', t.restoredAt],
    ['Reported not restored', t.notRestoredAt],
    ['Actual restoration', t.actualRestoredAt],
    ['Closed', t.closedAt],
  ];

  return (
    <section className="panel ticket-header" aria-labelledby="ticket-title">
      <div className="ticket-title-row">
        <div>
          <h1 id="ticket-title">
            <a className="mono service-link" href={hrefForService(t.serviceId)} title="The service's page: its tickets, orders, SLA months and credits">
              {t.circuitId}
            </a>
            <span className={`status-badge status-${t.status}`} data-testid="ticket-status">
              {statusLabel(t.status)}
            </span>
          </h1>
          <p className="ticket-sub">
            <span className={`kind-badge kind-${t.kind}`}>{kindLabel(t.kind)}</span>
            {t.severity ? <span>Severity {t.severity}</span> : null}
            <span>{t.contractorTicket ? `Contractor ticket #${t.contractorTicket}` : 'No contractor ticket number'}</span>
            <span>{t.contractorName}</span>
            {t.site ? <span>{t.site}</span> : null}
            <span className="muted">
              {SERVICE_TYPE_LABELS[t.serviceType] ?? t.serviceType}, {t.tier === '' ? catalogTitle(t.catalogId) : (TIER_LABELS[t.tier] ?? t.tier)}
            </span>
          </p>
        </div>
        <button type="button" className="button" onClick={onEdit}>
          <Icon name="edit" /> Edit ticket
        </button>
      </div>

      {t.description ? <p className="ticket-description">{t.description}</p> : null}

      <div className="ticket-header-grid">
        <dl className="facts">
          {facts
            .filter(([, v]) => v !== null)
            .map(([label, v]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{formatWhen(v, zone)}</dd>
              </div>
            ))}
          {t.measuredMs !== null ? (
            <div>
              <dt>Measured</dt>
              <dd>{t.measuredMs} ms</dd>
            </div>
          ) : null}
        </dl>
        <div className="header-clocks">
          <h2 className="section-label">Countdowns</h2>
          {countdowns.length > 0 ? (
            <CountdownList countdowns={countdowns} cal={cal} zone={zone} label="Countdowns" />
          ) : (
            <p className="muted">{t.status === 'open' ? 'No SLA objective counts down for this kind of ticket.' : `Nothing counts down while the ticket is ${statusLabel(t.status).toLowerCase()}.`}</p>
          )}
        </div>
        {nextContact && t.status === 'open' ? (
          <div className="header-contact">
            <h2 className="section-label">Call next</h2>
            <NextContactCard contact={nextContact} />
            <LogCall ticketId={t.id} contact={nextContact} />
          </div>
        ) : null}
      </div>
    </section>
  );
}
