// What a form dialog does on submit, once: ignore a second press while saving, send, and on a
// refusal put each error beside its field and the cursor on the first of them; on success, clear
// the errors and hand the answer on (close, notify, go somewhere).
import { useRef, useState } from 'react';
import type { IpcError, IpcResult } from '../../shared/ipc/contract';
import { noErrors, withoutFields, type FormErrors } from './fieldErrors';
import { useFocusFirstInvalid } from './Form';

export function useFormSubmit<F extends string>(toErrors: (error: IpcError) => FormErrors<F>) {
  const [errors, setErrors] = useState<FormErrors<F>>(noErrors());
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);

  const submit = async <T>(send: () => Promise<IpcResult<T>>, done: (value: T) => void): Promise<void> => {
    if (saving) return;
    setSaving(true);
    const r = await send();
    setSaving(false);
    if (!r.ok) {
      setErrors(toErrors(r.error));
      focusFirstInvalid();
      return;
    }
    setErrors(noErrors());
    done(r.value);
  };

  /** The errors of these fields go away (they were just edited; none named: all); the others stay until the next save. */
  const clear = (...keys: F[]) => setErrors((prev) => (keys.length === 0 ? noErrors() : withoutFields(prev, ...keys)));

  return { errors, setErrors, saving, formRef, submit, clear };
}
