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

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

/** How a JSON value reads in a message: `text "12"`, `the number 12`, `a list`, `null`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 40 ? value.slice(0, 37) + '...' : value;
      return `text ${JSON.stringify(shown)}`;
    }
    case 'number':
      return Number.isFinite(value) ? `the number ${value}` : 'a number that is not finite';
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

function typeName(expected: string): string {
  return TYPE_NAMES[expected] ?? expected;
}

function list(values: ReadonlyArray<unknown>): string {
  return values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
}

type RawIssue = z.core.$ZodRawIssue;

/**
 * zod error map with plain messages; pass it per parse (`schema.safeParse(data, { error:
 * friendlyError })`) so messages a schema states itself still win.
 */
export function friendlyError(issue: RawIssue): string | undefined {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return 'is required';
      const expected = String((issue as { expected?: unknown }).expected ?? 'value');
      return `must be ${typeName(expected)}, not ${describeValue(input)}`;
    }
    case 'invalid_value': {
      const values = (issue as { values?: ReadonlyArray<unknown> }).values ?? [];
      if (values.length === 1) return `must be ${list(values)}, not ${describeValue(input)}`;
      return `must be one of ${list(values)}, not ${describeValue(input)}`;
    }
    case 'too_small': {
      const i = issue as { origin?: string; minimum?: number | bigint; inclusive?: boolean };
      if (i.origin === 'string') return Number(i.minimum) <= 1 ? 'must not be empty' : `must be at least ${i.minimum} characters`;
      if (i.origin === 'array') return `must have at least ${i.minimum} item${Number(i.minimum) === 1 ? '' : 's'}`;
      return `must be ${i.inclusive ? 'at least' : 'more than'} ${i.minimum}`;
    }
    case 'too_big': {
      const i = issue as { origin?: string; maximum?: number | bigint; inclusive?: boolean };
      if (i.origin === 'string') return `must be at most ${i.maximum} characters`;
      if (i.origin === 'array') return `must have at most ${i.maximum} items`;
      return `must be ${i.inclusive ? 'at most' : 'less than'} ${i.maximum}`;
    }
    case 'not_multiple_of':
      return `must be a multiple of ${String((issue as { divisor?: unknown }).divisor)}`;
    case 'unrecognized_keys':
      return `has unknown field${(issue as { keys: string[] }).keys.length === 1 ? '' : 's'} ${list((issue as { keys: string[] }).keys)}`;
    case 'invalid_union':
      return `is not in any of the accepted forms (found ${describeValue(input)})`;
    case 'invalid_format':
      return `is not in the expected format (${String((issue as { format?: unknown }).format)})`;
    default:
      return undefined;
  }
}

/** zod issues → problems. With `friendlyError` used at parse time the messages are already plain. */
export function zodProblems(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({ path: jsonPointer(issue.path), message: plainMessage(issue) }));
}

function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && !('input' in issue)) {
    // Parsed without `reportInput`: zod's own text still says what it received.
    if (/received undefined$/.test(issue.message)) return 'is required';
    if (issue.message.startsWith('Invalid input: expected ')) return `must be ${typeName(issue.expected)}`;
  }
  return issue.message;
}

/** Parse with plain messages; `{ ok, value }` or `{ ok: false, problems }`. */
export function parseProblems<T extends z.ZodType>(
  schema: T,
  data: unknown,
): { ok: true; value: z.output<T> } | { ok: false; problems: Problem[] } {
  const result = schema.safeParse(data, { error: friendlyError, reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: zodProblems(result.error) };
}

export function formatProblem(p: Problem): string {
  return `${p.path || '/'}: ${p.message}`;
}

/** One `PATH: message` line as the `sla` command prints it on stderr (never broken over lines). */
export function problemLine(p: Problem): string {
  return formatProblem(p).replace(/[\r\n]+/g, ' ');
}
