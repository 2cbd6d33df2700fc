// The catalog is the vocabulary (issue 9 item 7): the tiers, ticket kinds and service types the
// app offers, with their titles, come from the catalogs (resources/catalogs), validated when
// loaded. The contract's enums and the forms derive from here, so a second catalog brings its
// terms with it and nothing else re-lists them.
import type { AnyCatalog, Tier } from './catalog';
import { catalogFor, catalogIds, catalogIdsOf, loadCatalog } from './catalog';

export interface Term<Id extends string = string> {
  id: Id;
  title: string;
}

export interface TicketKindTerm extends Term {
  /** Records a measured value (delay, jitter) instead of an outage. */
  measured: boolean;
}

/** One catalog's terms. */
export interface Vocabulary {
  catalogId: string;
  /** The catalog's title ("CALNET 3 Converged VoIP"). */
  title: string;
  tiers: Array<Term<Tier>>;
  ticketKinds: TicketKindTerm[];
  serviceTypes: Term[];
}

/** The terms of a catalog. */
export function vocabularyOf(catalog: AnyCatalog): Vocabulary {
  return {
    catalogId: catalog.id,
    title: catalog.title,
    // A service-level catalog (the help desk) commits to no tier: its services have none.
    tiers: catalog.kind === 'credits' ? catalog.tiers.map((t) => ({ id: t.id, title: t.title })) : [],
    ticketKinds: catalog.ticketKinds.map((k) => ({ id: k.id, title: k.title, measured: k.measured })),
    serviceTypes: catalog.serviceTypes.map((t) => ({ id: t.id, title: t.title })),
  };
}

/** Every shipped catalog's terms, in catalogIds() order. */
export function vocabularies(): Vocabulary[] {
  return catalogIds().map((id) => vocabularyOf(catalogFor(id)));
}

/** Terms of all catalogs together, each id once (the first catalog naming it gives its title). */
function merged<T extends Term>(lists: T[][]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const list of lists) {
    for (const t of list) {
      if (!seen.has(t.id)) {
        seen.add(t.id);
        out.push(t);
      }
    }
  }
  return out;
}

const all = vocabularies();

/**
 * What the app offers across every catalog: the lists the contract's enums, filters and pickers
 * show. A service's own catalog (catalogFor(service.catalogId)) says which of them apply to it.
 */
export const VOCABULARY: Readonly<{ tiers: Array<Term<Tier>>; ticketKinds: TicketKindTerm[]; serviceTypes: Term[] }> = Object.freeze({
  tiers: merged(all.map((v) => v.tiers)),
  ticketKinds: merged(all.map((v) => v.ticketKinds)),
  serviceTypes: merged(all.map((v) => v.serviceTypes)),
});

/** Ticket kind ids of every catalog (the engine's TICKET_KINDS, now data). */
export const TICKET_KINDS: readonly string[] = Object.freeze(VOCABULARY.ticketKinds.map((k) => k.id));

/**
 * The monthly SLAs whose remedy steps up with consecutive missed months (availability, delay,
 * jitter, site survivability): the ones whose earlier months an ATR can record as history.
 */
export const MONTHLY_SLA_IDS: readonly string[] = Object.freeze([
  ...new Set(catalogIdsOf('credits').flatMap((id) => loadCatalog(id).slas.filter((s) => s.remedy.kind === 'consecutive-months').map((s) => s.id))),
]);

/** The kinds that record a measured value (delay, jitter): a ticket of such a kind needs its measurement and no restoration. */
export const MEASURED_TICKET_KINDS: readonly string[] = Object.freeze(VOCABULARY.ticketKinds.filter((k) => k.measured).map((k) => k.id));

/** Is this a kind that records a measured value (delay, jitter) in any catalog? */
export function isMeasuredKind(kind: string): boolean {
  return MEASURED_TICKET_KINDS.includes(kind);
}

/** Ids as a non-empty tuple, for z.enum (every catalog has at least one of each term: validated at load). */
export function ids<T extends string>(terms: ReadonlyArray<Term<T>>): [T, ...T[]] {
  return terms.map((t) => t.id) as [T, ...T[]];
}

/** id → title of a list of terms. */
export function titles<T extends string>(terms: ReadonlyArray<Term<T>>): Record<T, string> {
  return Object.fromEntries(terms.map((t) => [t.id, t.title])) as Record<T, string>;
}

/** "Converged VoIP, Converged VoIP Voice Mail or Site Survivability" (for messages). */
export function orList(terms: ReadonlyArray<Term>): string {
  const t = terms.map((x) => x.title);
  return t.length <= 1 ? (t[0] ?? '') : `${t.slice(0, -1).join(', ')} or ${t[t.length - 1]}`;
}
