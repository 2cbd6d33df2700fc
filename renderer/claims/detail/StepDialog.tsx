// Recording a step: Submit (date, how, to whom), Acknowledge (date, the contractor's reference),
// Record credit (date, amount, invoice; a partial credit leaves the rest owed), Deny or Dispute
// (date, reason). Dates are the agency's; the channel refuses a future date or one before the
// claim's last step, and the error shows beside the field.
import { useRef, useState, type FormEvent } from 'react';
import type { ClaimStep } from '../../../shared/claims/lifecycle';
import type { Claim } from '../../../shared/ipc/claims';
import type { IpcResult } from '../../../shared/ipc/contract';
import { api } from '../../api/client';
import { notify } from '../../shell/notices';
import { useAgencyZone } from '../../ui/agencyTime';
import { agencyDate, useAppNow } from '../../ui/appNow';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { DialogActions, FormErrorText, useFocusFirstInvalid } from '../../ui/Form';
import { mapFieldErrors, noErrors, type FormErrors } from '../../ui/fieldErrors';
import { MoneyInput } from '../../ui/MoneyInput';
import { formatAmount } from '../../ui/slaText';
import { STEP_ACTIONS } from '../model';
import { useClaimsUi } from '../store';
import { useRecorder } from '../../shell/recorder';

type StepField = 'on' | 'method' | 'to' | 'reference' | 'amount' | 'invoice' | 'reason' | 'who';
const LABELS: Record<StepField, string> = {
  on: 'Date', method: 'Sent by', to: 'Sent to', reference: 'Contractor’s reference', amount: 'Amount credited', invoice: 'Invoice number', reason: 'Reason', who: 'Recorded by',
};
const METHODS = ['E-mail', 'Letter', 'Contractor portal', 'Fax', 'By hand'];

type Values = Record<Exclude<StepField, 'on'>, string>;

function send(step: ClaimStep, id: number, on: string, v: Values): Promise<IpcResult<unknown>> {
  const who = v.who;
  switch (step) {
    case 'submitted':
      return api.invoke('claims:submit', { id, on, method: v.method, to: v.to, who });
    case 'acknowledged':
      return api.invoke('claims:acknowledge', { id, on, reference: v.reference, who });
    case 'credited':
      return api.invoke('claims:credit', { id, on, amount: v.amount, invoice: v.invoice, who });
    case 'denied':
      return api.invoke('claims:deny', { id, on, reason: v.reason, who });
    case 'disputed':
      return api.invoke('claims:dispute', { id, on, reason: v.reason, who });
  }
}

export function StepDialog({ step, claim }: { step: ClaimStep; claim: Claim }) {
  const closeDialog = useClaimsUi((s) => s.closeDialog);
  const rememberedWho = useRecorder((s) => s.who);
  const zone = useAgencyZone();
  const nowMs = useAppNow();
  const [on, setOn] = useState<string | null>(null);
  const [v, setV] = useState<Values>({ method: METHODS[0]!, to: '', reference: claim.contractorReference, amount: '', invoice: '', reason: '', who: rememberedWho });
  const [errors, setErrors] = useState<FormErrors<StepField>>(noErrors());
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const date = on ?? agencyDate(nowMs, zone);
  const action = STEP_ACTIONS[step];

  const set = (f: Exclude<StepField, 'on'>) => (e: { target: { value: string } }) => {
    setV((prev) => ({ ...prev, [f]: e.target.value }));
    setErrors((prev) => ({ form: prev.form, fields: { ...prev.fields, [f]: undefined } }));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const r = await send(step, claim.id, date, v);
    setSaving(false);
    if (!r.ok) {
      setErrors(mapFieldErrors(r.error, LABELS));
      focusFirstInvalid();
      return;
    }
    closeDialog();
    notify(`Claim ${claim.id}: ${action.done}`);
  };

  return (
    <Dialog title={action.title} onClose={closeDialog} busy={saving} description={<p>Claim {claim.id} to {claim.contractorName}: {formatAmount(claim.claimed)} claimed, {formatAmount(claim.owed)} still owed.</p>}>
      <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label={action.title}>
        <FormErrorText messages={errors.form} />
        <Field label="Date" error={errors.fields.on} required hint={`A date of the agency's calendar (${zone}).`}>
          <input
            type="date"
            value={date}
            autoFocus
            onChange={(e) => {
              setOn(e.target.value);
              setErrors((prev) => ({ form: prev.form, fields: { ...prev.fields, on: undefined } }));
            }}
          />
        </Field>
        {step === 'submitted' ? (
          <>
            <Field label="Sent by" error={errors.fields.method} required>
              <select value={v.method} onChange={set('method')}>
                {METHODS.map((m) => (
                  <option key={m}>{m}</option>
                ))}
              </select>
            </Field>
            <Field label="Sent to" error={errors.fields.to} required hint="Whom the claim went to, e.g. AT&T CALNET billing, or the account manager's name.">
              <input type="text" value={v.to} maxLength={200} onChange={set('to')} />
            </Field>
            <p className="field-hint">Submitting freezes the lines and keeps the case file of their inputs with its SHA-256.</p>
          </>
        ) : null}
        {step === 'acknowledged' ? (
          <Field label="Contractor’s reference" error={errors.fields.reference} hint="Their number for the claim, if they gave one.">
            <input type="text" value={v.reference} maxLength={120} onChange={set('reference')} />
          </Field>
        ) : null}
        {step === 'credited' ? (
          <>
            <Field label="Amount credited" error={errors.fields.amount} required hint={`Still owed: ${formatAmount(claim.owed)}. A partial credit leaves the rest owed.`}>
              <MoneyInput value={v.amount} onChange={(amount) => set('amount')({ target: { value: amount } })} />
            </Field>
            <Field label="Invoice number" error={errors.fields.invoice} required hint="The invoice that shows the credit.">
              <input type="text" value={v.invoice} maxLength={64} onChange={set('invoice')} />
            </Field>
          </>
        ) : null}
        {step === 'denied' || step === 'disputed' ? (
          <Field label="Reason" error={errors.fields.reason} required hint={step === 'denied' ? 'What the contractor said.' : 'Why the answer is wrong, and what you asked for.'}>
            <textarea rows={3} value={v.reason} maxLength={2000} onChange={set('reason')} />
          </Field>
        ) : null}
        <Field label="Recorded by" error={errors.fields.who}>
          <input type="text" value={v.who} maxLength={120} onChange={set('who')} />
        </Field>
        <DialogActions onCancel={closeDialog} busy={saving} submitLabel={action.save} busyLabel="Saving…" />
      </form>
    </Dialog>
  );
}
