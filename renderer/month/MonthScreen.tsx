// The Month (#/month?m=2026-10&c=1): every result of the engine for a contractor and a month
// (sla:month): the total owed, a summary per SLA, the results (sortable, filterable,
// virtualized), the selected result's explain lines, and apart from them the results still
// pending, so nothing owed is forgotten.
import { useMemo } from 'react';
import type { MonthReport } from '../../shared/ipc/sla';
import { useApiQuery } from '../api/useApiQuery';
import { ExportCaseButton, ExportedCases } from '../caseFiles/ExportCaseFile';
import { goTo, useHash } from '../shell/route';
import { useAgencyZone } from '../ui/agencyTime';
import { EmptyState, LoadError } from '../ui/ScreenStates';
import { formatWhen } from '../tickets/dates';
import { defaultMonth, MONTH_TABLES, monthLabel } from './model';
import { MonthClaim } from './MonthClaim';
import { MonthControls } from './MonthControls';
import { MonthResults } from './MonthResults';
import { MonthSummary } from './MonthSummary';
import { PendingList } from './PendingList';
import { TicketsTrend } from './TicketsTrend';
import { hrefForReconcile } from '../reconcile/route';
import { hrefForMonth, monthRouteFromHash } from './route';
import './month.css';

const NO_REQUEST = {};

export function MonthScreen() {
  const route = monthRouteFromHash(useHash());
  const zone = useAgencyZone();
  const info = useApiQuery('app:info', NO_REQUEST, []);
  const contractors = useApiQuery('contractors:list', NO_REQUEST, ['contractors']);
  // The default month from the app's clock (a demo or test clock included), in the agency's zone.
  const month = route.month ?? (info.data ? defaultMonth(Date.parse(info.data.now), zone) : null);

  const choose = (next: { month?: string; contractorId?: number | null }) =>
    goTo(hrefForMonth({ month: next.month ?? month, contractorId: next.contractorId === undefined ? route.contractorId : next.contractorId }));

  return (
    <div className="screen month">
      <div className="screen-head">
        <div>
          <h1>Month</h1>
          <p className="screen-sub">
            {month ? `Every SLA result for ${monthLabel(month)}, from the contract's rules` : 'Loading…'}
          </p>
        </div>
        {month ? (
          <div className="month-head-actions">
            <MonthControls
              month={month}
              contractorId={route.contractorId}
              contractors={contractors.data ?? []}
              onMonth={(m) => choose({ month: m })}
              onContractor={(c) => choose({ contractorId: c })}
            />
            <ExportCaseButton month={month} contractorId={route.contractorId} />
            {route.contractorId !== null ? (
              <a className="button" href={hrefForReconcile({ contractorId: route.contractorId, month })}>
                Reconcile with {contractors.data?.find((c) => c.id === route.contractorId)?.name ?? 'the contractor'}’s report
              </a>
            ) : null}
          </div>
        ) : null}
      </div>
      <ExportedCases />
      {month ? <MonthReportView month={month} contractorId={route.contractorId} zone={zone} /> : info.error ? <LoadError message={`The app's clock could not be read: ${info.error.message}`} onRetry={info.reload} /> : null}
      {month ? <TicketsTrend month={month} /> : null}
    </div>
  );
}

function MonthReportView({ month, contractorId, zone }: { month: string; contractorId: number | null; zone: string }) {
  const request = useMemo(() => (contractorId === null ? { month } : { month, contractorId }), [month, contractorId]);
  const report = useApiQuery('sla:month', request, MONTH_TABLES);
  const data = report.data;

  if (!data) {
    return report.error ? (
      <LoadError message={`The month's results could not be worked out: ${report.error.message}`} onRetry={report.reload} />
    ) : (
      <p className="muted" data-loaded="false">
        Working out {monthLabel(month)}…
      </p>
    );
  }
  // A report of another month or contractor is on screen while the new one is worked out.
  const stale = report.loading;
  return (
    <div className="month-report" data-loaded={stale ? 'false' : 'true'} aria-busy={stale}>
      {report.error ? (
        <p className="form-error" role="alert">
          The results could not be refreshed: {report.error.message}{' '}
          <button type="button" className="link-button" onClick={report.reload}>
            Try again
          </button>
        </p>
      ) : null}
      {data.results.length === 0 && data.pending.length === 0 ? (
        <EmptyMonth month={data.month} />
      ) : (
        <>
          <MonthClaim month={data.month} contractorId={contractorId} owed={data.totalCredit} />
          <MonthSummary report={data} asOf={formatWhen(data.asOf, zone)} />
          <MonthResults report={data} />
          <PendingList pending={data.pending} />
        </>
      )}
    </div>
  );
}

function EmptyMonth({ month }: { month: MonthReport['month'] }) {
  return (
    <EmptyState titleId="month-empty-title" icon="month" title={`Nothing measured in ${monthLabel(month)}`}>
      <p>
        No ticket, order, service month or site usage of this contractor falls in {monthLabel(month)}. Choose another month or contractor,
        or record what happened on the Tickets and Orders screens.
      </p>
      <div className="button-row center">
        <a className="button" href="#/tickets">
          Tickets
        </a>
        <a className="button" href="#/orders">
          Orders
        </a>
      </div>
    </EmptyState>
  );
}
