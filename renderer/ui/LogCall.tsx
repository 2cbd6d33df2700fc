// "Log call" up an escalation ladder, for a ticket or a claim: one click records that the next
// level was called, now, by phone; the small button beside it opens a popover for the answer
// first (Enter saves, Escape closes). What the call is recorded on is the caller's `save`.
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { NextContact } from '../../shared/ipc/tickets';
import './logCall.css';

export interface LogCallProps {
  contact: NextContact;
  /** Records the call to `whom` with the answer; resolves to an error message, or null when saved. */
  save: (call: { level: number; whom: string; answer: string }) => Promise<string | null>;
}

export function LogCall({ contact, save }: LogCallProps) {
  const [open, setOpen] = useState(false);
  const [answer, setAnswer] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const popId = useId();
  const whom = contact.name || contact.role;

  const log = async (text: string) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const problem = await save({ level: contact.level, whom, answer: text });
    setBusy(false);
    if (problem !== null) {
      setError(problem);
      return;
    }
    setOpen(false);
    setAnswer('');
  };

  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void log(answer.trim());
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
        <button type="button" className="button primary small" onClick={() => void log('')} disabled={busy} title={`Record a call to ${whom} (level ${contact.level}) now`}>
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
