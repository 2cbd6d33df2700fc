// An engine result as the app shows it (shared/ipc/sla.ts slaResultSchema): the SLA's title and
// clause from the service's catalog, the agency's row ids and the Circuit ID, a status word, what a
// pending result waits for, and a stable key naming the result within its month.
import { shiftMonth } from '../../../shared/calendar/instant';
import type { SlaResultRow, SlaStatus } from '../../../shared/ipc/sla';
import { isPreparedLevels, type AnyCatalog, type AnyPrepared, type SlaResult } from '../../../shared/sla';
import { awaiting, Subjects } from './awaiting';
import type { ServiceRow } from './rows';

/**
 * `${sla}|t<ticket>`, `|o<order>`, `|s<service>`, `|site:<site>`, and `|c<contractor>` for a
 * service-level contract's target (the help desk's month, whose subject is the contract itself):
 * one result per SLA and subject.
 */
export function resultKey(r: { sla: string; ticketId: number | null; orderId: number | null; serviceId: number | null; site: string | null; contractorId: number | null }): string {
  if (r.ticketId !== null) return `${r.sla}|t${r.ticketId}`;
  if (r.orderId !== null) return `${r.sla}|o${r.orderId}`;
  if (r.serviceId !== null) return `${r.sla}|s${r.serviceId}`;
  if (r.site === null && r.contractorId !== null) return `${r.sla}|c${r.contractorId}`;
  return `${r.sla}|site:${r.site ?? ''}`;
}

export function statusOf(r: Pick<SlaResult, 'applicable' | 'met'>): SlaStatus {
  if (!r.applicable) return 'not-applicable';
  return r.met === true ? 'met' : r.met === false ? 'missed' : 'pending';
}

/**
 * The first month whose rows were read for an evaluation, per kind of input, when earlier months
 * were left out (a month's report reads the month and the two before it): a consecutive-miss
 * count that reaches past it is "N or more".
 */
export interface Horizon {
  tickets: string | null;
  usage: string | null;
}

export const FULL_DATA: Horizon = { tickets: null, usage: null };

/** One group's prepared evaluation, and what maps its results back to the agency's rows. */
export interface GroupEvaluation {
  catalog: AnyCatalog;
  prepared: AnyPrepared;
  services: Map<string, ServiceRow>;
  /** Lookups of a credit catalog's tickets and orders (null for a service-level catalog: its prepared model has its own). */
  subjects: Subjects | null;
  /** The contractor of the group's rows (a service-level contract's targets are its). */
  contractorId: number | null;
  horizon: Horizon;
  /** Contractor ticket numbers ("t12") and order references ("o3"), as the ATR names them. */
  references: Map<string, string>;
}

export function groupEvaluation(
  catalog: AnyCatalog,
  prepared: AnyPrepared,
  services: Map<string, ServiceRow>,
  horizon: Horizon,
  references: Map<string, string> = new Map(),
  contractorId: number | null = null,
): GroupEvaluation {
  return { catalog, prepared, services, subjects: isPreparedLevels(prepared) ? null : new Subjects(prepared), contractorId, horizon, references };
}

/** The month a ticket's per-ticket results belong to (its outage's start; a help-desk incident's creation), or undefined when the group lacks it. */
export function ticketMonthOf(g: GroupEvaluation, id: string): string | undefined {
  if (isPreparedLevels(g.prepared)) return g.prepared.incidentById.get(id)?.month;
  return g.subjects?.ticket(id)?.startMonth;
}

/**
 * The explain line saying a consecutive-miss count may be higher than the months read show: the
 * month before the streak was neither read nor recorded in the history. The credit does not change
 * from the last step on (29.4.8.1 and the other monthly SLAs: "3 or more consecutive months").
 */
function horizonLine(r: SlaResult, g: GroupEvaluation, month: string, basis: string): string | null {
  const count = r.consecutiveMisses;
  if (count === undefined || count < 1) return null;
  const horizon = basis === 'site-usage' ? g.horizon.usage : basis === 'availability' || basis === 'measured' ? g.horizon.tickets : null;
  if (horizon === null) return null;
  const before = shiftMonth(month, count);
  if (before >= horizon) return null;
  const key = basis === 'site-usage' ? `site:${r.site ?? ''}` : `svc:${r.serviceId ?? ''}`;
  if (isPreparedLevels(g.prepared) || g.prepared.history.has(`${r.sla}|${key}|${before}`)) return null;
  return `Consecutive months: this evaluation reads the agency's data from ${horizon} on and the recorded history; ${before} is in neither, so the count is ${count} or more (from the third month on the credit is the same).`;
}

/** The row of engine result `r` of `month`, without its explain lines (see explainRow). */
export function toResultRow(r: SlaResult, g: GroupEvaluation, month: string, asOfMs: number): SlaResultRow {
  const def = g.catalog.sla(r.sla);
  const service = r.serviceId === undefined ? undefined : g.services.get(r.serviceId);
  const row: SlaResultRow = {
    key: '',
    sla: r.sla,
    title: def?.title ?? r.sla,
    clause: def?.clause ?? '',
    catalogId: g.catalog.id,
    month,
    serviceId: service?.id ?? null,
    circuitId: service?.circuitId ?? null,
    contractorId: service?.contractorId ?? g.contractorId,
    site: r.site ?? null,
    ticketId: r.ticketId === undefined ? null : Number(r.ticketId),
    orderId: r.orderId === undefined ? null : Number(r.orderId),
    reference: (r.ticketId !== undefined ? g.references.get(`t${r.ticketId}`) : r.orderId !== undefined ? g.references.get(`o${r.orderId}`) : undefined) || null,
    applicable: r.applicable,
    met: r.met,
    status: statusOf(r),
    measure: r.measure ? { ...r.measure } : null,
    objective: r.objective ? { ...r.objective } : null,
    consecutiveMisses: r.consecutiveMisses ?? null,
    credit: { tmrcPercent: r.credit.tmrcPercent, aducDays: r.credit.aducDays, installFeePercent: r.credit.installFeePercent, amount: r.credit.amount },
    remedy: r.remedy ?? null,
    // A help-desk step says what it waits for in its explain lines.
    awaiting: def && def.basis !== 'incident-step' && def.basis !== 'figure-target' && g.subjects && !isPreparedLevels(g.prepared) ? awaiting(r, def, g.prepared, g.subjects, month, asOfMs) : null,
    explain: [],
  };
  row.key = resultKey(row);
  return row;
}

/** The row with the explain lines of its engine result (written when first read, shared/sla/result.ts). */
export function explainRow(row: SlaResultRow, r: SlaResult, g: GroupEvaluation): SlaResultRow {
  row.explain = [...r.explain];
  const def = g.catalog.sla(r.sla);
  const note = def && def.basis !== 'incident-step' && def.basis !== 'figure-target' ? horizonLine(r, g, row.month, def.basis) : null;
  if (note !== null) row.explain.push(note);
  return row;
}
