// Pieces every form dialog repeats: the messages that belong to no field, the Cancel / submit
// row, and putting the cursor on the first field with an error.
import { useCallback, useEffect, useState, type RefObject } from 'react';

/**
 * A function that puts the cursor on the first field marked invalid once React has drawn the
 * errors set with it: the focus runs in an effect after that commit, so it never looks for the
 * marks before they are there (a timer or an animation frame can run first on a busy machine).
 */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>): () => void {
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    if (asked > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [asked, form]);
  return useCallback(() => setAsked((n) => n + 1), []);
}

/** One paragraph per message, announced; nothing when there are none. */
export function FormErrorList({ messages }: { messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <div className="form-error" role="alert">
      {messages.map((m) => (
        <p key={m}>{m}</p>
      ))}
    </div>
  );
}

/** The messages as one announced line; nothing when there are none. */
export function FormErrorText({ messages }: { messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <p className="form-error" role="alert">
      {messages.join(' ')}
    </p>
  );
}

interface DialogActionsProps {
  onCancel: () => void;
  /** Disables both buttons while the request is on its way. */
  busy: boolean;
  submitLabel: string;
  /** Shown on the submit button while busy; without it the label stays. */
  busyLabel?: string;
  cancelLabel?: string;
  /** A destructive submit (red). */
  danger?: boolean;
}

/** Cancel, then the form's submit button (Enter in a field submits). */
export function DialogActions({ onCancel, busy, submitLabel, busyLabel, cancelLabel = 'Cancel', danger = false }: DialogActionsProps) {
  return (
    <div className="dialog-actions">
      <button type="button" className="button" onClick={onCancel} disabled={busy}>
        {cancelLabel}
      </button>
      <button type="submit" className={danger ? 'button danger' : 'button primary'} disabled={busy}>
        {busy && busyLabel !== undefined ? busyLabel : submitLabel}
      </button>
    </div>
  );
}
