// "SLA and credit" on the ticket: every SLA the engine evaluates on it (sla:ticket), shown as the
// engine returned it; fetched again whenever something the verdicts read from is written, and
// now and then while a result is pending (its time left moves with the clock).
import { useEffect } from 'react';
import { useApiQuery } from '../../api/useApiQuery';
import { SlaResultsPanel } from '../../ui/SlaResultsPanel';
import { monthLabel } from '../../ui/slaText';
import { formatWhen } from '../dates';

/** What the ticket's verdicts read: the ticket, its timeline, stop clocks, notices, incident and service. */
export const SLA_TABLES = ['tickets', 'ticket_events', 'stop_clocks', 'ticket_notices', 'incidents', 'services'] as const;
const REFRESH_MS = 60_000;

/** `money` false for a catalog that names no remedy (the help desk): its results are met or missed, no credit. */
export function SlaPanel({ ticketId, zone, money = true }: { ticketId: number; zone: string; money?: boolean }) {
  const q = useApiQuery('sla:ticket', { id: ticketId }, SLA_TABLES);
  const { reload } = q;
  useEffect(() => {
    const t = window.setInterval(reload, REFRESH_MS);
    return () => window.clearInterval(t);
  }, [reload]);
  const data = q.data;
  return (
    <SlaResultsPanel
      className="panel"
      titleId="sla-panel-title"
      title={money ? 'SLA and credit' : 'Service levels'}
      owedLabel="Owed on this ticket"
      money={money}
      sub={data ? `Results for ${monthLabel(data.month)}, the month the outage started · measured ${formatWhen(data.asOf, zone)}` : null}
      data={data}
      error={q.error}
      loading={q.loading}
      onRetry={reload}
      emptyText="No SLA of the catalog measures this kind of ticket."
    />
  );
}
