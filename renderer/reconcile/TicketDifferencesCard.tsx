// One matched ticket whose records differ: start, restoration, closing and stop clocks side by
// side (ours vs theirs, a row that differs is marked), each difference in the back end's words
// with the clause when their stop clock is not one the contract allows, and every verdict and
// credit their version changes, in dollars.
import type { ReactNode } from 'react';
import type { DifferenceKind, TicketDifferences } from '../../shared/ipc/reconcile';
import { hrefForTicket } from '../shell/route';
import { formatAmount } from '../ui/slaText';
import { formatListTime } from './format';
import { StopClockList } from './StopClockList';
import { MATCHED_BY_LABELS, sentence, verdictLabel } from './model';

const STOP_CLOCK_KINDS: readonly DifferenceKind[] = ['stop-clock-extra', 'stop-clock-missing', 'stop-clock-times'];

export function TicketDifferencesCard({ d, zone, contractor }: { d: TicketDifferences; zone: string; contractor: string }) {
  const kinds = new Set(d.differences.map((x) => x.kind));
  const titleId = `recon-ticket-${d.theirs.ticketNumber.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const ours = d.ours;
  const restoredOurs = ours.actualRestoredAt ?? ours.restoredAt;
  const rows: Array<{ what: string; ours: ReactNode; theirs: ReactNode; differs: boolean }> = [
    { what: 'Start', ours: formatListTime(ours.startAt, zone), theirs: formatListTime(d.theirs.startAt, zone), differs: kinds.has('start') },
    {
      what: 'Restored',
      ours: (
        <>
          {formatListTime(restoredOurs, zone)}
          {ours.actualRestoredAt ? <span className="cell-sub">actual restoration (End-User reported not restored)</span> : null}
        </>
      ),
      theirs: formatListTime(d.theirs.restoredAt, zone),
      differs: kinds.has('restoration'),
    },
    { what: 'Closed', ours: formatListTime(ours.closedAt, zone), theirs: formatListTime(d.theirs.closedAt, zone), differs: kinds.has('closed') },
    {
      what: 'Stop clocks',
      ours: <StopClockList clocks={ours.stopClocks} zone={zone} empty="None" />,
      theirs: <StopClockList clocks={d.theirs.stopClocks} zone={zone} empty="None" />,
      differs: STOP_CLOCK_KINDS.some((k) => kinds.has(k)),
    },
  ];

  return (
    <article className="panel recon-ticket" aria-labelledby={titleId} data-ticket={d.theirs.ticketNumber}>
      <header className="recon-ticket-head">
        <h3 id={titleId}>
          <span className="mono">{d.theirs.ticketNumber}</span> · <span className="mono">{d.theirs.circuitId}</span>
        </h3>
        <p className="muted">
          Matched {MATCHED_BY_LABELS[d.by]} to <a href={hrefForTicket(ours.ticketId)}>our ticket {ours.ticketNumber || `#${ours.ticketId}`}</a>
          {ours.fromReport ? <span className="badge recon-from-report">from {contractor}’s report</span> : null}
        </p>
        <p className="recon-stake">
          <strong className="money" data-testid="ticket-at-stake">
            {formatAmount(d.atStake)}
          </strong>{' '}
          at stake
        </p>
      </header>

      <table className="data-table compact recon-table recon-side" aria-label={`Ours vs ${contractor}’s, ticket ${d.theirs.ticketNumber}`}>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">What</span>
            </th>
            <th scope="col">Ours</th>
            <th scope="col">{contractor}’s</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.what} className={row.differs ? 'recon-differs' : undefined}>
              <th scope="row">
                {row.what}
                {row.differs ? <span className="recon-differs-mark"> (differs)</span> : null}
              </th>
              <td>{row.ours}</td>
              <td>{row.theirs}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Credit</th>
            <td className="money">{formatAmount(d.ourCredit)}</td>
            <td>
              <span className="money">{formatAmount(d.theirCreditByContract)}</span> by the contract on their record
              {d.theirStatedCredit !== null ? (
                <span className="cell-sub">
                  their report states <span className="money">{formatAmount(d.theirStatedCredit)}</span>
                </span>
              ) : null}
            </td>
          </tr>
        </tbody>
      </table>

      <ul className="recon-diffs" aria-label={`Differences on ticket ${d.theirs.ticketNumber}`}>
        {d.differences.map((x, i) => (
          <li key={i} className={x.invalid ? 'recon-diff is-invalid' : 'recon-diff'} data-kind={x.kind}>
            {x.invalid ? (
              <p className="recon-flag">
                <strong>Invalid stop clock</strong> · {x.invalid.clause}
              </p>
            ) : null}
            <p>{sentence(x.text)}</p>
          </li>
        ))}
      </ul>

      {d.effects.length > 0 ? (
        <table className="data-table compact recon-table recon-effects" aria-label={`Verdicts and credits, ticket ${d.theirs.ticketNumber}`}>
          <thead>
            <tr>
              <th scope="col">SLA</th>
              <th scope="col">Ours</th>
              <th scope="col">By {contractor}’s record</th>
              <th scope="col" className="col-num">
                Credit, ours
              </th>
              <th scope="col" className="col-num">
                Credit, theirs
              </th>
              <th scope="col" className="col-num">
                At stake
              </th>
            </tr>
          </thead>
          <tbody>
            {d.effects.map((e) => (
              <tr key={`${e.sla}-${e.subject}-${e.month}`}>
                <td>
                  {e.title} <span className="muted">{e.clause}</span>
                  {e.subject === 'service-month' ? <span className="cell-sub">the service’s month</span> : null}
                </td>
                <td>{verdictLabel(e.ours)}</td>
                <td>{verdictLabel(e.theirs)}</td>
                <td className="col-num money">{formatAmount(e.oursCredit)}</td>
                <td className="col-num money">{formatAmount(e.theirsCredit)}</td>
                <td className="col-num money">{formatAmount(e.atStake)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </article>
  );
}
