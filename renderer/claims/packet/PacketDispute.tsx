// A dispute section of the packet (reconcile:dispute, frozen as made): the contractor's report it
// rests on, then per ticket our record against theirs (times, stop clocks), each difference with
// its clause and the money, every verdict and credit their version changes, and the text of the
// clauses cited. The figures are the back end's as made; nothing is recomputed here.
import type { ClaimPacket } from '../../../shared/ipc/claims';
import { sentence, verdictLabel } from '../../reconcile/model';
import { formatAmount } from '../../ui/slaText';
import { longDate, when } from './model';

type Dispute = ClaimPacket['disputes'][number];

export function PacketDisputes({ p }: { p: ClaimPacket }) {
  return p.disputes.map((d) => <DisputeSection key={d.id} d={d} zone={p.timeZone} />);
}

function DisputeSection({ d, zone }: { d: Dispute; zone: string }) {
  const titleId = `packet-dispute-${d.id}`;
  return (
    <section className="packet-dispute" aria-labelledby={titleId}>
      <h2 id={titleId}>
        Dispute of {longDate(d.on)}: our record against {d.contractorName}’s
      </h2>
      <p>
        <strong>Reason:</strong> {d.reason}
      </p>
      <p>
        It rests on {d.contractorName}’s own ticket report <span className="mono">{d.report.fileName || '(no file name)'}</span>, imported{' '}
        {when(d.report.importedAt, zone)}, SHA-256 <span className="mono hash">{d.report.sha256}</span>. At stake on the tickets below:{' '}
        <strong data-testid="dispute-at-stake">{formatAmount(d.atStake)}</strong>.
      </p>
      {d.tickets.map((t) => (
        <div key={t.ticketId} className="pk-dispute-ticket">
          <h3>
            Ticket {t.reference} (case file ticket {t.ticketId}), {t.circuitId}: {formatAmount(t.atStake)} at stake
          </h3>
          <table className="packet-table compact pk-dispute-side">
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">What</span>
                </th>
                <th scope="col">Our record</th>
                <th scope="col">{d.contractorName}’s report</th>
              </tr>
            </thead>
            <tbody>
              {t.times.map((x) => (
                <tr key={x.what}>
                  <th scope="row">{x.what}</th>
                  <td>{x.ours ?? '—'}</td>
                  <td>{x.theirs ?? '—'}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">Stop clocks</th>
                <td>{t.ourStopClocks.length ? t.ourStopClocks.join('; ') : 'None'}</td>
                <td>{t.theirStopClocks.length ? t.theirStopClocks.join('; ') : 'None'}</td>
              </tr>
            </tbody>
          </table>
          <h5>Differences</h5>
          <ol className="pk-dispute-differences">
            {t.differences.map((x, i) => (
              <li key={i}>
                {sentence(x.text)}
                {x.clause && !x.text.includes(x.clause) ? ` (${x.clause})` : ''}
              </li>
            ))}
          </ol>
          {t.effects.length > 0 ? (
            <table className="packet-table compact">
              <thead>
                <tr>
                  <th scope="col">SLA</th>
                  <th scope="col">Our record</th>
                  <th scope="col">Their record</th>
                  <th scope="col" className="num">
                    Credit, ours
                  </th>
                  <th scope="col" className="num">
                    Credit, theirs
                  </th>
                  <th scope="col" className="num">
                    At stake
                  </th>
                </tr>
              </thead>
              <tbody>
                {t.effects.map((e) => (
                  <tr key={`${e.sla}-${e.subject}-${e.month}`}>
                    <td>
                      {e.title}, {e.clause}
                    </td>
                    <td>{verdictLabel(e.ours)}</td>
                    <td>{verdictLabel(e.theirs)}</td>
                    <td className="num">{formatAmount(e.oursCredit)}</td>
                    <td className="num">{formatAmount(e.theirsCredit)}</td>
                    <td className="num">{formatAmount(e.atStake)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
      ))}
      {d.clauses.length > 0 ? (
        <>
          <h3>Clauses cited</h3>
          <dl className="pk-dispute-clauses">
            {d.clauses.map((c) => (
              <div key={c.clause}>
                <dt>
                  {c.clause} {c.title}
                </dt>
                <dd>{c.text}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      <p className="muted-print">
        Made {when(d.createdAt, zone)}
        {d.who ? ` by ${d.who}` : ''}; kept as made.
      </p>
    </section>
  );
}
