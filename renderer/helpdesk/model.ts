// The Help desk screen's pure parts (issue 14): which contracts the agency holds under a
// service-level catalog (a contractor with services under it), the figures form's draft and the
// request it makes, and the texts of a target's figures. No rule here: verdicts, percents and the
// billing arithmetic come from the sla:* channels; the catalog says which figures a period has.
import { isServiceLevelCatalog, loadServiceLevelCatalog, type ServiceLevelCatalog } from '../../shared/sla/catalog';
import type { FigureDefinition } from '../../shared/sla/serviceLevels';
import type { Service } from '../../shared/ipc/services';
import type { Contractor } from '../../shared/ipc/agency';

export interface Contract {
  contractorId: number;
  contractorName: string;
  catalogId: string;
}

/** The contracts of the agency's services under a service-level catalog, by contractor name. */
export function contractsOf(services: readonly Pick<Service, 'contractorId' | 'catalogId'>[], contractors: readonly Contractor[]): Contract[] {
  const seen = new Set<string>();
  const out: Contract[] = [];
  for (const s of services) {
    if (!isServiceLevelCatalog(s.catalogId)) continue;
    const key = `${s.contractorId}|${s.catalogId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ contractorId: s.contractorId, contractorName: contractors.find((c) => c.id === s.contractorId)?.name ?? `Contractor ${s.contractorId}`, catalogId: s.catalogId });
  }
  return out.sort((a, b) => a.contractorName.localeCompare(b.contractorName));
}

export function catalogOf(c: Contract): ServiceLevelCatalog {
  return loadServiceLevelCatalog(c.catalogId);
}

/** The figures a period of this kind has ('month': calls answered, speed, abandoned, resolved; 'year': the score). */
export function figuresOfPeriod(catalog: ServiceLevelCatalog, kind: 'month' | 'year'): FigureDefinition[] {
  return catalog.figures.filter((f) => f.period === kind);
}

/** The form's values as typed, by figure id. */
export type FiguresDraft = Record<string, string>;

/** A draft from the recorded values (empty text where none). */
export function draftFromValues(defs: readonly FigureDefinition[], values: Record<string, number> | undefined): FiguresDraft {
  return Object.fromEntries(defs.map((f) => [f.id, values?.[f.id] === undefined ? '' : String(values[f.id])]));
}

/** The values to send: every figure typed, as typed (the seam checks and says what is wrong, next to the field). */
export function valuesToSend(draft: FiguresDraft): Record<string, string> {
  return Object.fromEntries(Object.entries(draft).filter(([, v]) => v.trim() !== '').map(([k, v]) => [k, v.trim()]));
}

/** "seconds" → "s"; a unit's short form for a field's suffix. */
export function unitShort(unit: string): string {
  return unit === 'seconds' ? 's' : unit === 'points of 5' ? 'of 5' : unit;
}

/** Cents as "$1,234.50" (negative with a minus). */
export function centsText(cents: number | null): string {
  if (cents === null) return '—';
  const sign = cents < 0 ? '−' : '';
  const a = Math.abs(cents);
  return `${sign}$${Math.floor(a / 100).toLocaleString('en-US')}.${String(a % 100).padStart(2, '0')}`;
}

/** The difference as the ATR reads it: "$42.00 more than expected", "matches", "$10.00 less". */
export function differenceText(cents: number | null): string {
  if (cents === null) return 'Not known yet';
  if (cents === 0) return 'Matches the incidents on record';
  return cents > 0 ? `${centsText(cents)} more than expected` : `${centsText(-cents)} less than expected`;
}
