// A labelled form field with its error next to it (aria-invalid, aria-describedby).
import { cloneElement, useId, type ReactElement, type ReactNode } from 'react';

interface FieldProps {
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  /** The control: an <input>, <select> or <textarea>; it receives id and aria attributes. */
  children: ReactElement<Record<string, unknown>>;
  /** Something after the control on the same line (a small button). */
  addon?: ReactNode;
  className?: string;
  required?: boolean;
}

export function Field({ label, error, hint, children, addon, className, required }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  const control = cloneElement(children, {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    'aria-required': required ? true : undefined,
  });
  return (
    <div className={`field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? (
          <span className="required" aria-hidden="true">
            {' '}*
          </span>
        ) : null}
      </label>
      <div className="field-control">
        {control}
        {addon}
      </div>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
