// The notification schedule of one help-desk incident (DOMAIN.md "Help-desk service levels";
// seed 002, Notifications and Escalations): each step of the service-level catalog that applies
// to the incident's severity, met or missed from what the agency recorded: the instants on the
// incident (created, severity assigned, referred, acknowledged, restored) and the notifications
// it received. A step is due some minutes after its origin (creation, referral, restoration):
// - once ("within 15 minutes"): met by the first evidence at or after the origin, no later than
//   the due instant; exactly at it is met, one minute later is missed;
// - on a schedule ("every hour", "at 1, 4 and 8 hours") while the incident is not restored: each
//   due time is met by an update received after the one before it was due (the origin, for the
//   first) and no later than its own due time.
// Minutes are wall-clock: the center runs 24x7x365 (its calendar is "24x7"), so 2 days are 48 h.
// This module owns the step's verdict, its explain lines, its live countdown and the incident's
// timeline; the results, the countdowns and the scorecard all read the same outcome.
import type { ZoneClock } from '../../calendar/zoneClock';
import { formatDuration, minutesOf } from '../format';
import type { Countdown, ServiceInput, SlaResult, TicketInput } from '../model';
import { newResult } from '../result';
import type { IncidentStep, ServiceLevelCatalog, StepDue, StepOrigin } from '../serviceLevels';
import { ticketRestoration } from '../unavailable';

const MINUTE = 60_000;
/** A bound on due times listed for one open incident (an hourly schedule over a very long incident). */
const MAX_DUES = 2_000;

/** An incident (a ticket of a service-level catalog) as the schedule reads it. */
export interface PreparedIncident {
  id: string;
  serviceId: string;
  service: ServiceInput;
  /** The severity (a ticket kind of the catalog: sev1, sev2, sev3). */
  kind: string;
  index: number;
  createdMs: number;
  /** The measured restoration (the actual one after an End-User's report); null while not restored. */
  restoredMs: number | null;
  closedMs: number | null;
  /** The month (agency time) the incident was created in: its steps are in that month's report. */
  month: string;
  times: Record<string, number | null>;
  /** Notifications received, by kind, each list in time order. */
  notifications: Map<string, number[]>;
  /** The steps of the catalog for this severity, catalog order. */
  steps: IncidentStep[];
}

export function prepareIncident(t: TicketInput, index: number, service: ServiceInput, catalog: ServiceLevelCatalog, clock: ZoneClock): PreparedIncident {
  const notifications = new Map<string, number[]>();
  for (const n of t.notifications ?? []) {
    const list = notifications.get(n.kind);
    if (list) list.push(n.atMs);
    else notifications.set(n.kind, [n.atMs]);
  }
  for (const list of notifications.values()) list.sort((a, b) => a - b);
  return {
    id: t.id,
    serviceId: t.serviceId,
    service,
    kind: t.kind,
    index,
    createdMs: t.openedAtMs,
    restoredMs: ticketRestoration(t),
    closedMs: t.closedAtMs ?? null,
    month: clock.monthOf(t.openedAtMs),
    times: t.times ?? {},
    notifications,
    steps: catalog.stepsFor(t.kind),
  };
}

// ---------------------------------------------------------------------------------------------
// Verdict

export type StepStatus = 'met' | 'missed' | 'pending' | 'not-due';

/** One due time of a step and what answered it. */
export interface DueCheck {
  /** "15 min", "2-hour update" */
  label: string;
  dueMs: number;
  /** Evidence counts from here (exclusive for a schedule's later updates). */
  fromMs: number;
  /** The evidence that met it, or the first one after it when late; null when none. */
  atMs: number | null;
  status: 'met' | 'missed' | 'pending';
}

export interface StepOutcome {
  step: IncidentStep;
  due: StepDue;
  originMs: number | null;
  status: StepStatus;
  checks: DueCheck[];
  /** Lines of the arithmetic (without the clause and verdict lines). */
  lines: string[];
}

const ORIGIN_LABEL: Record<StepOrigin, string> = { created: 'creation', referred: 'referral to a resolver', restored: 'restoration' };

/** "15 min", "1 h", "48 h", "1 h 30 min" */
export function spanText(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

function originOf(inc: PreparedIncident, from: StepOrigin): number | null {
  if (from === 'created') return inc.createdMs;
  if (from === 'restored') return inc.restoredMs;
  return inc.times.referred ?? null;
}

/** The instants that answer a step: the incident's recorded time, or the notifications of its kind. */
function evidenceOf(inc: PreparedIncident, step: IncidentStep): number[] {
  if ('time' in step.by) {
    const at = inc.times[step.by.time];
    return at === null || at === undefined ? [] : [at];
  }
  return inc.notifications.get(step.by.notification) ?? [];
}

function evidenceName(step: IncidentStep, catalog: ServiceLevelCatalog): string {
  if ('time' in step.by) {
    const id = step.by.time;
    return (catalog.incidentTimes.find((t) => t.id === id)?.title ?? id).toLowerCase();
  }
  return notificationName(catalog, step.by.notification).toLowerCase();
}

/** "Initial notification", "Update notification", "Escalation notification": a kind's title as a notification. */
export function notificationName(catalog: ServiceLevelCatalog, kind: string): string {
  const title = catalog.notificationKinds.find((k) => k.id === kind)?.title ?? kind;
  return /notification/i.test(title) ? title : `${title} notification`;
}

/** The first instant of a sorted list at or after `from` (strictly after when `exclusive`). */
function firstFrom(list: number[], from: number, exclusive = false): number | null {
  for (const x of list) if (exclusive ? x > from : x >= from) return x;
  return null;
}

/** The due times of a schedule from its origin: before the restoration; for an open incident, up to the first still ahead of as-of. */
function scheduleDues(due: StepDue, originMs: number, restoredMs: number | null, asOfMs: number): Array<{ label: string; dueMs: number }> {
  const end = restoredMs ?? Infinity;
  const out: Array<{ label: string; dueMs: number }> = [];
  const label = (minutes: number) => `${spanText(minutes).replace(/ h$/, '-hour').replace(/ min$/, '-minute')} update`;
  if ('atMinutes' in due) {
    for (const m of due.atMinutes) {
      const dueMs = originMs + m * MINUTE;
      if (dueMs < end) out.push({ label: label(m), dueMs });
    }
  } else if ('everyMinutes' in due) {
    for (let k = 1; k <= MAX_DUES; k++) {
      const m = k * due.everyMinutes;
      const dueMs = originMs + m * MINUTE;
      if (dueMs >= end) break;
      out.push({ label: label(m), dueMs });
      if (dueMs > asOfMs) break; // the next one ahead is the last listed while open
    }
  }
  return out;
}

/** A step of an incident as of `asOfMs`: its due times, what answered each, and the verdict. */
export function stepOutcome(inc: PreparedIncident, step: IncidentStep, catalog: ServiceLevelCatalog, asOfMs: number, clock: ZoneClock): StepOutcome {
  const due = step.due[inc.kind]!;
  const fmt = (ms: number) => clock.format(ms);
  const originMs = originOf(inc, step.from);
  const what = evidenceName(step, catalog);
  const evidence = evidenceOf(inc, step);
  const lines: string[] = [];
  const base = { step, due, originMs };

  if (originMs === null) {
    if (step.from === 'restored') {
      lines.push(`Due ${'withinMinutes' in due ? spanText(due.withinMinutes) : ''} after the restoration; the incident is not restored as of ${fmt(asOfMs)}.`);
      return { ...base, status: 'pending', checks: [], lines };
    }
    if (inc.restoredMs !== null) {
      lines.push(`The incident was never referred to a resolver (restored ${fmt(inc.restoredMs)} without a referral): nothing was due.`);
      return { ...base, status: 'not-due', checks: [], lines };
    }
    lines.push(`Not referred to a resolver as of ${fmt(asOfMs)}: due ${'withinMinutes' in due ? spanText(due.withinMinutes) : ''} after the referral.`);
    return { ...base, status: 'pending', checks: [], lines };
  }

  if ('withinMinutes' in due) {
    const dueMs = originMs + due.withinMinutes * MINUTE;
    lines.push(`Due ${spanText(due.withinMinutes)} after the ${ORIGIN_LABEL[step.from]} (${fmt(originMs)}): by ${fmt(dueMs)}.`);
    if (step.whileOpen && inc.restoredMs !== null && inc.restoredMs <= dueMs) {
      lines.push(`Restored ${fmt(inc.restoredMs)}, ${formatDuration(inc.restoredMs - originMs)} after the ${ORIGIN_LABEL[step.from]}: before it was due, so nothing was due.`);
      return { ...base, status: 'not-due', checks: [], lines };
    }
    const at = firstFrom(evidence, originMs);
    let status: DueCheck['status'];
    if (at !== null) {
      status = at <= dueMs ? 'met' : 'missed';
      const gap = at - originMs;
      lines.push(
        `The ${what} was recorded ${fmt(at)}, ${formatDuration(gap)} after the ${ORIGIN_LABEL[step.from]}: ${status === 'met' ? `within ${spanText(due.withinMinutes)}` : `${formatDuration(at - dueMs)} late`}.`,
      );
    } else if (asOfMs > dueMs) {
      status = 'missed';
      lines.push(`No ${what} recorded by ${fmt(dueMs)} (none as of ${fmt(asOfMs)}).`);
    } else {
      status = 'pending';
      lines.push(`No ${what} yet as of ${fmt(asOfMs)}: ${formatDuration(dueMs - asOfMs)} left.`);
    }
    return { ...base, status, checks: [{ label: spanText(due.withinMinutes), dueMs, fromMs: originMs, atMs: at, status }], lines };
  }

  const dues = scheduleDues(due, originMs, inc.restoredMs, asOfMs);
  const scheduleText = 'atMinutes' in due ? `at ${due.atMinutes.map((m) => spanText(m)).join(', ')}` : `every ${spanText(due.everyMinutes)}`;
  lines.push(`Updates due ${scheduleText} after the ${ORIGIN_LABEL[step.from]} (${fmt(originMs)}) until restored${inc.restoredMs === null ? ` (not restored as of ${fmt(asOfMs)})` : ` (restored ${fmt(inc.restoredMs)})`}.`);
  if (dues.length === 0) {
    lines.push(`Restored before the first update was due: nothing was due.`);
    return { ...base, status: 'not-due', checks: [], lines };
  }
  const checks: DueCheck[] = [];
  let prev = originMs;
  for (const d of dues) {
    const inWindow = firstFrom(evidence, prev, prev !== originMs);
    let status: DueCheck['status'];
    let atMs: number | null = null;
    if (inWindow !== null && inWindow <= d.dueMs) {
      status = 'met';
      atMs = inWindow;
      lines.push(`${d.label} due ${fmt(d.dueMs)}: update received ${fmt(inWindow)}.`);
    } else if (asOfMs > d.dueMs) {
      status = 'missed';
      atMs = firstFrom(evidence, d.dueMs, true);
      lines.push(
        `${d.label} due ${fmt(d.dueMs)}: no update between ${fmt(prev)} and then${atMs === null ? '' : `; the next came ${fmt(atMs)}, ${formatDuration(atMs - d.dueMs)} late`}.`,
      );
    } else {
      status = 'pending';
      lines.push(`${d.label} due ${fmt(d.dueMs)}: not yet due as of ${fmt(asOfMs)}.`);
    }
    checks.push({ label: d.label, dueMs: d.dueMs, fromMs: prev, atMs, status });
    prev = d.dueMs;
  }
  const missed = checks.filter((c) => c.status === 'missed').length;
  const status: StepStatus = missed > 0 ? 'missed' : checks.some((c) => c.status === 'pending') ? 'pending' : 'met';
  if (missed > 0) lines.push(`${missed} of ${checks.length} update${checks.length === 1 ? '' : 's'} due ${missed === 1 ? 'was' : 'were'} not received on time.`);
  return { ...base, status, checks, lines };
}

// ---------------------------------------------------------------------------------------------
// Results

/** "Severity 1 incident 12 on CCC-SEC, created 2026-10-05T09:00:00-07:00" */
function subjectText(inc: PreparedIncident, catalog: ServiceLevelCatalog, clock: ZoneClock): string {
  return `${catalog.ticketKind(inc.kind)?.title ?? inc.kind} incident ${inc.id} on ${inc.service.id}, created ${clock.format(inc.createdMs)}`;
}

/** The verdict line of a service-level result: met, or missed with the catalog's word that no money is owed. */
export function verdictLine(status: StepStatus | 'met' | 'missed' | 'pending', catalog: ServiceLevelCatalog): string {
  if (status === 'met') return 'Met.';
  if (status === 'missed') return `Missed. ${catalog.remedy}`;
  if (status === 'not-due') return 'Not applicable: nothing was due.';
  return 'Pending.';
}

/** The result of one step of one incident, with its explain lines (clause text first). */
export function stepResult(inc: PreparedIncident, o: StepOutcome, catalog: ServiceLevelCatalog, clock: ZoneClock): SlaResult {
  const s = o.step;
  const explain = [`${s.title} (${s.clause}): "${s.clauseText}"`, `${subjectText(inc, catalog, clock)}.`, ...o.lines];
  if (s.reading) explain.push(`Reading: ${s.reading}`);
  explain.push(verdictLine(o.status, catalog));
  const r = newResult(s, explain);
  r.serviceId = inc.service.id;
  r.ticketId = inc.id;
  r.applicable = o.status !== 'not-due';
  r.met = o.status === 'met' ? true : o.status === 'missed' ? false : null;
  if ('withinMinutes' in o.due) {
    r.objective = { minutes: o.due.withinMinutes };
    const c = o.checks[0];
    if (c?.atMs != null && o.originMs !== null) r.measure = { minutes: minutesOf(Math.max(0, c.atMs - o.originMs)) };
  }
  return r;
}

/** Every step result of an incident, catalog order. */
export function incidentResults(inc: PreparedIncident, catalog: ServiceLevelCatalog, asOfMs: number, clock: ZoneClock): SlaResult[] {
  return inc.steps.map((s) => stepResult(inc, stepOutcome(inc, s, catalog, asOfMs, clock), catalog, clock));
}

// ---------------------------------------------------------------------------------------------
// Live countdowns (the ticket screens and the board tick them like the credit SLAs' countdowns)

/**
 * For an incident not closed: what falls due next, per step. A one-time step shows until its
 * evidence is recorded (overdue once missed, so the ATR chases it); a schedule shows its next due
 * time not yet answered. Nothing pauses them (no stop clocks in this contract).
 */
export function incidentCountdowns(inc: PreparedIncident, catalog: ServiceLevelCatalog, nowMs: number, clock: ZoneClock): Countdown[] {
  const out: Countdown[] = [];
  for (const step of inc.steps) {
    const o = stepOutcome(inc, step, catalog, nowMs, clock);
    if (o.originMs === null || o.status === 'not-due') continue;
    let c: DueCheck | undefined;
    let label = step.title;
    if ('withinMinutes' in o.due) {
      c = o.checks[0];
      if (!c || c.atMs !== null) continue; // answered (on time or late): nothing left to count down
    } else {
      c = o.checks.find((x) => x.status === 'pending');
      if (!c) continue;
      label = `${step.title}: ${c.label}`;
    }
    out.push({
      sla: step.id,
      clause: step.clause,
      label,
      objectiveMs: c.dueMs - c.fromMs,
      unavailableMs: nowMs - c.fromMs,
      remainingMs: c.dueMs - nowMs,
      paused: false,
      dueAtMs: c.dueMs,
      met: c.status === 'missed' ? false : null,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Timeline (the scorecard shows an incident whose notifications were missed with it)

export interface TimelineEntry {
  atMs: number;
  /** "Created", "Initial notification received", "Initial notification due" */
  what: string;
  kind: 'event' | 'notification' | 'due';
  /** For a due time: how it went. */
  status: 'met' | 'missed' | 'pending' | null;
}

/** Everything recorded on the incident and every due time of its steps, in time order. */
export function incidentTimeline(inc: PreparedIncident, catalog: ServiceLevelCatalog, asOfMs: number, clock: ZoneClock): TimelineEntry[] {
  const out: TimelineEntry[] = [{ atMs: inc.createdMs, what: 'Created', kind: 'event', status: null }];
  for (const t of catalog.incidentTimes) {
    const at = inc.times[t.id];
    if (at !== null && at !== undefined) out.push({ atMs: at, what: t.title, kind: 'event', status: null });
  }
  if (inc.restoredMs !== null) out.push({ atMs: inc.restoredMs, what: 'Restored', kind: 'event', status: null });
  for (const k of catalog.notificationKinds) {
    for (const at of inc.notifications.get(k.id) ?? []) out.push({ atMs: at, what: `${notificationName(catalog, k.id)} received`, kind: 'notification', status: null });
  }
  for (const step of inc.steps) {
    const o = stepOutcome(inc, step, catalog, asOfMs, clock);
    for (const c of o.checks) {
      out.push({ atMs: c.dueMs, what: o.checks.length > 1 || !('withinMinutes' in o.due) ? `${step.title}: ${c.label} due` : `${step.title} due`, kind: 'due', status: c.status });
    }
  }
  // Same instant: what happened before what was due then (an update exactly at its due time reads first).
  const order = { event: 0, notification: 1, due: 2 } as const;
  return out.sort((a, b) => a.atMs - b.atMs || order[a.kind] - order[b.kind]);
}

