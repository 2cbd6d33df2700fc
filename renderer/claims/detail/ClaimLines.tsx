// The claim's lines: each missed SLA with money as claimed (SLA and clause, the ticket or order
// it is about, measure against objective, credit terms, amount), its arithmetic behind a
// disclosure, an exclusion with its reason, a note, and what changed since submission.
import type { Claim, ClaimLine } from '../../../shared/ipc/claims';
import { ExplainLines } from '../../ui/SlaBits';
import { creditTerms, formatAmount, measureText } from '../../ui/slaText';
import { isDraft, lineChange, lineSubject, type Figures } from '../model';
import { useClaimsUi } from '../store';
import { api } from '../../api/client';
import { notify } from '../../shell/notices';

const COLS = 6;

export function ClaimLines({ claim, lines }: { claim: Claim; lines: readonly ClaimLine[] }) {
  const draft = isDraft(claim.status);
  return (
    <section className="panel claim-lines" aria-labelledby="claim-lines-title">
      <div className="panel-head">
        <h2 id="claim-lines-title">Lines</h2>
        <p className="muted small">{draft ? 'Leave a line out with a reason; the total follows.' : `As submitted on ${claim.submittedOn}: frozen.`}</p>
      </div>
      <div className="claims-table-wrap">
        <table className="data-table claim-lines-table" aria-label="Claim lines">
          <colgroup>
            <col className="w-sla" />
            <col className="w-ref" />
            <col className="w-measure" />
            <col className="w-terms" />
            <col className="w-amount" />
            <col className="w-line-actions" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">SLA</th>
              <th scope="col">Ticket or order</th>
              <th scope="col">Measure</th>
              <th scope="col">Credit terms</th>
              <th scope="col" className="col-money">Amount</th>
              <th scope="col" className="col-actions">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          {lines.map((l) => (
            <LineRows key={l.id} line={l} draft={draft} />
          ))}
        </table>
      </div>
    </section>
  );
}

function LineRows({ line: l, draft }: { line: ClaimLine; draft: boolean }) {
  const open = useClaimsUi((s) => s.open);
  const s = lineSubject(l);
  const m = measureText(l.result);
  const change = lineChange(l);
  const include = async () => {
    const r = await api.invoke('claims:setLine', { id: l.id, excluded: false, excludedReason: '', note: l.note });
    if (!r.ok) notify('The line could not be included', r.error.message, 'error');
  };
  return (
    <tbody className={`claim-line${l.excluded ? ' is-excluded' : ''}${change ? ' is-changed' : ''}`} data-key={l.key} data-reference={s.reference}>
      <tr>
        <td>
          <span className="cell-main">{l.result.title}</span>
          <span className="cell-sub">{l.result.clause}</span>
        </td>
        <td>
          <span className="cell-main">{s.href ? <a href={s.href}>{s.reference}</a> : s.reference}</span>
          {s.circuit ? <span className="cell-sub mono">{s.circuit}</span> : null}
        </td>
        <td>
          <span className="cell-main">{m.measure ?? '—'}</span>
          {m.objective ? <span className="cell-sub">objective {m.objective}</span> : null}
        </td>
        <td className="small">{creditTerms(l.result.credit)}</td>
        <td className="col-money">
          <span className="money line-amount">{formatAmount(l.result.credit.amount)}</span>
          {l.excluded ? <span className="cell-sub">excluded</span> : null}
        </td>
        <td className="col-actions">
          {draft ? (
            <div className="line-actions">
              {l.excluded ? (
                <button type="button" className="button small" onClick={() => void include()} aria-label={`Include again: ${l.result.title}, ${s.reference}`}>
                  Include again
                </button>
              ) : (
                <button type="button" className="button small" onClick={() => open({ kind: 'exclude', lineId: l.id })} aria-label={`Exclude: ${l.result.title}, ${s.reference}`}>
                  Exclude…
                </button>
              )}
              <button type="button" className="button small subtle" onClick={() => open({ kind: 'lineNote', lineId: l.id })} aria-label={`Note: ${l.result.title}, ${s.reference}`}>
                Note…
              </button>
            </div>
          ) : null}
        </td>
      </tr>
      <tr className="claim-line-more">
        <td colSpan={COLS}>
          {l.excluded ? <p className="line-excluded">Excluded: {l.excludedReason}</p> : null}
          {l.note ? <p className="line-note">Note: {l.note}</p> : null}
          {change ? <ChangedSince was={change.was} now={change.now} /> : null}
          <ExplainLines lines={l.result.explain} what={`${l.result.title}, ${s.reference}`} />
        </td>
      </tr>
    </tbody>
  );
}

function ChangedSince({ was, now }: { was: Figures; now: Figures }) {
  const text = (f: Figures) => [f.status, f.measure, f.amount].filter(Boolean).join(' · ');
  return (
    <p className="line-changed" data-testid="line-changed">
      <strong>Changed since submitted:</strong> <span className="line-was">was {text(was)}</span> <span aria-hidden="true">→</span>{' '}
      <span className="line-now">now {text(now)}</span>
    </p>
  );
}
