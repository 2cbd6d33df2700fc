// Case files (CASE_FORMAT.md: instants as ISO-8601 text, money in dollars) as the engine's
// model (epoch ms, integer cents): every instant parsed once, every amount converted once.
import { isIsoDate } from '../calendar/holidays';
import { DEFAULT_ZONE } from '../calendar/instant';
import { parseInstantFast, ZoneClock } from '../calendar/zoneClock';
import type { CaseFile, CaseStopClock } from '../case/types';
import type { ModelInput, OrderInput, ServiceInput, StopClockInput, TicketInput } from './model';

function inst(text: string | undefined | null): number | null {
  if (text === undefined || text === null) return null;
  const ms = parseInstantFast(text);
  if (ms === null) throw new Error(`not an ISO-8601 instant with an offset: ${text}`);
  return ms;
}

function need(text: string): number {
  return inst(text) as number;
}

function cents(dollars: number | undefined | null): number {
  if (dollars === undefined || dollars === null) return 0;
  const x = dollars * 100;
  // Dollars carry at most a few decimals; lift binary fractions (1.005 * 100 = 100.4999…) first.
  return Math.round(Math.abs(x) + 1e-9 * Math.max(1, Math.abs(x))) * (x < 0 ? -1 : 1);
}

export function toStopClockInput(sc: CaseStopClock): StopClockInput {
  return {
    code: sc.code,
    startMs: need(sc.start),
    endMs: need(sc.end),
    voided: sc.voided === true,
    window: sc.window ? { startMs: need(sc.window.start), endMs: need(sc.window.end) } : null,
    note: sc.note ?? null,
  };
}

/** Engine models from case-file records (for callers that hold case-file shaped data). */
export function toServiceInput(s: CaseFile['services'][number]): ServiceInput {
  return {
    id: s.id,
    type: s.type,
    tier: s.tier,
    tmrcCents: cents(s.tmrc),
    aducCents: cents(s.aduc),
    installFeeCents: cents(s.installFee),
    site: s.site ?? null,
  };
}

export function toTicketInput(t: NonNullable<CaseFile['tickets']>[number]): TicketInput {
  return {
    id: t.id,
    serviceId: t.serviceId,
    kind: t.kind,
    incidentId: t.incidentId ?? null,
    alarmAtMs: inst(t.alarmAt),
    openedAtMs: need(t.openedAt),
    restoredAtMs: inst(t.restoredAt),
    // A case file records no End-User report: its after-restoration window ends at the actual restoration.
    notRestoredAtMs: null,
    actualRestoredAtMs: inst(t.actualRestoredAt),
    closedAtMs: inst(t.closedAt),
    measuredMs: t.measuredMs ?? null,
    noticesMs: (t.notices ?? []).map(need),
    stopClocks: (t.stopClocks ?? []).map(toStopClockInput),
  };
}

/**
 * A case file's order: its `dueAt` is a date ('YYYY-MM-DD') or an instant, of which only the
 * agency date counts (CASE_FORMAT.md).
 */
export function toOrderInput(o: NonNullable<CaseFile['orders']>[number], zone: string = DEFAULT_ZONE): OrderInput {
  return {
    id: o.id,
    serviceId: o.serviceId,
    orderedAtMs: need(o.orderedAt),
    dueDate: o.dueAt === undefined || o.dueAt === null ? null : isIsoDate(o.dueAt) ? o.dueAt : ZoneClock.of(zone).dateOf(need(o.dueAt)),
    completedAtMs: inst(o.completedAt),
    stopClocks: (o.stopClocks ?? []).map(toStopClockInput),
  };
}

/** The engine's model of a case file (already validated by validateCase). */
export function caseModel(input: CaseFile): ModelInput {
  return {
    zone: input.timeZone ?? DEFAULT_ZONE,
    month: input.month,
    asOfMs: inst(input.asOf),
    services: input.services.map(toServiceInput),
    tickets: (input.tickets ?? []).map(toTicketInput),
    orders: (input.orders ?? []).map((o) => toOrderInput(o, input.timeZone ?? DEFAULT_ZONE)),
    usage: (input.survivability ?? []).map((u) => ({ site: u.site, startMs: need(u.start), endMs: need(u.end) })),
    history: (input.history ?? []).map((h) => ({ sla: h.sla, serviceId: h.serviceId ?? null, site: h.site ?? null, month: h.month, met: h.met })),
  };
}
