// The summary table: one row per line, numbered (the sections repeat the numbers), the excluded
// ones apart with the ATR's reason, the totals, and the claim's dated steps.
import type { ClaimPacket } from '../../../shared/ipc/claims';
import { monthLabel } from '../../ui/slaText';
import { eventText, money, packetSteps, splitLines, sumOf, summaryRows } from './model';

export function PacketSummary({ p }: { p: ClaimPacket }) {
  const rows = summaryRows(p.lines);
  const { included, excluded } = splitLines(p.lines);
  const c = p.claim;
  const steps = packetSteps(p.events);
  return (
    <section className="packet-summary" aria-labelledby="packet-summary-title">
      <h2 id="packet-summary-title">
        Summary: {p.contractor.name}, {monthLabel(c.month)}
      </h2>
      <table className="packet-table summary-table">
        <thead>
          <tr>
            <th scope="col">No.</th>
            <th scope="col">Ticket / order</th>
            <th scope="col">Circuit</th>
            <th scope="col">SLA (clause)</th>
            <th scope="col">Measure</th>
            <th scope="col">Objective</th>
            <th scope="col" className="num">
              Credit
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.lineId} className={r.excluded ? 'is-excluded' : undefined}>
              <td>{r.no}</td>
              <td className="ref">{r.reference}</td>
              <td>{r.circuit}</td>
              <td>
                {r.sla} ({r.clause})
                {r.excluded ? <span className="row-note">Excluded: {r.reason}</span> : null}
                {r.changed ? <span className="row-note">{r.changed}</span> : null}
              </td>
              <td>{r.measure}</td>
              <td>{r.objective}</td>
              <td className="num">
                {r.excluded ? <del>{r.amount}</del> : r.amount}
                <span className="row-terms">{r.terms}</span>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          {excluded.length ? (
            <tr>
              <th scope="row" colSpan={6}>
                Excluded ({excluded.length} line{excluded.length === 1 ? '' : 's'}, struck through above)
              </th>
              <td className="num">{money(sumOf(excluded))}</td>
            </tr>
          ) : null}
          <tr className="total-row">
            <th scope="row" colSpan={6}>
              Total claimed ({included.length} line{included.length === 1 ? '' : 's'})
            </th>
            <td className="num">{money(sumOf(included))}</td>
          </tr>
          {c.credited > 0 ? (
            <>
              <tr>
                <th scope="row" colSpan={6}>
                  Credited so far
                </th>
                <td className="num">{money(c.credited)}</td>
              </tr>
              <tr>
                <th scope="row" colSpan={6}>
                  Still owed
                </th>
                <td className="num">{money(c.owed)}</td>
              </tr>
            </>
          ) : null}
        </tfoot>
      </table>
      {steps.length ? (
        <div className="packet-steps">
          <h3>Claim record</h3>
          <ul>
            {steps.map((e) => (
              <li key={e.id}>{eventText(e)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {c.note ? (
        <div className="packet-note">
          <h3>Note</h3>
          <p>{c.note}</p>
        </div>
      ) : null}
    </section>
  );
}
