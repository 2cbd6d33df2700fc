// Pure helpers of the Services screen: the form's draft, sorting and the list query.
import { formatCents, formatDollars } from '../../shared/money';
import type { ServiceQuery, ServiceSortKey, Service, ServiceDraftInput, ServiceType, Tier } from '../../shared/ipc/services';
import { SERVICE_TYPE_LABELS, SERVICE_TYPES, TIER_LABELS } from '../../shared/ipc/services';

/** What the form holds: strings as typed; '' where nothing is chosen yet. */
export interface ServiceFormDraft {
  circuitId: string;
  contractorId: string;
  serviceType: ServiceType | '';
  tier: Tier | '';
  tmrc: string;
  aduc: string;
  installFee: string;
  seats: string;
  site: string;
  address: string;
}

export type ServiceField = keyof ServiceFormDraft;

export const SERVICE_FIELDS: readonly ServiceField[] = [
  'circuitId', 'contractorId', 'serviceType', 'tier', 'tmrc', 'aduc', 'installFee', 'seats', 'site', 'address',
];

export const SERVICE_FIELD_LABELS: Record<ServiceField, string> = {
  circuitId: 'Circuit ID',
  contractorId: 'Contractor',
  serviceType: 'Service type',
  tier: 'Tier',
  tmrc: 'TMRC',
  aduc: 'ADUC',
  installFee: 'Installation fee',
  seats: 'Seats',
  site: 'Site',
  address: 'Address',
};

export function emptyDraft(): ServiceFormDraft {
  return {
    circuitId: '', contractorId: '', serviceType: SERVICE_TYPES[0] ?? '', tier: '',
    tmrc: '', aduc: '', installFee: '', seats: '1', site: '', address: '',
  };
}

/** Cents as the form shows them for editing: 120000 → "1200.00" (no thousands separators). */
export function centsForInput(cents: number): string {
  return formatCents(cents).replace(/,/g, '');
}

export function draftFromService(s: Service): ServiceFormDraft {
  return {
    circuitId: s.circuitId,
    contractorId: String(s.contractorId),
    serviceType: s.serviceType,
    tier: s.tier,
    tmrc: centsForInput(s.tmrcCents),
    aduc: centsForInput(s.aducCents),
    installFee: centsForInput(s.installFeeCents),
    seats: String(s.seats),
    site: s.site,
    address: s.address,
  };
}

/**
 * The request the seam validates. Nothing is checked here: the contract's schema decides, and
 * its messages come back per field. Empty optional amounts are left out (they default to 0,
 * seats to 1);
 * an unchosen contractor, type or tier is sent as is so the seam names the field.
 */
export function draftToRequest(d: ServiceFormDraft): ServiceDraftInput {
  const contractorId = /^\d+$/.test(d.contractorId) ? Number(d.contractorId) : undefined;
  const req: Record<string, unknown> = {
    circuitId: d.circuitId,
    contractorId,
    serviceType: d.serviceType,
    tier: d.tier,
    tmrc: d.tmrc,
    site: d.site,
    address: d.address,
  };
  if (d.aduc.trim() !== '') req.aduc = d.aduc;
  if (d.installFee.trim() !== '') req.installFee = d.installFee;
  if (d.seats.trim() !== '') req.seats = d.seats.trim();
  if (contractorId === undefined) delete req.contractorId;
  return req as unknown as ServiceDraftInput;
}

export type SortDir = 'asc' | 'desc';
export interface SortState {
  key: ServiceSortKey;
  dir: SortDir;
}

export const DEFAULT_SORT: SortState = { key: 'circuitId', dir: 'asc' };

/** Clicking a header: the same column flips direction; another column starts ascending. */
export function nextSort(current: SortState, key: ServiceSortKey): SortState {
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: 'asc' };
}

export function ariaSort(current: SortState, key: ServiceSortKey): 'ascending' | 'descending' | 'none' {
  if (current.key !== key) return 'none';
  return current.dir === 'asc' ? 'ascending' : 'descending';
}

export interface ServiceFilters {
  text: string;
  contractorId: number | null;
  tier: Tier | null;
  serviceType: ServiceType | null;
}

export const NO_FILTERS: ServiceFilters = { text: '', contractorId: null, tier: null, serviceType: null };

export function filtersActive(f: ServiceFilters): boolean {
  return f.text.trim() !== '' || f.contractorId !== null || f.tier !== null || f.serviceType !== null;
}

/** The most rows one list call brings back; the virtual list shows them all smoothly. */
export const LIST_LIMIT = 10_000;

/** The list's request; retired services only when asked for ("Show retired"). */
export function buildQuery(f: ServiceFilters, sort: SortState, showRetired = false): ServiceQuery {
  const q: ServiceQuery = { sort: { key: sort.key, dir: sort.dir }, limit: LIST_LIMIT };
  if (showRetired) q.includeRetired = true;
  const text = f.text.trim();
  if (text) q.text = text.slice(0, 200);
  if (f.contractorId !== null) q.contractorId = f.contractorId;
  if (f.tier !== null) q.tier = f.tier;
  if (f.serviceType !== null) q.serviceType = f.serviceType;
  return q;
}

export function serviceTypeLabel(t: ServiceType): string {
  return SERVICE_TYPE_LABELS[t] ?? t;
}

/** A tier's title; '' for a service whose catalog has no tiers (the help desk). */
export function tierLabel(t: Tier | ''): string {
  return t === '' ? '' : (TIER_LABELS[t] ?? t);
}

export function money(cents: number): string {
  return formatDollars(cents);
}

/** "1 service", "5,000 services". */
export function countLabel(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An agency calendar date as people read it: "2026-10-03" → "Oct 3, 2026" (as given when not a date). */
export function dateLabel(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const name = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && name ? `${name} ${Number(m[3])}, ${m[1]}` : date;
}

/** "Retired Oct 3, 2026"; '' for a service in service. */
export function retiredLabel(retiredOn: string | null): string {
  return retiredOn ? `Retired ${dateLabel(retiredOn)}` : '';
}
