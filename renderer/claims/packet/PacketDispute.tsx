// The dispute sections of a claim packet (reconcile:dispute): from the contractor's own ticket
// report, per ticket ours vs theirs (times and stop clocks), each difference with the clause it
// rests on and the money at stake, and the text of the clauses cited. Shown as made: the section is
// frozen on the claim; nothing is recomputed here.
import type { ClaimPacket } from '../../../shared/ipc/claims';
import { longDate, money, when } from './model';

type Dispute = ClaimPacket['disputes'][number];

function DisputeTicket({ t }: { t: Dispute['tickets'][number] }) {
  return (
    <div className="pk-dispute-ticket">
      <h4>
        Ticket {t.reference} on {t.circuitId}: {money(t.atStake)} at stake
      </h4>
      <table className="packet-table">
        <caption className="visually-hidden">Ticket {t.reference}: our record and the contractor's</caption>
        <thead>
          <tr>
            <th scope="col"> </th>
            <th scope="col">Our record</th>
            <th scope="col">Contractor's report</th>
          </tr>
        </thead>
        <tbody>
          {t.times.map((row) => (
            <tr key={row.what}>
              <th scope="row">{row.what}</th>
              <td>{row.ours ?? '—'}</td>
              <td>{row.theirs ?? '—'}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Stop clocks</th>
            <td>{t.ourStopClocks.length ? t.ourStopClocks.map((s) => <div key={s}>{s}</div>) : 'none'}</td>
            <td>{t.theirStopClocks.length ? t.theirStopClocks.map((s) => <div key={s}>{s}</div>) : 'none'}</td>
          </tr>
        </tbody>
      </table>
      <ul className="pk-dispute-differences">
        {t.differences.map((d) => (
          <li key={d.text}>
            {d.text}
            {d.clause ? <span className="row-note">Clause {d.clause}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function PacketDisputes({ p }: { p: ClaimPacket }) {
  if (p.disputes.length === 0) return null;
  return (
    <>
      {p.disputes.map((d) => (
        <section key={d.id} className="packet-dispute" aria-labelledby={`packet-dispute-${d.id}`}>
          <h2 id={`packet-dispute-${d.id}`}>Dispute of {longDate(d.on)}: our record against {d.contractorName}'s</h2>
          <p>{d.reason}</p>
          <p>
            From {d.contractorName}'s ticket report <span className="mono">{d.report.fileName || 'without a file name'}</span> (imported{' '}
            {when(d.report.importedAt, p.timeZone)}, SHA-256 <span className="mono">{d.report.sha256}</span>). Total at stake: <strong>{money(d.atStake)}</strong>.
          </p>
          {d.tickets.map((t) => (
            <DisputeTicket key={t.reference} t={t} />
          ))}
          {d.clauses.length ? (
            <>
              <h3>Clauses cited</h3>
              <dl>
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
        </section>
      ))}
    </>
  );
}
