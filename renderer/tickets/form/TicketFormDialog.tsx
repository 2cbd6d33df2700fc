// Open a ticket, or edit one. Times are typed in agency time and sent as ISO with the zone's
// offset; the seam validates and its errors are shown next to their fields.
import { useRef, useState, type FormEvent } from 'react';
import type { IpcError } from '../../../shared/ipc/contract';
import { SEVERITIES, type Ticket, type TicketDetail, type TicketKind } from '../../../shared/ipc/tickets';
import { api } from '../../api/client';
import { notify } from '../../shell/notices';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { errorIssues, mapFieldErrors, noErrors, pointerSegments, withoutFields, type FormErrors } from '../../ui/fieldErrors';
import { DialogActions, FormErrorList, useFocusFirstInvalid } from '../../ui/Form';
import { useLoadedZone } from '../../ui/agencyTime';
import { nowInput } from '../dates';
import { TICKET_FIELD_LABELS, draftFromTicket, draftToRequest, emptyTicketDraft, needsMeasurement, ticketTermsFor, type TicketField, type TicketFormDraft } from '../model';
import { ServicePicker } from './ServicePicker';

type Props = { onClose: () => void; onSaved: (d: TicketDetail) => void } & ({ mode: 'create' } | { mode: 'edit'; ticket: Ticket });

/** tickets:update nests the draft under `ticket`: its errors point at /ticket/openedAt. */
function unnest(error: IpcError): IpcError {
  const strip = (p: string) => p.replace(/^\/ticket(?=\/)/, '');
  return { ...error, path: strip(error.path), ...(error.issues ? { issues: error.issues.map((i) => ({ ...i, path: strip(i.path) })) } : {}) };
}

export function TicketFormDialog(props: Props) {
  const zone = useLoadedZone();
  // Typed times mean agency time: wait for the zone before showing any.
  return zone === null ? null : <TicketForm {...props} zone={zone} />;
}

function TicketForm(props: Props & { zone: string }) {
  const { zone } = props;
  const editing = props.mode === 'edit' ? props.ticket : null;
  const [draft, setDraft] = useState<TicketFormDraft>(() => (editing ? draftFromTicket(editing, zone) : emptyTicketDraft(nowInput(Date.now(), zone))));
  const [errors, setErrors] = useState<FormErrors<TicketField>>(noErrors());
  // A help-desk incident's times each have their own field: their errors by time id.
  const [timeErrors, setTimeErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  // The chosen service's contract decides the form's terms (the catalog is the vocabulary).
  const [catalogId, setCatalogId] = useState<string | null>(editing ? editing.catalogId : null);
  const terms = ticketTermsFor(catalogId);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);

  const set = <K extends TicketField>(key: K, value: TicketFormDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => withoutFields(e, key));
  };
  const setTime = (id: string, value: string) => {
    setDraft((d) => ({ ...d, times: { ...d.times, [id]: value } }));
    setTimeErrors((e) => ({ ...e, [id]: '' }));
  };
  const pickService = (id: number, catalog: string | null) => {
    set('serviceId', id);
    if (catalog === null) return;
    setCatalogId(catalog);
    // A kind of another contract does not apply: take the new contract's first.
    const next = ticketTermsFor(catalog);
    setDraft((d) => ({
      ...d,
      kind: next.kinds.some((k) => k.id === d.kind) ? d.kind : (next.kinds[0]?.id ?? d.kind),
      ...(next.incident ? { severity: '', alarmAt: '', measuredMs: '' } : { times: {} }),
    }));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const result = editing
      ? await api.invoke('tickets:update', { id: editing.id, ticket: draftToRequest(draft, zone, { incidentId: editing.incidentId, ladderId: editing.ladderId }) })
      : await api.invoke('tickets:create', draftToRequest(draft, zone));
    setSaving(false);
    if (!result.ok) {
      const error = editing ? unnest(result.error) : result.error;
      const byTime: Record<string, string> = {};
      for (const issue of errorIssues(error)) {
        const [head, id] = pointerSegments(issue.path);
        if (head === 'times' && id !== undefined && byTime[id] === undefined) byTime[id] = issue.message;
      }
      setTimeErrors(byTime);
      setErrors(mapFieldErrors({ ...error, issues: errorIssues(error).filter((i) => pointerSegments(i.path)[0] !== 'times') }, TICKET_FIELD_LABELS));
      focusFirstInvalid();
      return;
    }
    notify(editing ? `Ticket on ${result.value.ticket.circuitId} saved` : `Ticket opened on ${result.value.ticket.circuitId}`);
    props.onSaved(result.value);
  };

  const title = editing ? `Edit ${terms.incident ? 'incident' : 'ticket'} on ${editing.circuitId}` : 'Open a ticket';
  const timeHint = `Agency time (${zone}).`;

  return (
    <Dialog title={title} onClose={props.onClose} size="large" busy={saving}>
      <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label={title}>
        <FormErrorList messages={errors.form} />
        <div className="form-grid">
          <ServicePicker value={draft.serviceId} onChange={(id, s) => pickService(id, s?.catalogId ?? null)} error={errors.fields.serviceId} autoFocus={!editing} />
          <Field
            label={terms.incident ? 'Incident number' : 'Contractor ticket number'}
            error={errors.fields.contractorTicket}
            hint={terms.incident ? "The center's incident number." : "The number the contractor's repair desk gave you."}
          >
            <input type="text" value={draft.contractorTicket} maxLength={64} autoComplete="off" spellCheck={false} onChange={(e) => set('contractorTicket', e.target.value)} />
          </Field>
          <Field label={terms.incident ? 'Severity' : 'Kind'} error={errors.fields.kind} required hint={terms.incident ? 'The severity the center assigned; its notification schedule follows it.' : undefined}>
            <select value={draft.kind} onChange={(e) => set('kind', e.target.value as TicketKind)}>
              {terms.kinds.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.title}
                </option>
              ))}
            </select>
          </Field>
          {terms.incident ? null : (
          <Field label="Severity" error={errors.fields.severity}>
            <select value={draft.severity} onChange={(e) => set('severity', e.target.value as TicketFormDraft['severity'])}>
              <option value="">Not set</option>
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  Severity {s}
                </option>
              ))}
            </select>
          </Field>
          )}
          {needsMeasurement(draft.kind) ? (
            <Field label="Measured value (ms)" error={errors.fields.measuredMs} required hint={`The measured ${draft.kind === 'delay' ? 'round-trip delay' : 'jitter'}, whole milliseconds.`}>
              <input type="text" inputMode="numeric" autoComplete="off" value={draft.measuredMs} onChange={(e) => set('measuredMs', e.target.value)} />
            </Field>
          ) : terms.incident ? null : (
            <div aria-hidden="true" />
          )}
          <Field
            label={terms.incident ? 'Created' : 'Open time'}
            error={errors.fields.openedAt}
            required
            hint={terms.incident ? `When the center created the incident (its notification schedule counts from here). ${timeHint}` : `When the ticket was opened with the contractor. ${timeHint}`}
          >
            <input type="datetime-local" value={draft.openedAt} onChange={(e) => set('openedAt', e.target.value)} />
          </Field>
          {terms.incident ? (
            terms.times.map((t) => (
              <Field key={t.id} label={t.title} error={timeErrors[t.id] || undefined} hint={`Optional: leave empty until it happens. ${timeHint}`}>
                <input type="datetime-local" value={draft.times[t.id] ?? ''} onChange={(e) => setTime(t.id, e.target.value)} />
              </Field>
            ))
          ) : (
            <Field label="Alarm time" error={errors.fields.alarmAt} hint={`Optional: the network alarm, if earlier the outage starts there. ${timeHint}`}>
              <input type="datetime-local" value={draft.alarmAt} onChange={(e) => set('alarmAt', e.target.value)} />
            </Field>
          )}
          <Field label="Description" error={errors.fields.description} className="span-2">
            <textarea rows={3} value={draft.description} maxLength={4000} onChange={(e) => set('description', e.target.value)} />
          </Field>
        </div>
        <DialogActions onCancel={props.onClose} busy={saving} busyLabel="Saving…" submitLabel={editing ? 'Save changes' : 'Open ticket'} />
      </form>
    </Dialog>
  );
}
