// A problem found in input: where (a JSON pointer into the input) and what, in a sentence a
// person understands. The CLI prints them as `PATH: message`; the seam sends them as
// `{ code, message, path }` so the UI can show each next to its field.
import type { z } from 'zod';

export interface Problem {
  /** JSON pointer (RFC 6901) of the field, `""` for the whole document. */
  path: string;
  message: string;
}

export function jsonPointer(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

function describeExpected(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    const received = (issue as { input?: unknown }).input;
    if (received === undefined) return 'is required';
    return `must be ${issue.expected === 'number' ? 'a number' : issue.expected === 'string' ? 'text' : `of type ${issue.expected}`}`;
  }
  return issue.message;
}

/** zod issues → problems, with messages that name the field's expectation plainly. */
export function zodProblems(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
    path: jsonPointer(issue.path),
    message: issue.code === 'invalid_type' ? describeExpected(issue) : issue.message,
  }));
}

export function formatProblem(p: Problem): string {
  return `${p.path || '/'}: ${p.message}`;
}
