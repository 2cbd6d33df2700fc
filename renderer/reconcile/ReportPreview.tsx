// The preview of a contractor's ticket report (reconcile:previewReport): how many tickets and stop
// clocks it holds and which months, what is wrong row by row, the Circuit IDs that are not this
// contractor's services here, and the first tickets as read, to check the mapping by eye.
import type { ReportPreview as Preview } from '../../shared/ipc/reconcile';
import { formatAmount, monthLabel } from '../ui/slaText';
import { formatListTime, minutesText } from './format';
import { StopClockList } from './StopClockList';
import { count, delimiterName, theirVerdictText } from './model';
import { RowProblems } from './RowProblems';

export function ReportPreview({ p, zone }: { p: Preview; zone: string }) {
  const period = p.period ? (p.period.from === p.period.to ? monthLabel(p.period.from) : `${monthLabel(p.period.from)} to ${monthLabel(p.period.to)}`) : 'no month';
  const clean = p.invalidRowCount === 0 && p.fileProblems.length === 0;
  return (
    <div className="recon-preview">
      <p className="import-summary" role="status">
        <span className={clean ? 'count count-ok' : 'count count-warn'}>
          {count(p.ticketCount, 'ticket')}, {count(p.stopClockCount, 'stop clock')}, {period}
          {p.invalidRowCount > 0 ? ` · ${count(p.invalidRowCount, 'line')} with problems` : ''}
        </span>
        <span className="muted">
          {count(p.rowCount, 'row')} read, {delimiterName(p.delimiter)}-separated
        </span>
      </p>
      <RowProblems p={p} />
      {p.unknownCircuits.length > 0 ? (
        <p className="recon-note" data-testid="unknown-circuits">
          Not this contractor’s services here: <span className="mono">{p.unknownCircuits.join(', ')}</span>. Their tickets will be listed as ones
          we lack; add the service first to open them as ours.
        </p>
      ) : null}
      {p.sample.length > 0 ? (
        <div className="preview-scroll" tabIndex={0} role="region" aria-label="Their tickets as read">
          <table className="data-table preview-table recon-sample">
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Ticket</th>
                <th scope="col">Circuit ID</th>
                <th scope="col">Start</th>
                <th scope="col">Restored</th>
                <th scope="col">Closed</th>
                <th scope="col">Stop clocks</th>
                <th scope="col">Their duration</th>
                <th scope="col">Their verdict</th>
                <th scope="col">Their credit</th>
              </tr>
            </thead>
            <tbody>
              {p.sample.map((t) => (
                <tr key={t.ticketNumber}>
                  <td className="mono">{t.line}</td>
                  <td className="mono">{t.ticketNumber}</td>
                  <td className="mono">{t.circuitId}</td>
                  <td>{formatListTime(t.startAt, zone)}</td>
                  <td>{formatListTime(t.restoredAt, zone)}</td>
                  <td>{formatListTime(t.closedAt, zone)}</td>
                  <td>
                    <StopClockList clocks={t.stopClocks} zone={zone} />
                  </td>
                  <td>{minutesText(t.durationMinutes)}</td>
                  <td>{theirVerdictText(t.verdictMet)}</td>
                  <td>{t.credit === null ? '—' : formatAmount(t.credit)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {p.ticketCount > p.sample.length ? <p className="table-note">The first {p.sample.length} of {count(p.ticketCount, 'ticket')}.</p> : null}
        </div>
      ) : null}
    </div>
  );
}
