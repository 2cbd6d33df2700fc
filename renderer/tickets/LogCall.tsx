// "Log call": one click records that the next level on the ladder was called, now, by phone.
// The small button beside it opens a popover for the answer first (Enter saves, Escape closes).
// A click too many is undone from the notice for a few seconds: the call is retracted (kept on
// record, struck through) and the ladder goes back where it was.
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { NextContact } from '../../shared/ipc/tickets';
import { api } from '../api/client';
import { notify } from '../shell/notices';
import { nowIso } from './clock';
import { useTicketsUi } from './store';

export function LogCall({ ticketId, contact }: { ticketId: number; contact: NextContact }) {
  const who = useTicketsUi((s) => s.who);
  const [open, setOpen] = useState(false);
  const [answer, setAnswer] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const popId = useId();
  const whom = contact.name || contact.role;

  const save = async (text: string) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const r = await api.invoke('tickets:addEvent', { ticketId, kind: 'escalated', level: contact.level, whom, how: 'phone', answer: text, at: nowIso(), who });
    setBusy(false);
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    setOpen(false);
    setAnswer('');
    // The call just logged: the newest escalation line standing.
    const logged = r.value.events.filter((e) => e.kind === 'escalated' && e.retractedAt === null).reduce((a, e) => (e.id > a ? e.id : a), 0);
    notify(`Call logged: level ${contact.level}`, `${whom}${text ? ` — “${text}”` : ''}`, 'success', {
      label: 'Undo',
      run: () => void undo(logged),
    });
  };

  const undo = async (eventId: number) => {
    const r = await api.invoke('tickets:retractEvent', { id: eventId, reason: 'Undone right after logging', who });
    if (r.ok) notify('Call undone', `The ladder is back at level ${r.value.reachedLevel}; the call stays on the timeline, struck through.`);
    else notify('The call could not be undone', r.error.message, 'error');
  };

  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save(answer.trim());
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  };

  return (
    <div className="log-call">
      <div className="split-button">
        <button type="button" className="button primary small" onClick={() => void save('')} disabled={busy} title={`Record a call to ${whom} (level ${contact.level}) now`}>
          Log call
        </button>
        <button
          ref={toggleRef}
          type="button"
          className="button primary small split-toggle"
          aria-label="Log call with an answer…"
          title="Log the call with the answer you got"
          aria-expanded={open}
          aria-controls={open ? popId : undefined}
          onClick={() => setOpen((o) => !o)}
          disabled={busy}
        >
          <span aria-hidden="true">▾</span>
        </button>
      </div>
      {open ? (
        <form id={popId} className="popover" role="dialog" aria-label={`Log call to ${whom}`} onSubmit={onSubmit} onKeyDown={onKeyDown}>
          <label className="popover-field">
            <span>Answer (optional)</span>
            <input type="text" value={answer} maxLength={2000} autoFocus onChange={(e) => setAnswer(e.target.value)} placeholder="e.g. Technician dispatched" />
          </label>
          <div className="popover-actions">
            <button type="button" className="button small" onClick={close}>
              Cancel
            </button>
            <button type="submit" className="button primary small" disabled={busy}>
              Save call
            </button>
          </div>
        </form>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Whom to call next: level, role, name, phone, e-mail and the fallback numbers. */
export function NextContactCard({ contact }: { contact: NextContact }) {
  return (
    <div className="next-contact">
      <div className="next-contact-head">
        <span className="level-badge" title={contact.ladderTitle}>
          L{contact.level}
        </span>
        <span className="next-contact-role">{contact.role}</span>
      </div>
      {contact.name ? <div className="next-contact-name">{contact.name}</div> : <div className="next-contact-name muted">No contact on file for this level</div>}
      <div className="next-contact-ways">
        {contact.phone ? <span className="mono">{contact.phone}</span> : null}
        {contact.email ? <span className="next-contact-email">{contact.email}</span> : null}
      </div>
      {contact.fallback ? <div className="next-contact-fallback">Also: {contact.fallback}</div> : null}
    </div>
  );
}
