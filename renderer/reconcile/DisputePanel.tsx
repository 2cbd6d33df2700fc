// The dispute: the month's claims to this contractor, and for each one that can be disputed a
// button that makes a dispute section in its packet from this report's differences (ours vs
// theirs per ticket, the clause, the money) and moves the claim to disputed, once the ATR has
// confirmed with a date and a reason (reconcile:dispute).
import { useRef, useState, type FormEvent } from 'react';
import type { Contractor } from '../../shared/ipc/agency';
import type { Claim } from '../../shared/ipc/claims';
import type { Reconciliation, ReportSummary } from '../../shared/ipc/reconcile';
import { nextSteps } from '../../shared/claims/lifecycle';
import { dollarsToCents } from '../../shared/money';
import { api } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import { CLAIM_TABLES } from '../claims/model';
import { hrefForClaim, hrefForPacket } from '../claims/route';
import { hrefForMonth } from '../month/route';
import { notify } from '../shell/notices';
import { useRecorder } from '../shell/recorder';
import { goTo } from '../shell/route';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { DialogActions, FormErrorText, useFocusFirstInvalid } from '../ui/Form';
import { mapFieldErrors, noErrors, type FormErrors } from '../ui/fieldErrors';
import { formatAmount, monthLabel } from '../ui/slaText';
import { claimStatusText, count } from './model';
import { useReconcileUi } from './store';

const canDispute = (c: Claim) => nextSteps(c.status, { claimedCents: dollarsToCents(c.claimed), creditedCents: dollarsToCents(c.credited) }).includes('disputed');

interface Props {
  report: ReportSummary;
  run: Reconciliation;
  month: string;
  preferredClaimId: number | null;
  contractor: Contractor;
}

export function DisputePanel({ report, run, month, preferredClaimId, contractor }: Props) {
  const claims = useApiQuery('claims:list', { contractorId: contractor.id }, CLAIM_TABLES);
  const disputeClaimId = useReconcileUi((s) => s.disputeClaimId);
  const openDispute = useReconcileUi((s) => s.openDispute);
  const ofMonth = (claims.data?.claims ?? [])
    .filter((c) => c.month === month)
    .sort((a, b) => Number(b.id === preferredClaimId) - Number(a.id === preferredClaimId) || a.id - b.id);
  const atStake = run.months.find((m) => m.month === month)?.atStake ?? run.totals.atStake;
  const dialogClaim = ofMonth.find((c) => c.id === disputeClaimId) ?? null;

  return (
    <section className="recon-section recon-dispute" aria-labelledby="recon-dispute">
      <h2 id="recon-dispute">Dispute</h2>
      {run.differences.length === 0 ? (
        <p className="muted">Nothing to dispute: no ticket of this month differs in a way that matters.</p>
      ) : !claims.data ? (
        <p className="muted">{claims.error ? `The claims could not be loaded: ${claims.error.message}` : 'Loading the claims…'}</p>
      ) : ofMonth.length === 0 ? (
        <p>
          No claim to {contractor.name} for {monthLabel(month)} yet. Make it on the{' '}
          <a href={hrefForMonth({ month, contractorId: contractor.id })}>Month screen</a> and submit it; then dispute it here with these differences.
        </p>
      ) : (
        <>
          <p>
            {count(run.differences.length, 'ticket')} of {monthLabel(month)} differ{run.differences.length === 1 ? 's' : ''}, {formatAmount(atStake)} at stake. A dispute puts
            a section in the claim’s packet (ours vs theirs per ticket, the clause, the money) and moves the claim to disputed.
          </p>
          <ul className="plain-list recon-dispute-claims">
            {ofMonth.map((c) => (
              <li key={c.id} data-claim={c.id}>
                <a href={hrefForClaim(c.id)}>Claim {c.id}</a> <span className={`claim-status claim-${c.status}`}>{c.statusLabel || claimStatusText(c.status)}</span>{' '}
                <span className="muted">
                  {formatAmount(c.claimed)} claimed, {formatAmount(c.owed)} still owed
                </span>{' '}
                {canDispute(c) ? (
                  <button type="button" className="button" onClick={() => openDispute(c.id)}>
                    Dispute claim {c.id} with these differences…
                  </button>
                ) : c.status === 'draft' ? (
                  <span className="muted">Submit it first to dispute it.</span>
                ) : (
                  <a className="button" href={hrefForPacket(c.id)}>
                    Print claim packet
                  </a>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {dialogClaim ? <DisputeDialog claim={dialogClaim} report={report} today={claims.data?.today ?? ''} atStake={atStake} tickets={run.differences.length} /> : null}
    </section>
  );
}

type DisputeField = 'on' | 'reason';
const LABELS: Record<DisputeField, string> = { on: 'Date', reason: 'Reason' };

function DisputeDialog({ claim, report, today, atStake, tickets }: { claim: Claim; report: ReportSummary; today: string; atStake: number; tickets: number }) {
  const close = useReconcileUi((s) => s.closeDispute);
  const who = useRecorder((s) => s.who);
  const [on, setOn] = useState(today);
  const [reason, setReason] = useState(`${claim.contractorName}’s ticket report (${report.fileName || `report ${report.id}`}) differs from our record on ${count(tickets, 'ticket')}; the contract does not support their version.`);
  const [errors, setErrors] = useState<FormErrors<DisputeField>>(noErrors());
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const title = `Dispute claim ${claim.id}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const r = await api.invoke('reconcile:dispute', { reportId: report.id, claimId: claim.id, on, reason, who });
    setSaving(false);
    if (!r.ok) {
      setErrors(mapFieldErrors(r.error, LABELS));
      focusFirstInvalid();
      return;
    }
    close();
    notify(`Claim ${claim.id} disputed`, `The packet has the dispute section: ${count(r.value.section.tickets.length, 'ticket')}, ${formatAmount(r.value.section.atStake)} at stake.`, 'success', {
      label: 'Open the packet',
      run: () => goTo(hrefForPacket(claim.id)),
    });
  };

  return (
    <Dialog
      title={title}
      onClose={close}
      busy={saving}
      description={
        <p>
          Claim {claim.id} to {claim.contractorName} ({monthLabel(claim.month)}, {claimStatusText(claim.status).toLowerCase()}) moves to disputed, and its packet gets a dispute
          section from {report.fileName || `report ${report.id}`}: for each of the claim’s tickets where their record differs, ours vs theirs, the clause and the
          money ({formatAmount(atStake)} at stake this month).
        </p>
      }
    >
      <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label={title}>
        <FormErrorText messages={errors.form} />
        <Field label="Date" error={errors.fields.on} required hint="The day you send the dispute (agency calendar).">
          <input type="date" value={on} autoFocus onChange={(e) => (setOn(e.target.value), setErrors((p) => ({ form: p.form, fields: { ...p.fields, on: undefined } })))} />
        </Field>
        <Field label="Reason" error={errors.fields.reason} required hint="What you tell the contractor: why their record is wrong.">
          <textarea rows={4} value={reason} maxLength={2000} onChange={(e) => (setReason(e.target.value), setErrors((p) => ({ form: p.form, fields: { ...p.fields, reason: undefined } })))} />
        </Field>
        <DialogActions onCancel={close} busy={saving} submitLabel="Dispute claim" busyLabel="Disputing…" />
      </form>
    </Dialog>
  );
}
