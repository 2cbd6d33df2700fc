// Tickets per contractor, the twelve months ending at the chosen month (charts:ticketsPerContractor,
// counted by the month each outage started, agency time): how often each contractor's services
// fail, beside the month's verdicts. Every contractor is shown, so the chosen one is seen against the others.
import { useMemo } from 'react';
import { useApiQuery } from '../api/useApiQuery';
import { TicketsPerContractorChart } from '../charts';
import { monthLabel } from './model';

const TABLES = ['tickets', 'services', 'contractors', 'agency'];

export function TicketsTrend({ month }: { month: string }) {
  const request = useMemo(() => ({ month, months: 12 }), [month]);
  const q = useApiQuery('charts:ticketsPerContractor', request, TABLES);
  return (
    <section className="panel month-trend" aria-labelledby="month-trend-title" data-loaded={q.data && !q.loading ? 'true' : 'false'}>
      <div className="panel-head">
        <h2 id="month-trend-title">Tickets per contractor</h2>
        <span className="muted">12 months to {monthLabel(month)}, by the month the outage started</span>
      </div>
      {q.data ? (
        q.data.series.length === 0 ? (
          <p className="empty-inline">No ticket started in these twelve months.</p>
        ) : (
          <TicketsPerContractorChart data={q.data} />
        )
      ) : q.error ? (
        <p className="form-error" role="alert">
          The tickets per contractor could not be counted: {q.error.message}
        </p>
      ) : (
        <p className="muted">Counting…</p>
      )}
    </section>
  );
}
