// Errors from the seam carry a JSON pointer (`/tmrc`) and, when there are several, a list of
// issues. A form shows each next to its field; what belongs to no field is shown at the top.
import type { IpcError } from '../../shared/ipc/contract';

export interface FormErrors<F extends string> {
  fields: Partial<Record<F, string>>;
  /** Messages that belong to no field of this form (or to the request as a whole). */
  form: string[];
}

export function noErrors<F extends string>(): FormErrors<F> {
  return { fields: {}, form: [] };
}

/** The first segment of a JSON pointer, unescaped: `/tmrc` → `tmrc`, `/rows/3/tmrc` → `rows`. */
export function pointerHead(pointer: string): string | null {
  if (!pointer.startsWith('/')) return null;
  const seg = pointer.slice(1).split('/')[0] ?? '';
  return seg.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Splits a JSON pointer into unescaped segments: `/rows/3/tmrc` → ['rows','3','tmrc']. */
export function pointerSegments(pointer: string): string[] {
  if (!pointer.startsWith('/')) return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * A seam message made readable beside a field: the shared validation says "is required" or
 * "must be a number" for type problems, which needs the field's name in front of it.
 */
export function withLabel(label: string, message: string): string {
  const m = message.trim();
  if (/^(is|must|should|cannot|can't|has|needs)\b/.test(m)) return `${label} ${m}`;
  return m;
}

/** Every problem in an error: its issues if it has them, else the error itself. */
export function errorIssues(error: IpcError): { path: string; message: string }[] {
  if (error.issues && error.issues.length > 0) return error.issues;
  return [{ path: error.path, message: error.message }];
}

/**
 * Maps a seam error onto a form's fields. `labels` names the fields the form has (key = the
 * request's property); the first message per field wins, others for the same field are dropped.
 */
export function mapFieldErrors<F extends string>(error: IpcError, labels: Record<F, string>): FormErrors<F> {
  const out: FormErrors<F> = { fields: {}, form: [] };
  for (const issue of errorIssues(error)) {
    const head = pointerHead(issue.path);
    if (head !== null && Object.prototype.hasOwnProperty.call(labels, head)) {
      const field = head as F;
      if (out.fields[field] === undefined) out.fields[field] = withLabel(labels[field], issue.message);
    } else if (!out.form.includes(issue.message)) {
      out.form.push(issue.message);
    }
  }
  if (Object.keys(out.fields).length === 0 && out.form.length === 0) out.form.push(error.message);
  return out;
}

/** The errors without those of the named fields (they were just edited). */
export function withoutFields<F extends string>(errors: FormErrors<F>, ...keys: F[]): FormErrors<F> {
  const fields = { ...errors.fields };
  for (const k of keys) delete fields[k];
  return { fields, form: errors.form };
}
