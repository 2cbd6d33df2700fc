// The cover letter: the agency's letterhead, the contractor, the contract and category, the
// billing month, the total claimed and the ATR's signature block (agency profile, migration 0060).
import type { ClaimPacket } from '../../../shared/ipc/claims';
import { monthLabel } from '../../ui/slaText';
import { claimNumber, longDate, money, splitLines, sumOf } from './model';

export function PacketCover({ p }: { p: ClaimPacket }) {
  const { included, excluded } = splitLines(p.lines);
  const c = p.claim;
  const dated = c.submittedOn ?? p.generatedAt.slice(0, 10);
  const month = monthLabel(c.month);
  const a = p.agency;
  return (
    <section className="packet-cover" aria-labelledby="packet-cover-title">
      <header className="letterhead">
        <p className="letterhead-name">{a.name || 'Agency name not set'}</p>
        {a.address ? <p className="letterhead-address">{a.address}</p> : null}
      </header>
      <p className="letter-date">{longDate(dated)}</p>
      <address className="letter-to">
        {p.contractor.name}
        <br />
        {p.contract.title} contract, section {p.contract.section}
      </address>
      <h1 id="packet-cover-title" className="letter-subject">
        SLA credit claim: {p.contractor.name}, {month} ({claimNumber(p)}
        {c.supplementsId !== null ? `, supplementing claim ${c.supplementsId}` : ''})
      </h1>
      {c.status === 'draft' ? (
        <p className="packet-draft" role="note">
          Draft: not submitted. Its figures are as of {longDate(p.generatedAt.slice(0, 10))} and its case file is frozen only when it is submitted.
        </p>
      ) : null}
      <dl className="letter-facts">
        <div>
          <dt>Contractor</dt>
          <dd>{p.contractor.name}</dd>
        </div>
        <div>
          <dt>Contract</dt>
          <dd>{p.contract.title}</dd>
        </div>
        <div>
          <dt>Category</dt>
          <dd>{p.category}</dd>
        </div>
        <div>
          <dt>Billing month</dt>
          <dd>{month}</dd>
        </div>
        <div>
          <dt>Lines claimed</dt>
          <dd>
            {included.length}
            {excluded.length ? ` (${excluded.length} excluded)` : ''}
          </dd>
        </div>
        <div className="letter-total">
          <dt>Total claimed</dt>
          <dd data-testid="packet-total">{money(sumOf(included))}</dd>
        </div>
      </dl>
      <p>
        Under section {p.contract.section} of the {p.contract.title} contract (Technical Service Level Agreements), {a.name || 'the agency'} claims a
        credit of <strong>{money(sumOf(included))}</strong> for the service levels {p.contractor.name} did not meet in {month}. The enclosed
        summary lists each one; the pages after it show, ticket by ticket and order by order, the timeline, the stop clocks with their
        codes, the measure against the objective, the arithmetic of the credit and the text of the clause it rests on.
      </p>
      <p>
        {p.caseFile
          ? 'The inputs of every figure are in the case file named on the last page, with its SHA-256: anyone can recompute each line from it with the sla command of ATR Desk.'
          : 'The case file of the inputs is frozen with its SHA-256 when the claim is submitted.'}{' '}
        Please apply the credit to the next invoice and confirm it with your reference.
      </p>
      <div className="signature">
        <p>Sincerely,</p>
        <div className="signature-line" aria-hidden="true" />
        <p className="signature-name">{a.atrName || 'Agency Telecom Representative'}</p>
        {a.atrName && a.atrTitle ? <p>{a.atrTitle}</p> : null}
        <p>{a.name}</p>
        {a.atrPhone ? <p>Phone {a.atrPhone}</p> : null}
        {a.atrEmail ? <p>{a.atrEmail}</p> : null}
      </div>
    </section>
  );
}
