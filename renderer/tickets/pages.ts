// Paging for the tickets list: rows come from tickets:list in pages of PAGE_SIZE, fetched
// only for the rows in view, so 100,000 tickets never travel at once. Pure helpers here; the
// hook that fetches is usePagedTickets.ts.

export const PAGE_SIZE = 100;
/** Pages kept either side of the one in view; farther ones are dropped and fetched again if needed. */
export const KEEP_PAGES = 20;

export interface Page<T> {
  /** The data version it was fetched at: older pages are shown but fetched again. */
  gen: number;
  rows: T[];
}

/** The pages covering rows first..last (inclusive), at least page 0. */
export function pagesFor(first: number, last: number, pageSize = PAGE_SIZE): number[] {
  if (last < first || last < 0) return [0];
  const a = Math.floor(Math.max(0, first) / pageSize);
  const b = Math.floor(Math.max(0, last) / pageSize);
  const out: number[] = [];
  for (let p = a; p <= b; p++) out.push(p);
  return out;
}

/** Pages to fetch: wanted, and not already held at this version nor on their way. */
export function missingPages<T>(pages: ReadonlyMap<number, Page<T>>, wanted: readonly number[], gen: number, pending: ReadonlySet<string>, key: string): number[] {
  return wanted.filter((p) => (pages.get(p)?.gen ?? -1) < gen && !pending.has(pendingKey(key, gen, p)));
}

export function pendingKey(key: string, gen: number, page: number): string {
  return `${key}#${gen}#${page}`;
}

/** Stores a fetched page (never over a newer one) and drops pages far from it. */
export function storePage<T>(pages: ReadonlyMap<number, Page<T>>, page: number, value: Page<T>, keep = KEEP_PAGES): Map<number, Page<T>> {
  const out = new Map<number, Page<T>>();
  for (const [p, v] of pages) if (Math.abs(p - page) <= keep) out.set(p, v);
  const old = out.get(page);
  if (!old || old.gen <= value.gen) out.set(page, value);
  return out;
}

/** The row at an index, if its page is held. */
export function rowAt<T>(pages: ReadonlyMap<number, Page<T>>, index: number, pageSize = PAGE_SIZE): T | undefined {
  return pages.get(Math.floor(index / pageSize))?.rows[index % pageSize];
}
