// The calendar request of CASE_FORMAT.md ("Calendar request"): a calendar spec and a list of
// business-time questions, answered in order. `npm run sla -- calendar REQUEST.json` parses
// with parseCalendarRequest (problems carry JSON pointers) and prints runCalendarRequest's answer.
import { z } from 'zod';
import { jsonPointer, zodProblems, type Problem } from '../validation/problem';
import { add, addBusinessDays, between, calendarSpecSchema, makeCalendar } from './calendar';
import { formatInZone, instant, parseInstant } from './instant';

const quote = (v: unknown): string => JSON.stringify(v) ?? String(v);

const instantSchema = z.string().refine((s) => parseInstant(s) !== null, {
  error: (iss) => `${quote(iss.input)} is not an ISO-8601 instant with an offset`,
});

/** Upper bounds that keep one op's walk short: ~19 years of 24x7 minutes, ~40 years of business days. */
export const CALENDAR_REQUEST_MAX_MINUTES = 10_000_000;
export const CALENDAR_REQUEST_MAX_DAYS = 10_000;

const minutesSchema = z
  .number()
  .min(0, { error: 'must not be negative' })
  .max(CALENDAR_REQUEST_MAX_MINUTES, { error: `must be at most ${CALENDAR_REQUEST_MAX_MINUTES}` });
const daysSchema = z
  .number()
  .min(0, { error: 'must not be negative' })
  .max(CALENDAR_REQUEST_MAX_DAYS, { error: `must be at most ${CALENDAR_REQUEST_MAX_DAYS}` });

export const CALENDAR_OPS = ['add', 'between', 'addBusinessDays'] as const;

const opSchema = z.discriminatedUnion(
  'op',
  [
    z.strictObject({ op: z.literal('add'), start: instantSchema, minutes: minutesSchema }),
    z.strictObject({ op: z.literal('between'), start: instantSchema, end: instantSchema }),
    z.strictObject({ op: z.literal('addBusinessDays'), start: instantSchema, days: daysSchema }),
  ],
  {
    error: (iss) => {
      if (iss.code !== 'invalid_union') return undefined;
      const op = iss.input !== null && typeof iss.input === 'object' ? (iss.input as { op?: unknown }).op : undefined;
      if (op === undefined) return 'is required (one of add, between, addBusinessDays)';
      return `${quote(op)} is not an op (one of add, between, addBusinessDays)`;
    },
  },
);

export const calendarRequestSchema = z.strictObject({
  calendar: calendarSpecSchema.optional(),
  ops: z.array(opSchema),
});

export type CalendarRequest = z.infer<typeof calendarRequestSchema>;
export type CalendarOp = CalendarRequest['ops'][number];
export type CalendarResult = { at: string } | { minutes: number };

/** zod issues → problems; an unknown field is reported at its own pointer. */
function problemsOf(error: z.ZodError): Problem[] {
  const out: Problem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ path: jsonPointer([...issue.path, key]), message: 'is not a known field' });
    } else {
      out.push(...zodProblems(new z.ZodError([issue])));
    }
  }
  return out;
}

export function parseCalendarRequest(json: unknown): { ok: true; value: CalendarRequest } | { ok: false; problems: Problem[] } {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, problems: [{ path: '', message: 'must be an object with "ops" (and optionally "calendar")' }] };
  }
  const r = calendarRequestSchema.safeParse(json);
  return r.success ? { ok: true, value: r.data } : { ok: false, problems: problemsOf(r.error) };
}

/** Printed to the second (truncated) in the calendar's zone, with its offset. */
function printInstant(ms: number, zone: string): string {
  return formatInZone(Math.floor(ms / 1000) * 1000, zone);
}

/** Answers a parsed request: one result per op, in order. */
export function runCalendarRequest(req: CalendarRequest): { results: CalendarResult[] } {
  const cal = makeCalendar(req.calendar ?? {});
  const results = req.ops.map((op): CalendarResult => {
    switch (op.op) {
      case 'add':
        return { at: printInstant(add(cal, instant(op.start), Math.round(op.minutes * 60_000)), cal.timeZone) };
      case 'between':
        return { minutes: between(cal, instant(op.start), instant(op.end)) / 60_000 };
      case 'addBusinessDays':
        return { at: printInstant(addBusinessDays(cal, instant(op.start), op.days), cal.timeZone) };
    }
  });
  return { results };
}
