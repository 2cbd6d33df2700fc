// The service's header: circuit ID, tier and retirement, what it is and where, its charges,
// the credits it earned over the months shown, and what can be done with it.
import type { Service } from '../../../shared/ipc/services';
import { formatDollars } from '../../../shared/money';
import { catalogTitle } from '../../../shared/sla/catalog';
import { Icon } from '../../ui/Icon';
import { hrefForService } from '../../shell/route';
import { dateLabel, serviceTypeLabel, tierLabel } from '../model';
import { useServicesUi } from '../store';

interface Props {
  service: Service;
  /** Credits of the months shown, cents; null while unknown. */
  creditCents: number | null;
  months: number;
}

export function ServiceHeader({ service: s, creditCents, months }: Props) {
  const openEdit = useServicesUi((x) => x.openEdit);
  const openRetire = useServicesUi((x) => x.openRetire);
  const openDelete = useServicesUi((x) => x.openDelete);
  const where = [s.site, s.address].filter(Boolean).join(', ');

  return (
    <section className={`panel service-header${s.retiredOn ? ' is-retired' : ''}`} aria-labelledby="service-title">
      <div className="service-title-row">
        <div className="service-title-block">
          <h1 id="service-title">
            <span className="mono">{s.circuitId}</span>
            <span className={`tier tier-${s.tier}`}>{tierLabel(s.tier)}</span>
            {s.retiredOn ? (
              <span className="retired-badge large" data-testid="retired-badge">
                Retired {dateLabel(s.retiredOn)}
              </span>
            ) : null}
          </h1>
          <p className="service-sub">
            <span>{serviceTypeLabel(s.serviceType)}</span>
            <span>{s.contractorName}</span>
            {where ? <span>{where}</span> : <span className="muted">No site recorded</span>}
            {s.serviceType !== 'site-survivability' ? <span>{s.seats.toLocaleString('en-US')} seat{s.seats === 1 ? '' : 's'}</span> : null}
          </p>
        </div>
        <div className="button-row">
          <button type="button" className="button" onClick={() => openEdit(s)}>
            <Icon name="edit" /> Edit
          </button>
          <button type="button" className="button" onClick={() => openRetire(s)}>
            {s.retiredOn ? 'Return to service…' : 'Retire…'}
          </button>
          <button type="button" className="button danger-outline" onClick={() => openDelete(s)}>
            <Icon name="trash" /> Delete…
          </button>
        </div>
      </div>

      {s.retiredOn ? (
        <p className="retired-note">
          Disconnected on {dateLabel(s.retiredOn)}. It stays on record with its tickets, orders and credits, and is left out of the lists you
          pick a service from.
        </p>
      ) : null}
      <Lineage service={s} />

      <dl className="service-figures">
        <div>
          <dt>TMRC</dt>
          <dd className="money-figure">{formatDollars(s.tmrcCents)}</dd>
        </div>
        <div>
          <dt>ADUC</dt>
          <dd className="money-figure">
            {formatDollars(s.aducCents)}
            <span className="unit"> / day</span>
          </dd>
        </div>
        <div>
          <dt>Installation fee</dt>
          <dd className="money-figure">{formatDollars(s.installFeeCents)}</dd>
        </div>
        <div className={`figure-credit${creditCents !== null && creditCents > 0 ? ' owed' : ''}`}>
          <dt>Credits, {months} months</dt>
          <dd className="money-figure" data-testid="header-credits">
            {creditCents === null ? '…' : formatDollars(creditCents)}
          </dd>
        </div>
        <div className="figure-catalog">
          <dt>SLA catalog</dt>
          <dd>{catalogTitle(s.catalogId)}</dd>
        </div>
      </dl>
    </section>
  );
}

/**
 * A conversion's link (CALNET 2 → CALNET 3): the service that replaced this one ("retired,
 * replaced by …"), and the services this one replaced, whose tickets are its history before it.
 */
function Lineage({ service: s }: { service: Service }) {
  if (s.replacedById === null && s.predecessors.length === 0) return null;
  return (
    <div className="lineage" data-testid="service-lineage">
      {s.replacedById !== null ? (
        <p>
          <strong>{s.retiredOn ? 'Retired, replaced by' : 'Replaced by'}</strong>{' '}
          <a href={hrefForService(s.replacedById)} className="mono">
            {s.replacedByCircuitId}
          </a>
          {s.retiredOn ? null : ' (this service is still in service: ask for its disconnect)'}. Its history continues there.
        </p>
      ) : null}
      {s.predecessors.length > 0 ? (
        <p>
          <strong>Replaces</strong>{' '}
          {s.predecessors.map((p, i) => (
            <span key={p.id}>
              {i > 0 ? ', ' : ''}
              <a href={hrefForService(p.id)} className="mono">
                {p.circuitId}
              </a>
              {p.retiredOn ? ` (retired ${dateLabel(p.retiredOn)})` : ' (still in service)'}
            </span>
          ))}
          : its history starts with {s.predecessors.length === 1 ? 'that service’s' : 'those services’'} tickets, listed below.
        </p>
      ) : null}
    </div>
  );
}
