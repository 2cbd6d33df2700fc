// One section per ticket, order or (monthly SLAs) service: its facts, each claimed line with the
// measure against the objective and the arithmetic as claimed, the timeline with retractions and
// corrections, the stop clocks with their codes and void reasons, the notices, and the text of the
// clauses cited.
import type { ClaimLine, ClaimPacket, PacketSubject, PacketTicket } from '../../../shared/ipc/claims';
import { creditText, measureText, SLA_STATUS_LABELS } from '../../ui/slaText';
import { changedText, clausesOf, money, stopClockRows, subjectHeading, ticketFacts, timelineRows, when } from './model';

function LineBlock({ line, no }: { line: ClaimLine; no: number }) {
  const r = line.result;
  const m = measureText(r);
  const c = creditText(r);
  const changed = changedText(line);
  return (
    <div className={`packet-line${line.excluded ? ' is-excluded' : ''}`}>
      <h4>
        Line {no}: {r.title}, {r.clause}
        {line.excluded ? ' (excluded)' : ''}
      </h4>
      <dl className="pk-figures">
        <div>
          <dt>Measure</dt>
          <dd>{m.measure ?? '—'}</dd>
        </div>
        <div>
          <dt>Objective</dt>
          <dd>{m.objective ?? '—'}</dd>
        </div>
        {m.detail ? (
          <div>
            <dt>Also</dt>
            <dd>{m.detail}</dd>
          </div>
        ) : null}
        <div>
          <dt>Verdict</dt>
          <dd>{SLA_STATUS_LABELS[r.status]}</dd>
        </div>
        <div>
          <dt>Credit</dt>
          <dd>
            {line.excluded ? <del>{c.amount ?? money(0)}</del> : <strong>{c.amount ?? money(0)}</strong>} {c.terms}
          </dd>
        </div>
      </dl>
      {line.excluded ? <p className="line-excluded">Excluded from the claim: {line.excludedReason}</p> : null}
      {changed ? <p className="line-changed">{changed}</p> : null}
      <ol className="pk-explain" aria-label={`How line ${no} was worked out`}>
        {r.explain.map((x, i) => (
          <li key={i}>{x}</li>
        ))}
      </ol>
      {line.note ? <p className="line-note">Note: {line.note}</p> : null}
    </div>
  );
}

function TicketRecord({ t, p, heading }: { t: PacketTicket; p: ClaimPacket; heading: boolean }) {
  const zone = p.timeZone;
  const events = timelineRows(t.events, zone);
  const stops = stopClockRows(t.stopClocks, p.conditions, p.contract.stopClockSection, zone);
  return (
    <div className="pk-ticket">
      {heading ? (
        <h4>
          Ticket {t.ticket.contractorTicket || `#${t.ticket.id}`} (case file ticket {t.ticket.id})
        </h4>
      ) : null}
      <dl className="pk-facts">
        {ticketFacts(t, zone).map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {t.ticket.description ? <p className="pk-description">{t.ticket.description}</p> : null}
      <h5>Timeline</h5>
      <table className="packet-table compact timeline-table">
        <thead>
          <tr>
            <th scope="col">When ({zone})</th>
            <th scope="col">What</th>
            <th scope="col">Who</th>
            <th scope="col">Detail</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id} className={e.retraction ? 'is-retracted' : undefined}>
              <td>{e.retraction ? <del>{e.at}</del> : e.at}</td>
              <td>{e.retraction ? <del>{e.what}</del> : e.what}</td>
              <td>{e.who}</td>
              <td>
                {e.detail}
                {e.retraction ? <span className="row-note">{e.retraction}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h5>Stop clocks</h5>
      {stops.length === 0 ? (
        <p className="muted-print">None recorded.</p>
      ) : (
        <table className="packet-table compact">
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Condition</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {stops.map((s) => (
              <tr key={s.id} className={s.counts ? undefined : 'is-retracted'}>
                <td className="ref">{s.counts ? s.code : <del>{s.code}</del>}</td>
                <td>
                  {s.title} ({s.item})
                </td>
                <td>{s.from}</td>
                <td>
                  {s.to}
                  {s.window ? <span className="row-note">Scheduled window {s.window}</span> : null}
                </td>
                <td>
                  {s.note}
                  {s.status ? <span className="row-note">{s.status}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {t.notices.length ? (
        <>
          <h5>Contractor notices to CALNET</h5>
          <ul className="pk-list">
            {t.notices.map((n) => (
              <li key={n.id}>
                {when(n.at, zone)}, {n.method}
                {n.note ? `: ${n.note}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

export function PacketSubjectSection({ s, p, numbers }: { s: PacketSubject; p: ClaimPacket; numbers: Map<number, number> }) {
  const lines = s.lineIds.map((id) => p.lines.find((l) => l.id === id)).filter((l): l is ClaimLine => l !== undefined);
  const svc = s.service;
  const zone = p.timeZone;
  const stops = s.order ? stopClockRows(s.order.stopClocks, p.conditions, p.contract.stopClockSection, zone) : [];
  return (
    <section className="packet-subject" aria-label={subjectHeading(s)} data-subject={s.key}>
      <h3>
        {subjectHeading(s)}
        <span className="subject-lines">
          {' '}
          (line{lines.length === 1 ? '' : 's'} {lines.map((l) => numbers.get(l.id)).join(', ')})
        </span>
      </h3>
      <p className="subject-service">
        {svc.circuitId}, {svc.serviceTypeTitle}, {svc.tier} tier{svc.site ? `, site ${svc.site}` : ''}
        {svc.address ? ` (${svc.address})` : ''}. TMRC {money(svc.tmrc)}, ADUC {money(svc.aduc)}, installation fee {money(svc.installFee)}.
      </p>
      {lines.map((l) => (
        <LineBlock key={l.id} line={l} no={numbers.get(l.id) ?? 0} />
      ))}
      {s.kind === 'ticket' && s.tickets[0] ? <TicketRecord t={s.tickets[0]} p={p} heading={false} /> : null}
      {s.order ? (
        <div className="pk-order">
          <dl className="pk-facts">
            <div>
              <dt>Order</dt>
              <dd>
                {s.order.reference || `#${s.order.id}`} (case file order {s.order.id})
              </dd>
            </div>
            <div>
              <dt>Ordered</dt>
              <dd>{when(s.order.orderedAt, zone)}</dd>
            </div>
            <div>
              <dt>Negotiated due date</dt>
              <dd>{s.order.dueDate ?? 'none (the committed interval applies)'}</dd>
            </div>
            <div>
              <dt>Completed</dt>
              <dd>{s.order.completedAt ? when(s.order.completedAt, zone) : 'not yet'}</dd>
            </div>
          </dl>
          {s.order.description ? <p className="pk-description">{s.order.description}</p> : null}
          <h5>Stop clocks</h5>
          {stops.length === 0 ? (
            <p className="muted-print">None recorded.</p>
          ) : (
            <ul className="pk-list">
              {stops.map((x) => (
                <li key={x.id}>
                  {x.counts ? x.code : <del>{x.code}</del>} {x.title} ({x.item}): {x.from} to {x.to}
                  {x.note ? `. ${x.note}` : ''}
                  {x.status ? `. ${x.status}` : ''}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
      {s.kind === 'service' && s.usage.length ? (
        <>
          <h5>Survivability usage touching the month</h5>
          <ul className="pk-list">
            {s.usage.map((u) => (
              <li key={u.id}>
                {when(u.startAt, zone)} to {u.endAt ? when(u.endAt, zone) : 'still on the survivability circuit'}
                {u.note ? `: ${u.note}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {s.kind === 'service' && s.tickets.length ? (
        <>
          <h5 className="behind-heading">Tickets on {svc.circuitId} that started or closed in the month</h5>
          {s.tickets.map((t) => (
            <TicketRecord key={t.ticket.id} t={t} p={p} heading />
          ))}
        </>
      ) : null}
      {clausesOf(lines, p.clauses).map((c) => (
        <blockquote key={c.clause} className="clause-text">
          <p>{c.text}</p>
        </blockquote>
      ))}
    </section>
  );
}
