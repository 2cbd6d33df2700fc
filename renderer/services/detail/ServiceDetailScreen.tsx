// One service (#/services/12): what it is and costs, its monthly SLAs month by month against the
// objective, the credits it earned, its tickets and orders, its site's survivability usage (a
// Site Survivability service) and the SLA history of months before ATR Desk.
import { useMemo } from 'react';
import { monthOf, shiftMonth } from '../../../shared/calendar';
import { availabilitySeries } from '../../../shared/charts';
import type { Contractor } from '../../../shared/ipc/agency';
import type { Service } from '../../../shared/ipc/services';
import type { HistoryEntry } from '../../../shared/ipc/sla';
import { isCreditCatalog, loadCatalog, tierObjective } from '../../../shared/sla/catalog';
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
import { historyQuery, recordedVerdicts } from './history';
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
const NO_HISTORY = {};
const NONE: HistoryEntry[] = [];

export function ServiceDetailScreen({ id }: { id: number }) {
  const service = useApiQuery('services:get', { id }, ['services', 'contractors']);
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
  return <ServiceBody service={service.data} loading={service.loading} />;
}

function ServiceBody({ service: s, loading }: { service: Service; loading: boolean }) {
  const sla = useApiQuery('sla:service', { id: s.id, months: MONTHS }, SLA_TABLES);
  const contractors = useApiQuery('contractors:list', CONTRACTOR_QUERY, ['contractors']);
  const historyRequest = historyQuery(s);
  const history = useApiQuery('history:list', historyRequest ?? NO_HISTORY, ['sla_history', 'services']);
  const zone = useAgencyZone();
  const nowMs = useAppNow(['survivability_events', 'sla_history', 'services']);
  const dialog = useServicesUi((x) => x.dialog);
  const series = useMemo(() => (sla.data ? slaSeries(sla.data) : []), [sla.data]);
  const credits = useMemo(() => (sla.data ? creditsModel(sla.data) : null), [sla.data]);
  // No site on a survivability service: nothing to ask for (the history panel says why).
  const entries = historyRequest ? history.data : NONE;
  const recorded = useMemo(() => recordedVerdicts(entries ?? NONE), [entries]);
  const availability = useMemo(() => {
    if (!sla.data || sla.data.months.length === 0) return null;
    // The answer ends at the engine's current month (agency time): the chart ends there too.
    const last = sla.data.months.reduce((a, m) => (m.month > a ? m.month : a), sla.data.months[0]!.month);
    const fromHistory = [...recorded].flatMap(([key, met]) => (key.startsWith('availability|') ? [{ month: key.slice('availability|'.length), met }] : []));
    return availabilitySeries(sla.data, last, { count: MONTHS, recorded: fromHistory });
  }, [sla.data, recorded]);

  const contractorList: Contractor[] = contractors.data ?? [];
  const survivability = s.serviceType === 'site-survivability';
  const usageSla = isCreditCatalog(s.catalogId) ? loadCatalog(s.catalogId).sla('site-survivability') : undefined;
  const usageObjective = usageSla && s.tier !== '' ? tierObjective(usageSla, s.tier) : null;
  const thisMonth = monthOf(nowMs, zone);

  return (
    <div className="screen service-detail" data-loaded={loading || (sla.loading && !sla.error) ? 'false' : 'true'}>
      <Breadcrumb label={s.circuitId} />
      <ServiceHeader service={s} creditCents={credits ? credits.totalCents : null} months={MONTHS} />

      <section className="panel sla-panel" aria-labelledby="sla-panel-title">
        <div className="panel-head">
          <h2 id="sla-panel-title">{survivability ? 'Site survivability by month' : series.length > 1 ? 'SLAs by month' : 'Availability by month'}</h2>
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
          <SlaMonthsPanel series={series} recorded={recorded} tierLabel={tierLabel(s.tier)} availability={availability} />
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
          <ServiceTickets serviceId={s.id} zone={zone} replaced={s.predecessors.length > 0} />
          <ServiceOrders serviceId={s.id} zone={zone} />
        </div>
        <div className="service-side">
          {credits ? <CreditsPanel credits={credits} /> : null}
          <HistoryPanel service={s} entries={entries} error={historyRequest ? history.error : null} latestMonth={shiftMonth(thisMonth, 1)} />
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
