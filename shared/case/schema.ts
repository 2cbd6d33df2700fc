// The case file of CASE_FORMAT.md as a zod schema. Each element also checks what it can see by
// itself (instants with an offset, money not negative, a stop clock that ends before it
// starts, a stop-clock code the contract does not allow...); checks across elements (unknown
// serviceId, duplicate ids) run in validate.ts once every field has the right type.
import { z } from 'zod';
import { isIsoDate } from '../calendar/holidays';
import { isMonth, isValidZone } from '../calendar/instant';
import { parseInstantFast as parseInstant } from '../calendar/zoneClock';
import type { Catalog, Tier } from '../sla/catalog';
import { describeValue } from '../validation/problem';
import { conditionAppliesTo, conditionsFor } from '../tickets/stopClockRules';
import type { CaseFile } from './types';

export const INSTANT_HINT = 'an ISO-8601 date and time with an offset or Z, e.g. 2026-10-05T09:00:00-07:00';

export const text = z.string().trim().min(1, 'must not be empty');

/** ISO-8601 instant with an offset or Z. */
export const isoInstant = z
  .string({ error: (iss) => (iss.input === undefined ? 'is required' : `must be ${INSTANT_HINT}, not ${describeValue(iss.input)}`) })
  .refine((s) => parseInstant(s) !== null, { error: (iss) => `must be ${INSTANT_HINT}, not ${describeValue(iss.input)}` });

/** A due date: 'YYYY-MM-DD' (a date of the agency's zone) or an instant, of which only the agency date counts. */
export const dueDate = z
  .string({ error: (iss) => (iss.input === undefined ? 'is required' : `must be a date written YYYY-MM-DD (e.g. 2026-10-16) or ${INSTANT_HINT}, not ${describeValue(iss.input)}`) })
  .refine((s) => isIsoDate(s) || parseInstant(s) !== null, {
    error: (iss) => `must be a date written YYYY-MM-DD (e.g. 2026-10-16) or ${INSTANT_HINT}, not ${describeValue(iss.input)}`,
  });

const money = z
  .number({ error: (iss) => (iss.input === undefined ? 'is required' : `must be a dollar amount (a number), not ${describeValue(iss.input)}`) })
  .refine((n) => Number.isFinite(n), 'must be a finite dollar amount')
  .refine((n) => n >= 0, { error: (iss) => `cannot be negative (found ${String(iss.input)})` });

export const month = z
  .string({ error: (iss) => (iss.input === undefined ? 'is required' : `must be a month written YYYY-MM, e.g. 2026-10, not ${describeValue(iss.input)}`) })
  .refine(isMonth, { error: (iss) => `must be a month written YYYY-MM, e.g. 2026-10, not ${describeValue(iss.input)}` });

/** An optional field: absent or null both mean "not given". */
export function opt<T extends z.ZodType>(schema: T) {
  return schema.nullish().transform((v) => (v === null ? undefined : v) as z.output<T> | undefined);
}

const ms = (s: string): number => parseInstant(s) ?? NaN;

function stopClockSchema(catalog: Catalog, owner: 'ticket' | 'order') {
  return z
    .object({
      code: z.string({ error: (iss) => (iss.input === undefined ? 'is required' : `must be a stop clock code (text), not ${describeValue(iss.input)}`) }),
      start: isoInstant,
      end: isoInstant,
      voided: opt(z.boolean()),
      window: opt(z.object({ start: isoInstant, end: isoInstant })),
      note: opt(z.string()),
    })
    .superRefine((sc, ctx) => {
      const condition = catalog.condition(sc.code);
      if (!condition) {
        const refused = catalog.refused(sc.code);
        let message = `${JSON.stringify(sc.code)} is not a stop clock condition`;
        if (refused) message += `: ${refused.reason}`;
        else {
          const near = catalog.condition(sc.code.trim().toUpperCase().replace(/[\s-]+/g, '_'));
          message += near
            ? ` (did you mean ${near.code}?)`
            : ` (the contract allows ${catalog.stopClockConditions.map((c) => c.code).join(', ')})`;
        }
        ctx.addIssue({ code: 'custom', path: ['code'], message });
      } else if (owner === 'ticket' && !conditionAppliesTo(condition, 'ticket')) {
        ctx.addIssue({
          code: 'custom',
          path: ['code'],
          message: `${condition.code} is not allowed on a trouble ticket: the contract restricts it to provisioning (orders) only`,
        });
      } else if (owner === 'order' && !conditionAppliesTo(condition, 'order')) {
        const allowed = conditionsFor(catalog.stopClockConditions, 'order').map((c) => c.code);
        ctx.addIssue({
          code: 'custom',
          path: ['code'],
          message: `${condition.code} is not allowed on an order: only ${allowed.join(', ')} stops the provisioning clock`,
        });
      } else if (condition.requiresNote && (sc.note === undefined || sc.note.trim() === '')) {
        ctx.addIssue({
          code: 'custom',
          path: ['note'],
          message: `this ${condition.code} stop clock must be documented: add a note (${condition.rule.replace(/\.$/, '')})`,
        });
      }
      if (ms(sc.end) < ms(sc.start)) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: `the stop clock ends (${sc.end}) before it starts (${sc.start})` });
      }
      if (sc.window && ms(sc.window.end) < ms(sc.window.start)) {
        ctx.addIssue({
          code: 'custom',
          path: ['window', 'end'],
          message: `the maintenance window ends (${sc.window.end}) before it starts (${sc.window.start})`,
        });
      }
    });
}

/** The schema for case files evaluated against `catalog` (service types and stop clocks come from it). */
export function buildCaseSchema(catalog: Catalog) {
  // The catalog is the vocabulary: its service types, tiers and ticket kinds.
  const serviceTypes = catalog.serviceTypes.map((t) => t.id) as [string, ...string[]];
  const tiers = catalog.tiers.map((t) => t.id) as [Tier, ...Tier[]];
  const kinds = catalog.ticketKinds.map((k) => k.id) as [string, ...string[]];
  const measured = (kind: string) => catalog.ticketKind(kind)?.measured === true;
  const service = z.object({
    id: text,
    type: z.enum(serviceTypes),
    tier: z.enum(tiers),
    tmrc: money,
    aduc: opt(money),
    installFee: opt(money),
    site: opt(text),
  });

  const ticket = z
    .object({
      id: text,
      serviceId: text,
      kind: z.enum(kinds),
      incidentId: opt(text),
      alarmAt: opt(isoInstant),
      openedAt: isoInstant,
      restoredAt: opt(isoInstant),
      actualRestoredAt: opt(isoInstant),
      closedAt: opt(isoInstant),
      measuredMs: opt(
        z
          .number({ error: (iss) => (iss.input === undefined ? 'is required' : `must be a number of milliseconds, not ${describeValue(iss.input)}`) })
          .refine((n) => Number.isFinite(n) && n >= 0, 'must be a number of milliseconds, 0 or more'),
      ),
      notices: opt(z.array(isoInstant)),
      stopClocks: opt(z.array(stopClockSchema(catalog, 'ticket'))),
    })
    .superRefine((t, ctx) => {
      const opened = ms(t.openedAt);
      const alarm = t.alarmAt === undefined ? opened : ms(t.alarmAt);
      const start = Math.min(opened, alarm);
      const startText = alarm < opened && t.alarmAt !== undefined ? `the alarm at ${t.alarmAt}` : `the opening at ${t.openedAt}`;
      if (t.restoredAt !== undefined && ms(t.restoredAt) < start) {
        ctx.addIssue({ code: 'custom', path: ['restoredAt'], message: `restoration (${t.restoredAt}) is before the outage start (${startText})` });
      }
      if (t.actualRestoredAt !== undefined) {
        if (ms(t.actualRestoredAt) < start) {
          ctx.addIssue({ code: 'custom', path: ['actualRestoredAt'], message: `actual restoration (${t.actualRestoredAt}) is before the outage start (${startText})` });
        } else if (t.restoredAt !== undefined && ms(t.actualRestoredAt) < ms(t.restoredAt)) {
          ctx.addIssue({
            code: 'custom',
            path: ['actualRestoredAt'],
            message: `actual restoration (${t.actualRestoredAt}) is before the contractor's restoration (${t.restoredAt}); it is only set when the End-User reported the service not restored, so it comes later`,
          });
        }
      }
      if (t.closedAt !== undefined) {
        if (ms(t.closedAt) < start) {
          ctx.addIssue({ code: 'custom', path: ['closedAt'], message: `the ticket is closed (${t.closedAt}) before the outage start (${startText})` });
        } else if (t.restoredAt === undefined && t.actualRestoredAt === undefined && !measured(t.kind)) {
          ctx.addIssue({ code: 'custom', path: ['restoredAt'], message: 'is required on a closed ticket: its Unavailable Time runs until restoration' });
        }
      }
      if (measured(t.kind) && t.measuredMs === undefined) {
        ctx.addIssue({ code: 'custom', path: ['measuredMs'], message: `is required on a ${t.kind} ticket: the measured ${t.kind} in milliseconds` });
      }
    });

  const order = z
    .object({
      id: text,
      serviceId: text,
      orderedAt: isoInstant,
      // The due date before the order's date is refused in validate.ts, which knows the time zone.
      dueAt: opt(dueDate),
      completedAt: opt(isoInstant),
      stopClocks: opt(z.array(stopClockSchema(catalog, 'order'))),
    })
    .superRefine((o, ctx) => {
      if (o.completedAt !== undefined && ms(o.completedAt) < ms(o.orderedAt)) {
        ctx.addIssue({ code: 'custom', path: ['completedAt'], message: `completion (${o.completedAt}) is before the order date (${o.orderedAt})` });
      }
    });

  const usage = z
    .object({ site: text, start: isoInstant, end: isoInstant })
    .superRefine((u, ctx) => {
      if (ms(u.end) < ms(u.start)) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: `the usage event ends (${u.end}) before it starts (${u.start})` });
      }
    });

  const monthlySlas = catalog.slas.filter((s) => s.remedy.kind === 'consecutive-months').map((s) => s.id) as [string, ...string[]];
  const history = z.object({
    sla: z.enum(monthlySlas),
    serviceId: opt(text),
    site: opt(text),
    month,
    met: z.boolean(),
  });

  return z.object({
    timeZone: opt(
      z.string().refine(isValidZone, { error: (iss) => `must be an IANA time zone such as America/Los_Angeles, not ${describeValue(iss.input)}` }),
    ),
    catalog: opt(z.string()),
    month,
    asOf: opt(isoInstant),
    services: z.array(service),
    tickets: opt(z.array(ticket)),
    orders: opt(z.array(order)),
    survivability: opt(z.array(usage)),
    history: opt(z.array(history)),
  });
}

/** Compile-time check that the schema's output is a CaseFile (types.ts). */
export type CaseSchemaOutput = z.output<ReturnType<typeof buildCaseSchema>>;
const _schemaOutputIsCaseFile = (x: CaseSchemaOutput): CaseFile => x;
void _schemaOutputIsCaseFile;
