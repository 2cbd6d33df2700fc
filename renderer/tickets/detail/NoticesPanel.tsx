// The contractor's notices to CALNET on a CAT 2 / CAT 3 ticket (29.4.8.9 Notification: the
// first within 60 minutes of the outage start, then an update at least every 60 minutes until
// restoration). A notice is about the outage: those recorded on the other tickets of the same
// incident count here too, and are listed with the ticket they were recorded on. Oldest first,
// recorded here, deleted with a confirmation; the SLA panel fetches again on 'ticket_notices',
// so its Notification verdict follows. On a help-desk incident (a service-level catalog) the same
// panel lists the notifications the agency received, each of a kind its catalog names (initial,
// update, restored, escalation); the incident's schedule follows them.
import { useRef, useState, type FormEvent } from 'react';
import { NOTICE_METHODS, type ContractorNotice } from '../../../shared/ipc/sla';
import type { Ticket } from '../../../shared/ipc/tickets';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { notify } from '../../shell/notices';
import { ConfirmDialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { FormErrorText, useFocusFirstInvalid } from '../../ui/Form';
import { mapFieldErrors, noErrors, withoutFields, type FormErrors } from '../../ui/fieldErrors';
import { hrefForTicket } from '../../shell/route';
import { formatWhen, nowInput } from '../dates';
import { useNoticesOf } from './useNoticesOf';
import { emptyNoticeDraft, methodLabel, NOTICE_FIELD_LABELS, NOTICE_METHOD_LABELS, noticeRequest, type NoticeDraft, type NoticeField } from '../notices';

const NO_REQUEST = {};

/** A service-level catalog's notification kinds (the help desk); absent for a CALNET ticket. */
export type NotificationKinds = ReadonlyArray<{ id: string; title: string }>;

export function NoticesPanel({ ticket, zone, kinds }: { ticket: Ticket; zone: string; kinds?: NotificationKinds }) {
  const ticketId = ticket.id;
  const incidents = useApiQuery('incidents:list', NO_REQUEST, ['incidents', 'tickets']);
  const incident = ticket.incidentId === null ? undefined : incidents.data?.find((i) => i.id === ticket.incidentId);
  const waiting = ticket.incidentId !== null && incidents.data === undefined && incidents.error === null;
  const notices = useNoticesOf(waiting ? [] : (incident?.ticketIds ?? [ticketId]));
  const [deleting, setDeleting] = useState<ContractorNotice | null>(null);
  const list = notices.data ?? [];

  const kindTitle = (id: string) => kinds?.find((k) => k.id === id)?.title ?? id;
  return (
    <section className="panel notices-panel" aria-labelledby="notices-title">
      <h2 id="notices-title">{kinds ? 'Notifications received' : 'Contractor notices'}</h2>
      {kinds ? (
        <p className="panel-intro small">
          Each IM Notification the center sent about this incident: the initial one, updates, the restored one, escalations. The SLA panel
          scores the incident&apos;s schedule from them.
        </p>
      ) : (
        <p className="panel-intro small">
          29.4.8.9: the contractor notifies CALNET within 60 min of the outage start, then updates every 60 min until restoration. Record each
          notice it gave.
          {incident && incident.ticketIds.length > 1 ? ` The notices of incident ${incident.reference || incident.id} count for each of its ${incident.ticketIds.length} tickets.` : ''}
        </p>
      )}
      {notices.error && !notices.data ? (
        <p className="form-error" role="alert">
          The notices could not be loaded: {notices.error.message}{' '}
          <button type="button" className="link-button" onClick={notices.reload}>
            Try again
          </button>
        </p>
      ) : waiting || notices.data === undefined ? (
        <p className="muted">Loading…</p>
      ) : list.length === 0 ? (
        <p className="empty-inline">
          {kinds ? 'No notification recorded yet.' : 'No notice recorded. Without one, Notification is missed once 60 minutes have passed.'}
        </p>
      ) : (
        <ol className="notice-list" aria-label={kinds ? 'Notifications' : 'Notices'}>
          {list.map((n) => (
            <li key={n.id} className="notice-item">
              <div className="notice-main">
                <div className="notice-when">
                  <time dateTime={n.at}>{formatWhen(n.at, zone)}</time>
                  {kinds ? <strong className="notice-kind">{kindTitle(n.kind)}</strong> : null}
                  <span className="notice-method">{methodLabel(n.method)}</span>
                  {n.ticketId !== ticketId ? (
                    <a className="notice-origin" href={hrefForTicket(n.ticketId)}>
                      on ticket {n.ticketId}
                    </a>
                  ) : null}
                </div>
                {n.note ? <p className="notice-note">{n.note}</p> : null}
              </div>
              <button
                type="button"
                className="icon-button danger"
                aria-label={`Delete the ${kinds ? `${kindTitle(n.kind).toLowerCase()} notification` : 'notice'} of ${formatWhen(n.at, zone)}`}
                title="Delete"
                onClick={() => setDeleting(n)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      <NoticeForm ticketId={ticketId} zone={zone} kinds={kinds} />
      {deleting ? <DeleteNotice notice={deleting} zone={zone} onClose={() => setDeleting(null)} /> : null}
    </section>
  );
}

function NoticeForm({ ticketId, zone, kinds }: { ticketId: number; zone: string; kinds: NotificationKinds | undefined }) {
  const firstKind = kinds?.[0]?.id ?? '';
  const [draft, setDraft] = useState<NoticeDraft>(() => emptyNoticeDraft(nowInput(Date.now(), zone), firstKind));
  const what = kinds ? 'notification' : 'notice';
  const [errors, setErrors] = useState<FormErrors<NoticeField>>(noErrors());
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);

  const edit = <K extends NoticeField>(key: K, value: NoticeDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => withoutFields(e, key));
  };
  const fail = (next: FormErrors<NoticeField>) => {
    setErrors(next);
    focusFirstInvalid();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    const converted = noticeRequest(ticketId, draft, zone);
    if (!converted.ok) return fail(converted.errors);
    setSaving(true);
    const r = await api.invoke('notices:add', converted.request);
    setSaving(false);
    if (!r.ok) return fail(mapFieldErrors(r.error, NOTICE_FIELD_LABELS));
    notify(kinds ? 'Notification recorded' : 'Notice recorded', formatWhen(r.value.at, zone));
    setDraft(emptyNoticeDraft(nowInput(Date.now(), zone), firstKind));
    setErrors(noErrors());
  };

  return (
    <form ref={formRef} className="form notice-form" onSubmit={submit} noValidate aria-label={`Record a ${what}`}>
      <h3 className="sub-title">Record a {what}</h3>
      <FormErrorText messages={errors.form} />
      <div className="notice-grid">
        {kinds ? (
          <Field label={NOTICE_FIELD_LABELS.kind} error={errors.fields.kind} required>
            <select value={draft.kind} onChange={(e) => edit('kind', e.target.value)}>
              {kinds.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.title}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
        <Field label={NOTICE_FIELD_LABELS.at} error={errors.fields.at} required hint={`Agency time (${zone}).`}>
          <input type="datetime-local" value={draft.at} onChange={(e) => edit('at', e.target.value)} />
        </Field>
        <Field label={NOTICE_FIELD_LABELS.method} error={errors.fields.method}>
          <select value={draft.method} onChange={(e) => edit('method', e.target.value as NoticeDraft['method'])}>
            {NOTICE_METHODS.map((m) => (
              <option key={m} value={m}>
                {NOTICE_METHOD_LABELS[m]}
              </option>
            ))}
          </select>
        </Field>
        <Field label={NOTICE_FIELD_LABELS.note} error={errors.fields.note} className="span-2">
          <input type="text" value={draft.note} maxLength={2000} placeholder="Who was told what" onChange={(e) => edit('note', e.target.value)} />
        </Field>
      </div>
      <div className="button-row">
        <button type="submit" className="button primary small" disabled={saving}>
          {saving ? 'Saving…' : `Record ${what}`}
        </button>
      </div>
    </form>
  );
}

function DeleteNotice({ notice, zone, onClose }: { notice: ContractorNotice; zone: string; onClose: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    const r = await api.invoke('notices:delete', { id: notice.id });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    notify('Notice deleted');
    onClose();
  };
  return (
    <ConfirmDialog
      title="Delete this notice?"
      message={`The ${methodLabel(notice.method).toLowerCase()} notice of ${formatWhen(notice.at, zone)} is removed and Notification is worked out again without it. The change stays in the audit trail.`}
      confirmLabel="Delete notice"
      danger
      busy={busy}
      error={error}
      onConfirm={() => void confirm()}
      onCancel={onClose}
    />
  );
}
