// Start a stop clock: the 15 conditions of 29.4.7 with each one's definition and rule, and,
// in a group of their own, the ones the contract never allows ("Cleared while testing", "No
// trouble found"). Picking one of those shows why at once, from the same rules as the back
// end; saving sends it anyway and the back end refuses it, so nothing is written. The same form
// corrects a stop clock recorded wrongly (with a reason; the original stays, retracted).
import { useRef, useState, type FormEvent } from 'react';
import type { ResponseOf } from '../../../shared/ipc/contract';
import type { StopClock } from '../../../shared/ipc/tickets';
import { loadCatalog } from '../../../shared/sla/catalog';
import { stopClockProblems } from '../../../shared/tickets/stopClockRules';
import { api } from '../../api/client';
import { notify } from '../../shell/notices';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { mapFieldErrors, noErrors, withoutFields, type FormErrors } from '../../ui/fieldErrors';
import { DialogActions, FormErrorList, useFocusFirstInvalid } from '../../ui/Form';
import { formatWhen, inputToIso, isoToInput, nowInput } from '../dates';
import { ConditionInfo } from './ConditionInfo';
import { useRecorder } from '../../shell/recorder';

type Conditions = ResponseOf<'stopClocks:conditions'>;
type F = 'code' | 'startAt' | 'endAt' | 'windowStart' | 'windowEnd' | 'note' | 'ticketId' | 'reason' | 'who';

const LABELS: Record<F, string> = {
  code: 'Condition', startAt: 'Start', endAt: 'End', windowStart: 'Maintenance window start', windowEnd: 'Maintenance window end', note: 'Note', ticketId: 'Ticket',
  reason: 'Reason for the correction', who: 'Corrected by',
};

interface Props {
  ticketId: number;
  conditions: Conditions;
  zone: string;
  onClose: () => void;
  /** The stop clock being corrected: its fields fill the form, and a reason is required. */
  correcting?: StopClock;
}

export function StartStopClockDialog({ ticketId, conditions, zone, onClose, correcting: c }: Props) {
  const who = useRecorder((s) => s.who);
  const [d, setD] = useState(() =>
    c
      ? { code: c.code, startAt: isoToInput(c.startAt, zone), endAt: isoToInput(c.endAt, zone), windowStart: isoToInput(c.windowStart, zone), windowEnd: isoToInput(c.windowEnd, zone), note: c.note, reason: '', who }
      : { code: '', startAt: nowInput(Date.now(), zone), endAt: '', windowStart: '', windowEnd: '', note: '', reason: '', who },
  );
  const [errors, setErrors] = useState<FormErrors<F>>(noErrors());
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const condition = conditions.conditions.find((c) => c.code === d.code);
  const refused = conditions.refused.find((c) => c.code === d.code);

  const request = () => ({
    ticketId,
    code: d.code, startAt: inputToIso(d.startAt, zone) ?? '', endAt: inputToIso(d.endAt, zone),
    windowStart: inputToIso(d.windowStart, zone), windowEnd: inputToIso(d.windowEnd, zone), note: d.note,
  });

  const set = (key: keyof typeof d, value: string) => {
    setD((x) => ({ ...x, [key]: value }));
    setErrors((e) => withoutFields(e, key));
    if (key === 'code') {
      // Instant feedback on the condition itself (refused, orders only), as the back end will say it.
      const codeProblem = value ? stopClockProblems(loadCatalog(), { ...request(), code: value, note: 'x', windowStart: 'x', windowEnd: 'x' }, 'ticket').find((p) => p.path === '/code') : undefined;
      setErrors((e) => ({ fields: { ...e.fields, ...(codeProblem ? { code: codeProblem.message } : {}) }, form: e.form }));
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const { ticketId: _t, ...fields } = request();
    const r = c ? await api.invoke('stopClocks:correct', { id: c.id, reason: d.reason, who: d.who, ...fields }) : await api.invoke('stopClocks:start', request());
    setSaving(false);
    if (!r.ok) {
      setErrors(mapFieldErrors(r.error, LABELS));
      focusFirstInvalid();
      return;
    }
    notify(c ? `${r.value.title} stop clock corrected` : `${r.value.title} stop clock ${r.value.endAt ? 'recorded' : 'started'}`, c ? 'The original stays on record, retracted, with your reason.' : '');
    onClose();
  };

  const title = c ? `Correct the ${c.title} stop clock` : 'Start a stop clock';
  const description = c
    ? `Recorded ${formatWhen(c.startAt, zone)} → ${c.endAt ? formatWhen(c.endAt, zone) : 'running'}. The original stays on record, retracted with your reason; every SLA result is computed again.`
    : 'While it runs, Time to Repair, Excessive Outage and CAT 1 stand still (29.4.7).';
  return (
    <Dialog title={title} onClose={onClose} busy={saving} size="large" description={description}>
      <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label={title}>
        <FormErrorList messages={errors.form} />
        <div className="form-grid">
          {c ? (
            <>
              <Field label="Reason for the correction" error={errors.fields.reason} required className="span-2" hint="What was wrong, e.g. “power was back at 9:30, not 11:00”. Kept with the original.">
                <input type="text" value={d.reason} maxLength={2000} autoFocus onChange={(e) => set('reason', e.target.value)} />
              </Field>
              <Field label="Corrected by" error={errors.fields.who}>
                <input type="text" value={d.who} maxLength={120} onChange={(e) => set('who', e.target.value)} />
              </Field>
            </>
          ) : null}
          <Field label="Condition" error={errors.fields.code} required className="span-2" hint={condition || refused ? <ConditionInfo condition={condition} refused={refused} /> : 'The reason the contractor could not work on the repair.'}>
            <select value={d.code} onChange={(e) => set('code', e.target.value)} autoFocus={!c}>
              <option value="">Choose a condition…</option>
              <optgroup label="Stop clock conditions (29.4.7)">
                {conditions.conditions.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.title}
                    {c.ordersOnly ? ' (orders only)' : c.requiresNote ? ' (note required)' : ''}
                  </option>
                ))}
              </optgroup>
              <optgroup label="Never a stop clock">
                {conditions.refused.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.title}
                  </option>
                ))}
              </optgroup>
            </select>
          </Field>
          <Field label="Start" error={errors.fields.startAt} required hint={`Agency time (${zone}).`}>
            <input type="datetime-local" value={d.startAt} onChange={(e) => set('startAt', e.target.value)} />
          </Field>
          <Field label="End" error={errors.fields.endAt} hint="Leave empty while it is still running.">
            <input type="datetime-local" value={d.endAt} onChange={(e) => set('endAt', e.target.value)} />
          </Field>
          {condition?.windowLimited ? (
            <>
              <Field label="Maintenance window start" error={errors.fields.windowStart} required hint="Only the part inside the scheduled window stops the clock.">
                <input type="datetime-local" value={d.windowStart} onChange={(e) => set('windowStart', e.target.value)} />
              </Field>
              <Field label="Maintenance window end" error={errors.fields.windowEnd} required>
                <input type="datetime-local" value={d.windowEnd} onChange={(e) => set('windowEnd', e.target.value)} />
              </Field>
            </>
          ) : null}
          <Field
            label="Note"
            error={errors.fields.note}
            required={condition?.requiresNote}
            className="span-2"
            hint={condition?.requiresNote ? `Required: ${condition.rule}` : 'What happened, who asked, whom you called.'}
          >
            <textarea rows={3} value={d.note} maxLength={4000} onChange={(e) => set('note', e.target.value)} />
          </Field>
        </div>
        <DialogActions onCancel={onClose} busy={saving} busyLabel="Saving…" submitLabel={c ? 'Save correction' : 'Start stop clock'} />
      </form>
    </Dialog>
  );
}
