// The last pages: the stop-clock conditions the packet names (29.4.7), then how anyone checks it:
// the case file's name and SHA-256, and the command that recomputes every figure from it.
import type { ClaimPacket } from '../../../shared/ipc/claims';
import { when, verifyCommands } from './model';

/** Commands with their comments lined up: "sha256sum FILE    # Linux". */
function commentedLines(rows: Array<[string, string]>): string {
  const width = Math.max(...rows.map(([c]) => c.length));
  return rows.map(([c, note]) => `${c.padEnd(width)}  # ${note}`).join('\n');
}

export function PacketConditions({ p }: { p: ClaimPacket }) {
  if (p.conditions.length === 0) return null;
  return (
    <section className="packet-conditions" aria-labelledby="packet-conditions-title">
      <h2 id="packet-conditions-title">Stop-clock conditions named in this packet ({p.contract.stopClockSection})</h2>
      <dl>
        {p.conditions.map((c) => (
          <div key={c.code}>
            <dt>
              {c.code}: {c.title} ({p.contract.stopClockSection} item {c.line})
            </dt>
            <dd>{c.definition}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function PacketVerification({ p }: { p: ClaimPacket }) {
  const f = p.caseFile;
  if (!f) {
    return (
      <section className="packet-verify" aria-labelledby="packet-verify-title">
        <h2 id="packet-verify-title">Checking this claim</h2>
        <p>
          This claim is a draft: its case file, the inputs of every figure, is frozen with its SHA-256 when the claim is submitted, and
          printed here then.
        </p>
      </section>
    );
  }
  const cmd = verifyCommands(f.fileName);
  const sumFile = f.fileName.replace(/\.case\.json$/, '.sha256');
  return (
    <section className="packet-verify" aria-labelledby="packet-verify-title">
      <h2 id="packet-verify-title">Checking this claim</h2>
      <p>
        Every figure of this claim was computed from one case file, frozen when the claim was submitted (measured as of{' '}
        {when(p.claim.asOf, p.timeZone)}) and kept unchanged since:
      </p>
      <dl className="pk-verify-facts">
        <div>
          <dt>Case file</dt>
          <dd className="mono" data-testid="packet-case-file">
            {f.fileName}
          </dd>
        </div>
        <div>
          <dt>SHA-256</dt>
          <dd className="mono hash" data-testid="packet-sha256">
            {f.sha256}
          </dd>
        </div>
      </dl>
      <h3>1. Check that the case file is the one claimed</h3>
      <p>Compute its SHA-256; it must print the value above, character for character.</p>
      <pre className="command">{commentedLines([[cmd.hash[0]!, 'Linux'], [cmd.hash[1]!, 'macOS'], [cmd.hash[2]!, 'Windows']])}</pre>
      <p>
        Saved from the desktop app, the packet has two files beside it: the case file and <span className="mono">{sumFile}</span>, which{' '}
        <span className="mono">sha256sum -c {sumFile}</span> checks in one step.
      </p>
      <h3>2. Recompute every figure</h3>
      <p>
        With ATR Desk's source (Node.js 20.19 or newer, <span className="mono">npm ci</span>), run:
      </p>
      <pre className="command">{cmd.recompute}</pre>
      <p>
        It prints the report of {p.contract.title} section {p.contract.section} for the month: one result per SLA and ticket, order or
        service, each with its measure, objective, credit and the same explain lines as this packet. Every line of this claim is one of
        those results with the same amount; the case file names tickets and orders by their number in the agency's data file, which each
        section of this packet gives beside the contractor's ticket number. The rules applied are those of ATR Desk's
        docs/rules.md and the contract's clauses quoted in each section.
      </p>
    </section>
  );
}
