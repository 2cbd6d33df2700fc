// One service (#/services/12): what it is and costs, its monthly SLAs month by month against the
// objective, the credits it earned, its tickets and orders, its site's survivability usage (a
// Site Survivability service) and the SLA history of months before ATR Desk.
import { useMemo } from 'react';
import { monthOf, shiftMonth } from '../../../shared/calendar';
import type { Contractor } from '../../../shared/ipc/agency';
import { hasCatalog, loadCatalog, tierObjective } from '../../../shared/sla/catalog';
import { useApiQuery } from '../../api/useApiQuery';
import { goTo } from '../../shell/route';
import { useAgencyZone } from '../../ui/agencyTime';
import { useAppNow } from '../../ui/appNow';
import { UsagePanel } from '../../survivability/UsagePanel';
import { DeleteServiceDialog } from '../DeleteServiceDialog';
import { RetireServiceDialog } from '../RetireServiceDialog';
import { ServiceFormDialog } from '../ServiceFormDialog';
import { tierLabel } from '../model';
import { useServicesUi } from '../store';
import { CreditsPanel } from './CreditsPanel';
import { HistoryPanel } from './HistoryPanel';
import { ServiceHeader } from './ServiceHeader';
import { ServiceOrders } from './ServiceOrders';
import { ServiceTickets } from './ServiceTickets';
import { SlaMonthsPanel } from './SlaMonthsPanel';
import { creditsModel, slaSeries } from './slaMonths';

/** Months of SLA results the page shows (sla:service allows up to 36). */
const MONTHS = 12;
const CONTRACTOR_QUERY = {};
/** What the engine's answer depends on: any of these written, the months are asked for again. */
const SLA_TABLES = ['services', 'tickets', 'ticket_events', 'stop_clocks', 'orders', 'incidents', 'ticket_notices', 'survivability_events', 'sla_history', 'agency'];

export function ServiceDetailScreen({ id }: { id: number }) {
  const service = useApiQuery('services:get', { id }, ['services', 'contractors']);
  const sla = useApiQuery('sla:service', { id, months: MONTHS }, SLA_TABLES);
  const contractors = useApiQuery('contractors:list', CONTRACTOR_QUERY, ['contractors']);
  const zone = useAgencyZone();
  const nowMs = useAppNow(['survivability_events', 'sla_history', 'services']);
  const dialog = useServicesUi((s) => s.dialog);
  const series = useMemo(() => (sla.data ? slaSeries(sla.data) : []), [sla.data]);
  const credits = useMemo(() => (sla.data ? creditsModel(sla.data) : null), [sla.data]);

  if (service.data === undefined) {
    return (
      <div className="screen service-detail" data-loaded="false">
        <Breadcrumb label={`Service ${id}`} />
        {service.error ? (
          <div className="panel error-panel" role="alert">
            <p>This service could not be loaded: {service.error.message}</p>
            <a className="button" href="#/services">
              Back to services
            </a>
          </div>
        ) : (
          <p className="muted">Loading…</p>
        )}
      </div>
    );
  }

  const s = service.data;
  const contractorList: Contractor[] = contractors.data ?? [];
  const survivability = s.serviceType === 'site-survivability';
  const usageSla = hasCatalog(s.catalogId) ? loadCatalog(s.catalogId).sla('site-survivability') : undefined;
  const usageObjective = usageSla ? tierObjective(usageSla, s.tier) : null;
  const thisMonth = monthOf(nowMs, zone);

  return (
    <div className="screen service-detail" data-loaded={service.loading || (sla.loading && !sla.error) ? 'false' : 'true'}>
      <Breadcrumb label={s.circuitId} />
      <ServiceHeader service={s} creditCents={credits ? credits.totalCents : null} months={MONTHS} />

      <section className="panel sla-panel" aria-labelledby="sla-panel-title">
        <div className="panel-head">
          <h2 id="sla-panel-title">{survivability ? 'Site survivability by month' : 'Availability by month'}</h2>
        </div>
        {sla.error && !sla.data ? (
          <p className="form-error" role="alert">
            The SLA results could not be loaded: {sla.error.message}
          </p>
        ) : !sla.data ? (
          <p className="muted">Evaluating…</p>
        ) : series.length === 0 ? (
          <p className="empty-inline">No monthly SLA applies to this service on its tier, or no month has been evaluated yet.</p>
        ) : (
          <SlaMonthsPanel series={series} data={sla.data} tierLabel={tierLabel(s.tier)} />
        )}
      </section>

      {survivability ? (
        <UsagePanel
          site={s.site}
          zone={zone}
          nowMs={nowMs}
          objective={usageObjective === null ? null : `at most ${usageObjective} h a month on ${tierLabel(s.tier)}`}
        />
      ) : null}

      <div className="service-grid">
        <div className="service-main">
          <ServiceTickets serviceId={s.id} zone={zone} />
          <ServiceOrders serviceId={s.id} zone={zone} />
        </div>
        <div className="service-side">
          {credits ? <CreditsPanel credits={credits} /> : null}
          <HistoryPanel service={s} latestMonth={shiftMonth(thisMonth, 1)} />
        </div>
      </div>

      {dialog.kind === 'form' ? <ServiceFormDialog contractors={contractorList} /> : null}
      {dialog.kind === 'delete' ? (
        <DeleteServiceDialog id={dialog.id} circuitId={dialog.circuitId} retiredOn={dialog.retiredOn} onDeleted={() => goTo('#/services')} />
      ) : null}
      {dialog.kind === 'retire' ? <RetireServiceDialog id={dialog.id} circuitId={dialog.circuitId} retiredOn={dialog.retiredOn} /> : null}
    </div>
  );
}

function Breadcrumb({ label }: { label: string }) {
  return (
    <nav className="breadcrumb" aria-label="Breadcrumb">
      <a href="#/services">Services</a>
      <span aria-hidden="true">/</span>
      <span aria-current="page">{label}</span>
    </nav>
  );
}
