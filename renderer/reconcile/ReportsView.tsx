// The contractor's ticket reports: which report and which month (default: the latest report that
// covers the month asked for, and its last month), importing another, deleting one, and the
// reconciliation of the month.
import { useState } from 'react';
import type { ReportSummary } from '../../shared/ipc/reconcile';
import { api } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import { notify } from '../shell/notices';
import { formatListTime } from '../tickets/dates';
import { ConfirmDialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { EmptyState, LoadError } from '../ui/ScreenStates';
import { monthLabel } from '../ui/slaText';
import { count, monthsOf } from './model';
import { Reconciliation } from './Reconciliation';
import type { ViewProps } from './ReconcileScreen';
import { useReconcileUi } from './store';

const REPORT_TABLES = ['contractor_reports'];

function periodText(p: ReportSummary['period']): string {
  return p.from === p.to ? monthLabel(p.from) : `${monthLabel(p.from)} – ${monthLabel(p.to)}`;
}

/** The report to show: the one in the address, else the latest covering the month, else the latest. */
function chosenReport(reports: readonly ReportSummary[], reportId: number | null, month: string | null): ReportSummary | null {
  return (
    reports.find((r) => r.id === reportId) ??
    (month ? reports.find((r) => r.period.from <= month && month <= r.period.to) : undefined) ??
    reports[0] ??
    null
  );
}

export function ReportsView({ contractor, route, zone, choose }: ViewProps) {
  const openImport = useReconcileUi((s) => s.openImport);
  const reports = useApiQuery('reconcile:reports', { contractorId: contractor.id }, REPORT_TABLES);
  const [deleting, setDeleting] = useState<ReportSummary | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (!reports.data) {
    return reports.error ? <LoadError message={`The reports could not be loaded: ${reports.error.message}`} onRetry={reports.reload} /> : <p className="muted">Loading…</p>;
  }
  const list = [...reports.data.reports].sort((a, b) => b.importedAt.localeCompare(a.importedAt));
  const importButton = (
    <button type="button" className="button primary" onClick={() => openImport('report', contractor.id)}>
      <Icon name="upload" /> Import ticket report…
    </button>
  );
  if (list.length === 0) {
    return (
      <EmptyState titleId="no-report-title" icon="compare" title={`No ticket report from ${contractor.name} yet`}>
        <p>
          Ask {contractor.name} for its trouble-ticket history of the months to check (the contract lets you have up to 12 months delivered as a
          text file). Import it here: you map its columns once, and ATR Desk lines its tickets up with yours, ticket by ticket, in dollars.
        </p>
        <div className="button-row center">{importButton}</div>
      </EmptyState>
    );
  }
  const report = chosenReport(list, route.reportId, route.month);
  if (!report) return null;
  const months = monthsOf(report.period);
  const month = route.month && months.includes(route.month) ? route.month : months[0]!;

  const remove = async () => {
    setBusy(true);
    const r = await api.invoke('reconcile:deleteReport', { id: report.id });
    setBusy(false);
    if (!r.ok) return setDeleteError(r.error.message);
    setDeleting(null);
    notify('Report deleted', `${report.fileName || `Report ${report.id}`}; our record is unchanged.`);
    choose({ reportId: null });
  };

  return (
    <div className="recon-reports">
      <div className="recon-toolbar" role="group" aria-label="Report and month">
        <label className="month-control">
          <span className="month-control-label">Report</span>
          <select value={report.id} onChange={(e) => choose({ reportId: Number(e.target.value), month: null })}>
            {list.map((r) => (
              <option key={r.id} value={r.id}>
                {r.fileName || `Report ${r.id}`} ({periodText(r.period)})
              </option>
            ))}
          </select>
        </label>
        <label className="month-control">
          <span className="month-control-label">Month</span>
          <select value={month} onChange={(e) => choose({ reportId: report.id, month: e.target.value })}>
            {months.map((m) => (
              <option key={m} value={m}>
                {monthLabel(m)}
              </option>
            ))}
          </select>
        </label>
        <div className="recon-toolbar-actions">
          {importButton}
          <button type="button" className="button danger-outline" onClick={() => setDeleting(report)}>
            Delete report…
          </button>
        </div>
      </div>
      <p className="recon-report-facts muted">
        {count(report.ticketCount, 'ticket')}, {count(report.stopClockCount, 'stop clock')}; imported {formatListTime(report.importedAt, zone)}
        {report.who ? ` by ${report.who}` : ''}
        {report.skippedRows > 0 ? `, ${count(report.skippedRows, 'line')} with problems left out` : ''}. SHA-256 <span className="mono">{report.sha256.slice(0, 16)}…</span>
      </p>
      <Reconciliation key={`${report.id}-${month}`} report={report} month={month} route={route} zone={zone} contractor={contractor} />
      {deleting ? (
        <ConfirmDialog
          title="Delete this report?"
          message={
            <p>
              {deleting.fileName || `Report ${deleting.id}`} ({periodText(deleting.period)}) goes from this data file. Our tickets are not touched, nor are
              tickets already opened from it or dispute sections already made.
            </p>
          }
          confirmLabel="Delete report"
          danger
          busy={busy}
          error={deleteError}
          onConfirm={() => void remove()}
          onCancel={() => {
            setDeleting(null);
            setDeleteError(null);
          }}
        />
      ) : null}
    </div>
  );
}
