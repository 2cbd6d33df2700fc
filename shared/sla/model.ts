// The engine's types, all of them: what it takes (instants as epoch ms, money as integer cents),
// what it prepares once, what a month's evaluation holds while it runs, and the report it gives.
// Unlike the case file the model allows what a live app has: a stop clock still running (endMs
// null) and a ticket not yet restored; both are measured up to "as of" / "now".
// Type-only: every other module of the engine imports from here, and this file imports from none
// of them but the catalog's schema types.
import type { ZoneClock } from '../calendar/zoneClock';
import type { Catalog, SlaDefinition, Tier, TicketKind } from './catalog';

// ---------------------------------------------------------------------------------------------
// What the engine takes

export interface ServiceInput {
  id: string;
  /** A service type id of the catalog (converged-voip, converged-voip-voicemail, site-survivability). */
  type: string;
  /** The committed tier; null for a service of a service-level catalog (the help desk commits to none). */
  tier: Tier | null;
  tmrcCents: number;
  aducCents?: number;
  installFeeCents?: number;
  /** Site / address key; site-survivability services without one use their own id. */
  site?: string | null;
  /** End-User seats (VoIP service packages or voice mail boxes), for the CAT 1 suggestion. */
  seats?: number | null;
}

export interface StopClockInput {
  code: string;
  startMs: number;
  /** null: still running (counts up to as-of / now). */
  endMs: number | null;
  voided?: boolean;
  /** Scheduled maintenance window (MAINTENANCE counts only inside it). */
  window?: { startMs: number; endMs: number } | null;
  note?: string | null;
}

export interface TicketInput {
  id: string;
  serviceId: string;
  kind: TicketKind;
  incidentId?: string | null;
  alarmAtMs?: number | null;
  openedAtMs: number;
  /**
   * The contractor's declared restoration as recorded, even when the End-User later reported the
   * service not restored: the engine decides the measured restoration (ticketRestoration).
   */
  restoredAtMs?: number | null;
  /** The End-User's report that the service was not restored (after restoredAtMs); case files have none. */
  notRestoredAtMs?: number | null;
  /** The actual restoration, recorded after the End-User's report. */
  actualRestoredAtMs?: number | null;
  closedAtMs?: number | null;
  measuredMs?: number | null;
  noticesMs?: number[];
  stopClocks?: StopClockInput[];
  /**
   * Service-level catalogs (the help desk): the instants the catalog's `incidentTimes` name
   * (severityAssigned, referred, acknowledged), null or absent when not recorded.
   */
  times?: Record<string, number | null>;
  /** Service-level catalogs: the notifications the agency received, each of a kind the catalog names. */
  notifications?: NotificationInput[];
}

/** A notification received about an incident (Customer Care Center IM Notification). */
export interface NotificationInput {
  kind: string;
  atMs: number;
}

/**
 * A figure of a service-level contract's report for a period ('2026-10' for a month, '2026' for
 * a year), in the catalog's unit (calls, seconds, points of 5).
 */
export interface FigureInput {
  period: string;
  figure: string;
  value: number;
}

export interface OrderInput {
  id: string;
  serviceId: string;
  orderedAtMs: number;
  /**
   * The negotiated due date, a date of the agency's zone ('YYYY-MM-DD', 29.4.8.10 "on or before
   * the due date"); null: the order's date + the committed interval.
   */
  dueDate?: string | null;
  completedAtMs?: number | null;
  stopClocks?: StopClockInput[];
}

export interface UsageInput {
  site: string;
  startMs: number;
  /** null: the site is still on its survivability circuit. */
  endMs: number | null;
}

export interface HistoryInput {
  sla: string;
  serviceId?: string | null;
  site?: string | null;
  month: string;
  met: boolean;
}

/** Everything the engine evaluates (the app's live data, or a case file converted by convert.ts). */
export interface ModelInput {
  zone?: string;
  month: string;
  asOfMs?: number | null;
  services: ServiceInput[];
  tickets?: TicketInput[];
  orders?: OrderInput[];
  usage?: UsageInput[];
  history?: HistoryInput[];
  /** Service-level catalogs: the contract's monthly and yearly figures. */
  figures?: FigureInput[];
}

// ---------------------------------------------------------------------------------------------
// Stop clocks (stop-clocks.ts holds the one rule)

/** Why a stop clock (or all of it) does not count. */
export type StopClockReason =
  | 'voided'
  | 'unknown'
  | 'orders-only'
  | 'tickets-only'
  | 'no-window'
  | 'outside-window'
  | 'no-restoration'
  | 'outside-restoration';

/** The counted part of one stop clock, before clipping to the outage. */
export interface StopClockPart {
  startMs: number;
  endMs: number;
  /** MAINTENANCE cut to its scheduled window. */
  windowClipped: boolean;
  /** An after-restoration condition cut to [restoration, End-User's report]. */
  restorationClipped: boolean;
}

/** Why a stop clock does or does not count (before clipping to the outage). */
export type StopClockStatus = ({ counts: true } & StopClockPart) | { counts: false; reason: StopClockReason };

/** One stop clock of a ticket as its explanation states it: why, and how much counted inside the outage. */
export interface StopClockItem {
  stopClock: StopClockInput;
  status: StopClockStatus;
  /** The counted part clipped to the outage (0 when it does not count or falls outside). */
  insideMs: number;
  /** The outage's start or end cut the counted part. */
  outageClipped: boolean;
}

/** A ticket's stop-clock figures up to a measured end: the explain lines print these, the verdict uses stoppedMs. */
export interface StopClockFacts {
  /** End of the measured outage (restoration, or as-of while open). */
  endMs: number;
  elapsedMs: number;
  items: StopClockItem[];
  /** The union of the counted parts inside the outage. */
  stoppedMs: number;
  /** Where after-restoration conditions may count; null: nowhere. */
  afterRestoration: { fromMs: number; toMs: number } | null;
}

// ---------------------------------------------------------------------------------------------
// What the engine prepares once (prepare.ts)

export interface PreparedService extends ServiceInput {
  /** A credit catalog's service always has a tier (prepareModel refuses one without). */
  tier: Tier;
  index: number;
  /** The tier's place in TIERS (per-tier facts are kept in that order). */
  tierIndex: number;
  /** Site key: `site`, or the service id when none is given. */
  siteKey: string;
}

export interface PreparedTicket extends TicketInput {
  readonly prepared: true;
  startMs: number;
  /** The measured restoration (ticketRestoration); null while open. */
  restorationMs: number | null;
  /**
   * Counted stop-clock time as sorted, disjoint, non-adjacent intervals, flattened
   * [s0, e0, s1, e1, ...]; an end of Infinity is a stop clock still running.
   */
  stops: number[];
}

/** A ticket of a prepared case. */
export interface CaseTicket extends PreparedTicket {
  index: number;
  service: PreparedService;
  /** The service's tier index (copied: the ticket loop then need not read the service). */
  tierIndex: number;
  /** Month (agency time) the outage started: per-ticket SLAs are evaluated there. */
  startMonth: string;
  /** Month the ticket closed (availability), null while open. */
  closeMonth: string | null;
  /** Contractor notices, sorted, merged across the incident's tickets. */
  notices: number[];
  /** The duration SLAs (TTR, EO, CAT) and notification SLAs covering this ticket, catalog order. */
  durationSlas: SlaDefinition[];
  notificationSlas: SlaDefinition[];
  /** Cached: did this closed ticket's Unavailable Time earn a remedy under TTR / EO / CAT? */
  remedied: string[] | undefined;
}

/** An order with the engine's facts of its due date (DOMAIN.md "Provisioning"). */
export interface PreparedOrder {
  id: string;
  serviceId: string;
  orderedAtMs: number;
  completedAtMs: number | null;
  stopClocks: StopClockInput[];
  index: number;
  service: PreparedService;
  /** The due date, an agency date 'YYYY-MM-DD': negotiated, else the order's date + the committed interval; null when neither exists. */
  dueDate: string | null;
  /** The due date is the negotiated one. */
  negotiated: boolean;
  /** Committed interval (calendar days) the due date came from; null when negotiated or the type has none. */
  intervalDays: number | null;
  /** The end of the due date (midnight after it, agency time), before any delay; NaN without a due date. */
  dueDateEndMs: number;
  /** Counted CUSTOMER_PROVISIONING_DELAY time (union, clipped to order → completion); Infinity while one runs. */
  stoppedMs: number;
  /** A (non-voided) delay stop clock has no end and the order is not completed: the deadline moves. */
  delayRunning: boolean;
  /** The deadline: the end of the due date extended by the delay (exclusive); Infinity while a delay runs, NaN without a due date. */
  dueMs: number;
  /** The month of the last on-time instant (dueMs - 1 ms), whose Provisioning results hold the order; null while unknown. */
  dueMonth: string | null;
  /** Counted delay intervals, sorted, disjoint, flattened (see orderDelayMs). */
  stops: number[];
}

/** What the order screens show of an order (rules/provisioning.ts orderStatus). */
export type OrderStatus = 'on-time' | 'late' | 'pending' | 'no-due';

/** A month's tickets by service (groups.ts). */
export interface TicketGroups {
  add(t: CaseTicket): void;
  /** The tickets of the service with this index, in input order; undefined when it has none. */
  of(serviceIndex: number): CaseTicket[] | undefined;
}

export interface PreparedCase {
  catalog: Catalog;
  zone: string;
  clock: ZoneClock;
  /** The case's month and as-of (defaults for evaluateCase). */
  month: string;
  asOfMs: number | null;
  services: PreparedService[];
  serviceById: Map<string, PreparedService>;
  ticketsByStartMonth: Map<string, CaseTicket[]>;
  /** month → availability-eligible tickets closed that month, by service. */
  closedByMonth: Map<string, TicketGroups>;
  /** `${sla}|${month}` → measured tickets (delay / jitter) started that month, by service. */
  measuredByMonth: Map<string, TicketGroups>;
  orders: PreparedOrder[];
  ordersByDueMonth: Map<string, PreparedOrder[]>;
  usageBySite: Map<string, UsageInput[]>;
  /** `${sla}|svc:${id}|${month}` or `${sla}|site:${site}|${month}` → met. */
  history: Map<string, boolean>;
  /** Catalog SLAs by basis, in catalog order. */
  slas: {
    ticket: SlaDefinition[];
    availability: SlaDefinition[];
    measured: SlaDefinition[];
    siteUsage: SlaDefinition[];
    provisioning: SlaDefinition[];
    notification: SlaDefinition[];
  };
  /** Indexes of the services each per-service monthly SLA covers (by SLA id), in input order. */
  servicesFor: Map<string, Int32Array>;
  /**
   * Per service index, side by side: the id and the tier's index. The monthly loops read these
   * instead of the service objects (scattered in memory; a read of each would cost more than the
   * work done for a service with nothing to count).
   */
  serviceIds: string[];
  serviceTiers: Uint8Array;
  /** Memo of monthly verdicts from data, `${sla}|${month}` → per service index: 0 unknown, 1 met, 2 missed. */
  verdicts: Map<string, Uint8Array>;
}

// ---------------------------------------------------------------------------------------------
// A month's evaluation in progress (context.ts)

/** What every result of one SLA on one tier shares. */
export interface TierFacts {
  tier: Tier;
  /** The objective in the catalog's unit; null: N/A. */
  objective: number | null;
  /** The objective in ms for duration objectives (hours, minutes, ms); null: N/A or a percent. */
  objectiveMs: number | null;
  /** Report form, e.g. { minutes: 240 } (shared, frozen). */
  measure: Measure | undefined;
  /** "at most 240 min (4 h 00 min)" */
  text: string;
  /** Lines shared by the results of this SLA and tier that need no per-result detail. */
  lines: Map<string, string[]>;
  /** The measure shared by the results with nothing to measure this month (frozen), once known. */
  emptyMeasure: Measure | undefined;
}

export interface MonthContext {
  p: PreparedCase;
  month: string;
  startMs: number;
  endMs: number;
  days: number;
  asOfMs: number;
  /** as-of is at or after the end of the month: monthly SLAs are final. */
  complete: boolean;
  results: SlaResult[];
  totalCents: number;
  tiers: Map<SlaDefinition, TierFacts[]>;
  /** The timeline lines last written for a ticket's explain lines (rules/duration.ts). */
  timeline: { ticket: CaseTicket; withStops: string[] | null; plain: string[] | null } | undefined;
}

/** Writes a result's explain lines from what its evaluation kept (`C`: the month's context). */
export type Explainer<C, S> = (ctx: C, sla: SlaDefinition, subject: S, result: SlaResult) => string[];

/** Consecutive misses of a monthly SLA (consecutive.ts). */
export interface Streak {
  count: number;
  /** Earlier months of the streak, newest first, with where each verdict came from. */
  earlier: Array<{ month: string; from: 'history' | 'data' }>;
}

/** One duration SLA for one ticket (rules/duration.ts). */
export interface DurationOutcome {
  applicable: boolean;
  /** null when the tier has no objective. */
  objectiveMs: number | null;
  /** The measure truncated to whole seconds, in ms. */
  measureMs: number;
  /** true met, false missed, null pending (open ticket still inside the objective) or N/A. */
  met: boolean | null;
  /** The ticket was measured up to as-of, not to a restoration. */
  open: boolean;
}

/** A service's availability month (rules/availability.ts). */
export interface AvailabilityFacts {
  scheduledSeconds: number;
  unavailableSeconds: number;
  counted: Array<{ t: CaseTicket; ms: number }>;
  excluded: Array<{ t: CaseTicket; by: string[] }>;
  /** null when the tier has no objective. */
  missed: boolean | null;
  percent: number;
}

/** Notification of one CAT 2 / CAT 3 ticket (rules/notification.ts). */
export interface NotificationOutcome {
  met: boolean | null;
  /** Longest wait: start to first notice, between notices, last notice to restoration (ms). */
  worstGapMs: number | null;
  firstNoticeMs: number | null;
  lines: string[];
}

/** A live countdown of one duration SLA of an open ticket (countdowns.ts). */
export interface Countdown {
  sla: string;
  clause: string;
  /** What falls due when it is more than the SLA's title ("Update notifications: 2-hour update"). */
  label?: string;
  objectiveMs: number;
  /** The measure so far: Unavailable Time, or the plain outage duration for CAT 2 / CAT 3. */
  unavailableMs: number;
  /** objective − measure; negative once missed. */
  remainingMs: number;
  /** A stop clock is running now (only for SLAs that subtract stop clocks). */
  paused: boolean;
  /** nowMs + remainingMs while the clock runs; null while paused or once restored. */
  dueAtMs: number | null;
  /** true met / false missed; null while the ticket is open and inside the objective. */
  met: boolean | null;
}

/** The CAT 1 suggestion for an incident (suggest.ts). */
export interface Cat1Suggestion {
  suggest: boolean;
  /** A sentence for the user: why, or why not. */
  reason: string;
  serviceTypes: number;
  seats: number;
  sites: string[];
}

// ---------------------------------------------------------------------------------------------
// The report of CASE_FORMAT.md

export interface Measure {
  minutes?: number;
  percent?: number;
  ms?: number;
  hours?: number;
  /** Service-level catalogs: seconds (speed of answer), a score (satisfaction, points of 5). */
  seconds?: number;
  score?: number;
}

export interface CreditLine {
  tmrcPercent: number;
  aducDays: number;
  installFeePercent: number;
  /** Dollars, rounded to cents half away from zero. */
  amount: number;
}

export interface SlaResult {
  sla: string;
  serviceId?: string;
  site?: string;
  ticketId?: string;
  orderId?: string;
  applicable: boolean;
  /** null while pending (or not applicable). */
  met: boolean | null;
  measure?: Measure;
  objective?: Measure;
  consecutiveMisses?: number;
  credit: CreditLine;
  remedy?: string;
  explain: string[];
}

export interface Report {
  month: string;
  results: SlaResult[];
  totalCredit: number;
}
