// SLA history of months before ATR Desk was used (DOMAIN.md "Consecutive misses": earlier months
// come from the data or from the recorded history), as the service page records it: which
// monthly SLAs a service can have history for (the catalog says which SLAs apply to its type),
// whose history it is (the service; its site for site survivability, 29.4.8.7), the form's draft
// and the request the seam validates.
import { HISTORY_SLAS, type HistoryEntry } from '../../../shared/ipc/sla';
import type { Service } from '../../../shared/ipc/services';
import { hasCatalog, isCreditCatalog, loadCatalog } from '../../../shared/sla/catalog';
import { monthLabel } from './slaMonths';

export interface HistorySla {
  id: string;
  /** "Availability" */
  name: string;
  /** "Availability (29.4.8.1)" */
  label: string;
  /** Recorded per site, not per service (site survivability). */
  perSite: boolean;
}

/** The monthly SLAs of the service's catalog that apply to its type and can have history. */
export function historySlas(service: Pick<Service, 'catalogId' | 'serviceType'>): HistorySla[] {
  // A service-level catalog (the help desk) owes no credits: no monthly SLA steps up, no history.
  if (hasCatalog(service.catalogId) && !isCreditCatalog(service.catalogId)) return [];
  const catalog = loadCatalog(hasCatalog(service.catalogId) ? service.catalogId : undefined);
  return HISTORY_SLAS.flatMap((id) => {
    const sla = catalog.sla(id);
    if (!sla || !sla.serviceTypes.includes(service.serviceType)) return [];
    const name = shortTitle(id, sla.title);
    return [{ id, name, label: `${name} (${sla.clause})`, perSite: sla.basis === 'site-usage' }];
  });
}

function shortTitle(id: string, title: string): string {
  if (id === 'delay') return 'Delay';
  if (id === 'site-survivability') return 'Site survivability';
  return title;
}

/** Which history:list request shows this service's history: its own, or its site's for a site-survivability service. */
export function historyQuery(service: Pick<Service, 'id' | 'site' | 'catalogId' | 'serviceType'>): { serviceId: number } | { site: string } | null {
  const slas = historySlas(service);
  if (slas.length === 0) return null;
  if (slas.every((s) => s.perSite)) return service.site.trim() ? { site: service.site.trim() } : null;
  return { serviceId: service.id };
}

export interface HistoryDraft {
  sla: string;
  /** An <input type="month"> value, "2026-03"; '' when empty. */
  month: string;
  verdict: '' | 'met' | 'missed';
  note: string;
}

export type HistoryField = 'sla' | 'month' | 'met' | 'note' | 'site' | 'serviceId';

export const HISTORY_FIELD_LABELS: Record<HistoryField, string> = {
  sla: 'SLA',
  month: 'Month',
  met: 'Result',
  note: 'Note',
  site: 'Site',
  serviceId: 'Service',
};

export function emptyHistoryDraft(slas: readonly HistorySla[]): HistoryDraft {
  return { sla: slas.length === 1 ? slas[0]!.id : '', month: '', verdict: '', note: '' };
}

export function draftFromHistory(h: HistoryEntry): HistoryDraft {
  return { sla: h.sla, month: h.month, verdict: h.met ? 'met' : 'missed', note: h.note };
}

/**
 * The request as typed: nothing is checked here, the seam names each bad field (an unchosen SLA,
 * a month that is not one, no verdict). A site-survivability month belongs to the site, the
 * others to the service.
 */
export function historyRequest(d: HistoryDraft, service: Pick<Service, 'id' | 'site'>, slas: readonly HistorySla[]): Record<string, unknown> {
  const perSite = slas.find((s) => s.id === d.sla)?.perSite ?? false;
  const req: Record<string, unknown> = {
    sla: d.sla,
    serviceId: perSite ? null : service.id,
    site: perSite ? service.site : null,
    month: d.month,
    note: d.note,
  };
  if (d.verdict !== '') req.met = d.verdict === 'met';
  return req;
}

export interface HistoryRow {
  id: number;
  sla: string;
  /** "Availability" */
  slaName: string;
  /** "Availability (29.4.8.1)" */
  slaLabel: string;
  month: string;
  monthLabel: string;
  met: boolean;
  note: string;
  entry: HistoryEntry;
}

/** Newest month first, then by SLA in the catalog's order. */
export function historyRows(entries: readonly HistoryEntry[], slas: readonly HistorySla[]): HistoryRow[] {
  const order = (sla: string) => {
    const i = slas.findIndex((s) => s.id === sla);
    return i < 0 ? slas.length : i;
  };
  return [...entries]
    .sort((a, b) => (a.month < b.month ? 1 : a.month > b.month ? -1 : order(a.sla) - order(b.sla)))
    .map((h) => ({
      id: h.id,
      sla: h.sla,
      slaName: slas.find((s) => s.id === h.sla)?.name ?? h.sla,
      slaLabel: slas.find((s) => s.id === h.sla)?.label ?? h.sla,
      month: h.month,
      monthLabel: monthLabel(h.month),
      met: h.met,
      note: h.note,
      entry: h,
    }));
}

/** The recorded verdicts by "sla|month" (true: met), to show beside the engine's months. */
export function recordedVerdicts(entries: readonly HistoryEntry[]): Map<string, boolean> {
  return new Map(entries.map((h) => [`${h.sla}|${h.month}`, h.met]));
}
