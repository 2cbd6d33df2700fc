// The engine's own model: instants as epoch ms, money as integer cents. Unlike the case file it
// allows what a live app has: a stop clock still running (endMs null) and a ticket not yet
// restored; both are measured up to "as of" / "now".
import type { Tier, TicketKind } from './catalog';

export interface ServiceInput {
  id: string;
  /** A service type id of the catalog (converged-voip, converged-voip-voicemail, site-survivability). */
  type: string;
  tier: Tier;
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

/** The report of CASE_FORMAT.md. */
export interface Measure {
  minutes?: number;
  percent?: number;
  ms?: number;
  hours?: number;
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
