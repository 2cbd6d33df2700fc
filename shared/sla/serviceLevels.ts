// A service-level catalog (resources/catalogs/*.json with "kind": "service-levels"): a contract
// whose results are met or missed, with no money owed (DOMAIN.md "Help-desk service levels": the
// Customer Care Center SLA names no remedy). It is the same machinery as a credit catalog
// (objective, measure, period), in the shapes this kind of contract states them:
// - incident steps: something due a number of minutes after an incident's creation, referral or
//   restoration, met by an instant recorded on the incident or by a notification received
//   (rules/incidentSchedule.ts);
// - figure targets: a month's or a year's figure from the center's own report, or a share of
//   two sums of figures, against an objective (rules/monthlyTargets.ts, rules/yearlyTargets.ts).
// Every number, clause and term lives in the JSON; this file only says what a valid one is.
import { z } from 'zod';
import { uniqueIds } from './catalogChecks';

const id = z.string().regex(/^[a-z0-9-]+$/);
const camelId = z.string().regex(/^[a-z][A-Za-z0-9]*$/);
const term = z.object({ id, title: z.string().min(1) });

/** When an incident step's minutes start counting. */
export const STEP_ORIGINS = ['created', 'referred', 'restored'] as const;
export type StepOrigin = (typeof STEP_ORIGINS)[number];

const due = z.union([
  z.strictObject({ withinMinutes: z.number().positive() }),
  z.strictObject({ everyMinutes: z.number().positive() }),
  z.strictObject({ atMinutes: z.array(z.number().positive()).min(1) }),
]);
export type StepDue = z.infer<typeof due>;

const slaCommon = {
  id,
  /** The seed's section the level comes from (the CCC's document numbers no clauses). */
  clause: z.string().min(1),
  title: z.string().min(1),
  clauseText: z.string().min(1),
  /** The project's reading where the clause is silent or ambiguous (shown with the result). */
  reading: z.string().min(1).optional(),
};

const incidentStep = z.strictObject({
  ...slaCommon,
  basis: z.literal('incident-step'),
  from: z.enum(STEP_ORIGINS),
  /** What meets it: an instant recorded on the incident, or a notification of a kind. */
  by: z.union([z.strictObject({ time: camelId }), z.strictObject({ notification: id })]),
  /** Per ticket kind (severity) the step applies to: when it is due. */
  due: z.record(z.string(), due),
  /** Due only while the incident is not restored (updates; the Severity 3 escalation). */
  whileOpen: z.boolean(),
});

const figureTarget = z.strictObject({
  ...slaCommon,
  basis: z.literal('figure-target'),
  period: z.enum(['month', 'year']),
  /** One figure, or a share in percent: the sum of `part` over the sum of `whole`. */
  measure: z.union([z.strictObject({ figure: id }), z.strictObject({ part: z.array(id).min(1), whole: z.array(id).min(1) })]),
  /** Key of the report's `measure` / `objective` the value is printed under. */
  report: z.enum(['seconds', 'percent', 'score']),
  comparison: z.enum(['<=', '>=']),
  objective: z.number().min(0),
});

const levelSchema = z.discriminatedUnion('basis', [incidentStep, figureTarget]);
export type ServiceLevel = z.infer<typeof levelSchema>;
export type IncidentStep = z.infer<typeof incidentStep>;
export type FigureTarget = z.infer<typeof figureTarget>;

const figureSchema = z.strictObject({
  id,
  title: z.string().min(1),
  period: z.enum(['month', 'year']),
  unit: z.string().min(1),
  /** Decimals a value may carry (0: whole numbers); values are stored scaled by 10^decimals. */
  decimals: z.number().int().min(0).max(3),
  max: z.number().positive().optional(),
  /** Another figure of the same period this one cannot exceed (resolved ≤ answered). */
  atMost: id.optional(),
  /** Other names of the figure in the center's report (CSV column headers). */
  aliases: z.array(z.string().min(1)).default([]),
});
export type FigureDefinition = z.infer<typeof figureSchema>;

export const serviceLevelCatalogSchema = z
  .strictObject({
    id,
    kind: z.literal('service-levels'),
    title: z.string().min(1),
    source: z.string().min(1),
    /** Why there is no money (the seed names no remedy): said with every result. */
    remedy: z.string().min(1),
    /** "24x7": every day and hour counts (the CCC runs 24x7x365). */
    calendar: z.enum(['24x7']),
    ticketKinds: z.array(term.extend({ measured: z.literal(false) })).min(1),
    /** The center's lines of support; `billedPer` says what its flat rate is per. */
    serviceTypes: z.array(term.extend({ billedPer: z.enum(['incident', 'call']) })).min(1),
    /**
     * Instants an incident of this contract records besides creation and restoration; `after`:
     * another of them it cannot come before, nor without (an acknowledgement answers a referral).
     */
    incidentTimes: z.array(z.strictObject({ id: camelId, title: z.string().min(1), after: camelId.optional() })),
    /** Kinds of the notifications the agency receives. */
    notificationKinds: z.array(term).min(1),
    figures: z.array(figureSchema),
    billing: z.strictObject({ clause: z.string().min(1), clauseText: z.string().min(1) }),
    slas: z.array(levelSchema).min(1),
  })
  .superRefine((c, ctx) => {
    const unique = uniqueIds(ctx);
    const kinds = unique(c.ticketKinds, 'ticketKinds', 'ticket kind');
    unique(c.serviceTypes, 'serviceTypes', 'service type');
    const times = unique(c.incidentTimes, 'incidentTimes', 'incident time');
    c.incidentTimes.forEach((t, i) => {
      if (t.after !== undefined && !times.has(t.after)) ctx.addIssue({ code: 'custom', path: ['incidentTimes', i, 'after'], message: `unknown incident time "${t.after}"` });
    });
    const notices = unique(c.notificationKinds, 'notificationKinds', 'notification kind');
    const figures = new Map(c.figures.map((f) => [f.id, f]));
    unique(c.figures, 'figures', 'figure');
    unique(c.slas, 'slas', 'SLA');
    c.figures.forEach((f, i) => {
      if (f.atMost === undefined) return;
      const other = figures.get(f.atMost);
      if (!other) ctx.addIssue({ code: 'custom', path: ['figures', i, 'atMost'], message: `unknown figure "${f.atMost}"` });
      else if (other.period !== f.period) ctx.addIssue({ code: 'custom', path: ['figures', i, 'atMost'], message: `"${f.atMost}" is not a figure of the same period` });
    });
    c.slas.forEach((s, i) => {
      if (s.basis === 'incident-step') {
        if ('time' in s.by && !times.has(s.by.time)) ctx.addIssue({ code: 'custom', path: ['slas', i, 'by', 'time'], message: `unknown incident time "${s.by.time}"` });
        if ('notification' in s.by && !notices.has(s.by.notification)) {
          ctx.addIssue({ code: 'custom', path: ['slas', i, 'by', 'notification'], message: `unknown notification kind "${s.by.notification}"` });
        }
        if (s.from === 'referred' && !times.has('referred')) ctx.addIssue({ code: 'custom', path: ['slas', i, 'from'], message: 'the catalog records no "referred" time' });
        const keys = Object.keys(s.due);
        if (keys.length === 0) ctx.addIssue({ code: 'custom', path: ['slas', i, 'due'], message: 'names no ticket kind' });
        for (const k of keys) if (!kinds.has(k)) ctx.addIssue({ code: 'custom', path: ['slas', i, 'due', k], message: `unknown ticket kind "${k}"` });
        for (const [k, d] of Object.entries(s.due)) {
          if (!s.whileOpen && !('withinMinutes' in d)) ctx.addIssue({ code: 'custom', path: ['slas', i, 'due', k], message: 'a schedule of several times is only due while the incident is open (whileOpen)' });
          if ('atMinutes' in d && d.atMinutes.some((m, j) => j > 0 && m <= d.atMinutes[j - 1]!)) {
            ctx.addIssue({ code: 'custom', path: ['slas', i, 'due', k, 'atMinutes'], message: 'must be in increasing order' });
          }
        }
      } else {
        const named = 'figure' in s.measure ? [s.measure.figure] : [...s.measure.part, ...s.measure.whole];
        for (const f of named) {
          const def = figures.get(f);
          if (!def) ctx.addIssue({ code: 'custom', path: ['slas', i, 'measure'], message: `unknown figure "${f}"` });
          else if (def.period !== s.period) ctx.addIssue({ code: 'custom', path: ['slas', i, 'measure'], message: `"${f}" is a ${def.period}'s figure, not a ${s.period}'s` });
        }
        if ('part' in s.measure && s.report !== 'percent') ctx.addIssue({ code: 'custom', path: ['slas', i, 'report'], message: 'a share is reported in percent' });
      }
    });
  });

type ServiceLevelData = z.infer<typeof serviceLevelCatalogSchema>;

/** A validated service-level catalog with the lookups the rules need. */
export interface ServiceLevelCatalog extends ServiceLevelData {
  sla(id: string): ServiceLevel | undefined;
  ticketKind(id: string): ServiceLevelData['ticketKinds'][number] | undefined;
  figure(id: string): FigureDefinition | undefined;
  /** The incident steps that apply to a ticket of this kind (catalog order). */
  stepsFor(kind: string): IncidentStep[];
  /** The figure targets of a period (catalog order). */
  targets(period: 'month' | 'year'): FigureTarget[];
}

export function buildServiceLevelCatalog(c: ServiceLevelData): ServiceLevelCatalog {
  const byId = new Map(c.slas.map((s) => [s.id, s]));
  const kinds = new Map(c.ticketKinds.map((k) => [k.id, k]));
  const figures = new Map(c.figures.map((f) => [f.id, f]));
  const steps = c.slas.filter((s): s is IncidentStep => s.basis === 'incident-step');
  const stepsByKind = new Map(c.ticketKinds.map((k) => [k.id, steps.filter((s) => s.due[k.id] !== undefined)]));
  const targets = c.slas.filter((s): s is FigureTarget => s.basis === 'figure-target');
  return {
    ...c,
    sla: (slaId) => byId.get(slaId),
    ticketKind: (kind) => kinds.get(kind),
    figure: (figureId) => figures.get(figureId),
    stepsFor: (kind) => stepsByKind.get(kind) ?? [],
    targets: (period) => targets.filter((t) => t.period === period),
  };
}
