// Record one timeline event, or correct one recorded wrongly (with a reason: the original stays
// on the timeline, struck through). Fields depend on the kind; when and who for all. The back
// end's refusals ("Record the restoration before closing the ticket") are shown in the form,
// next to the field they name.
import { useRef, useState, type FormEvent } from 'react';
import { EVENT_LABELS, type TicketDetail, type TicketEvent, type TicketEventKind } from '../../../shared/ipc/tickets';
import { api } from '../../api/client';
import { notify } from '../../shell/notices';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { mapFieldErrors, noErrors, withoutFields, type FormErrors } from '../../ui/fieldErrors';
import { DialogActions, FormErrorList, useFocusFirstInvalid } from '../../ui/Form';
import { formatWhen, inputToIso, isoToInput, nowInput } from '../dates';
import { useRecorder } from '../../shell/recorder';

type EventField = 'at' | 'who' | 'level' | 'whom' | 'how' | 'answer' | 'detail' | 'kind' | 'reason';

const TITLES: Record<TicketEventKind, string> = {
  note: 'Add a note',
  contact: 'Record a contact',
  escalated: 'Record an escalation',
  restored: 'Contractor declared the service restored',
  not_restored: 'End-User reports the service not restored',
  actual_restored: 'Record the actual restoration',
  closed: 'Close the ticket',
  reopened: 'Reopen the ticket',
};

const EXPLAIN: Partial<Record<TicketEventKind, string>> = {
  restored: 'The countdowns stop at this time. If the End-User later says it is not working, record "Not restored".',
  not_restored: 'Restoration then waits for the actual restoration: the countdowns run again, and a running Observation or End-User Not Available stop clock ends at this report.',
  actual_restored: 'The outage ends here instead of at the contractor’s declared restoration.',
  closed: 'Close once the End-User confirms the service works. A closed ticket can be reopened.',
  reopened: 'The ticket becomes active again; its restoration stays as recorded.',
};

const DONE: Record<TicketEventKind, string> = {
  note: 'Note added',
  contact: 'Contact recorded',
  escalated: 'Escalation recorded',
  restored: 'Restoration recorded',
  not_restored: 'Recorded: the End-User reports it not restored',
  actual_restored: 'Actual restoration recorded',
  closed: 'Ticket closed',
  reopened: 'Ticket reopened',
};

const HOWS: Array<[string, string]> = [['phone', 'Phone'], ['email', 'E-mail'], ['in-person', 'In person'], ['portal', 'Contractor portal']];

interface Props {
  kind: TicketEventKind;
  detail: TicketDetail;
  zone: string;
  onClose: () => void;
  /** The line being corrected: its fields fill the form, and a reason is required. */
  correcting?: TicketEvent;
}

function initial(kind: TicketEventKind, detail: TicketDetail, zone: string, who: string, c: TicketEvent | undefined) {
  if (c) {
    return { at: isoToInput(c.at, zone), who, level: c.level === null ? '' : String(c.level), whom: c.whom, how: c.how, answer: c.answer, detail: c.detail, reason: '' };
  }
  const next = detail.nextContact;
  return {
    at: nowInput(Date.now(), zone),
    who,
    level: String(kind === 'escalated' ? (next?.level ?? Math.max(1, detail.reachedLevel)) : ''),
    whom: kind === 'escalated' && next ? next.name || next.role : '',
    how: kind === 'escalated' || kind === 'contact' ? 'phone' : '',
    answer: '',
    detail: '',
    reason: '',
  };
}

export function EventDialog({ kind, detail, zone, onClose, correcting }: Props) {
  const storedWho = useRecorder((s) => s.who);
  const setWho = useRecorder((s) => s.setWho);
  const next = detail.nextContact;
  const [d, setD] = useState(() => initial(kind, detail, zone, storedWho, correcting));
  const [errors, setErrors] = useState<FormErrors<EventField>>(noErrors());
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const labels: Record<EventField, string> = {
    at: 'When', who: 'Recorded by', level: 'Level', whom: kind === 'contact' ? 'Whom' : 'Called', how: 'How', answer: 'Answer',
    detail: kind === 'note' ? 'Note' : 'Details', kind: 'This step', reason: 'Reason for the correction',
  };

  const set = (key: Exclude<EventField, 'kind'>, value: string) => {
    setD((x) => ({ ...x, [key]: value }));
    setErrors((e) => withoutFields(e, key, 'kind'));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const level = /^\d+$/.test(d.level.trim()) ? Number(d.level) : null;
    const fields = { at: inputToIso(d.at, zone) ?? '', who: d.who, level: kind === 'escalated' ? level : null, whom: d.whom, how: d.how, answer: d.answer, detail: d.detail };
    const r = correcting
      ? await api.invoke('tickets:correctEvent', { id: correcting.id, reason: d.reason, ...fields })
      : await api.invoke('tickets:addEvent', { ticketId: detail.ticket.id, kind, ...fields });
    setSaving(false);
    if (!r.ok) {
      setErrors(mapFieldErrors(r.error, labels));
      focusFirstInvalid();
      return;
    }
    if (d.who.trim() !== storedWho) setWho(d.who.trim());
    notify(correcting ? `${EVENT_LABELS[kind] ?? kind} corrected` : DONE[kind], correcting ? 'The original stays on the timeline, struck through, with your reason.' : '');
    onClose();
  };

  const talks = kind === 'contact' || kind === 'escalated';
  const title = correcting ? `Correct: ${EVENT_LABELS[kind] ?? kind}` : TITLES[kind];
  const description = correcting
    ? `Recorded for ${formatWhen(correcting.at, zone)}. The original stays on the timeline and in the History, struck through with your reason; every SLA result is computed again.`
    : EXPLAIN[kind];
  return (
    <Dialog title={title} onClose={onClose} busy={saving} description={description}>
      <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label={title}>
        <FormErrorList messages={[errors.fields.kind, ...errors.form].filter((m): m is string => Boolean(m)).map((m) => m.replace(/^This step /, ''))} />
        <div className="form-grid">
          {correcting ? (
            <Field label="Reason for the correction" error={errors.fields.reason} required className="span-2" hint="What was wrong, e.g. “typed 5 PM for 10 AM”. Kept with the original.">
              <input type="text" value={d.reason} maxLength={2000} autoFocus onChange={(e) => set('reason', e.target.value)} />
            </Field>
          ) : null}
          <Field label="When" error={errors.fields.at} required hint={`Agency time (${zone}).`}>
            <input type="datetime-local" value={d.at} onChange={(e) => set('at', e.target.value)} autoFocus={!correcting && !talks && kind !== 'note'} />
          </Field>
          <Field label="Recorded by" error={errors.fields.who} hint="Your name, kept on this computer.">
            <input type="text" value={d.who} maxLength={120} autoComplete="name" onChange={(e) => set('who', e.target.value)} />
          </Field>
          {kind === 'escalated' ? (
            <Field label="Level" error={errors.fields.level} required hint={next ? `Next on ${next.ladderTitle}: level ${next.level}.` : undefined}>
              <input type="text" inputMode="numeric" value={d.level} onChange={(e) => set('level', e.target.value)} />
            </Field>
          ) : null}
          {talks ? (
            <>
              <Field label={labels.whom} error={errors.fields.whom}>
                <input type="text" value={d.whom} maxLength={200} autoFocus={!correcting} onChange={(e) => set('whom', e.target.value)} />
              </Field>
              <Field label="How" error={errors.fields.how}>
                <select value={d.how} onChange={(e) => set('how', e.target.value)}>
                  {HOWS.map(([v, l]) => (
                    <option key={v} value={v}>
                      {l}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label="Answer" error={errors.fields.answer} className="span-2" hint="What they said or promised.">
                <input type="text" value={d.answer} maxLength={2000} onChange={(e) => set('answer', e.target.value)} />
              </Field>
            </>
          ) : (
            <Field label={labels.detail} error={errors.fields.detail} className="span-2" required={kind === 'note'}>
              <textarea rows={3} value={d.detail} maxLength={4000} autoFocus={!correcting && kind === 'note'} onChange={(e) => set('detail', e.target.value)} />
            </Field>
          )}
        </div>
        <DialogActions onCancel={onClose} busy={saving} busyLabel="Saving…" submitLabel={correcting ? 'Save correction' : 'Record'} />
      </form>
    </Dialog>
  );
}
