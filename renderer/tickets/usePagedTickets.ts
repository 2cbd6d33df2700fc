// The tickets list's rows, a page at a time: sorting and filtering happen in SQL; the list asks
// for the pages in view (ensure) and gets the total with each page. After a write to the
// tickets (`data:changed`) the pages on screen stay visible and are fetched again.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { IpcError } from '../../shared/ipc/contract';
import type { Ticket } from '../../shared/ipc/tickets';
import { api } from '../api/client';
import { touches } from '../api/tables';
import type { ListQuery } from './model';
import { PAGE_SIZE, missingPages, pagesFor, pendingKey, rowAt, storePage, type Page } from './pages';

const TABLES = ['tickets', 'ticket_events', 'stop_clocks', 'services', 'contractors', 'incidents'];

interface Cache {
  key: string;
  pages: Map<number, Page<Ticket>>;
  total: number | null;
  error: IpcError | null;
}

const empty = (key: string): Cache => ({ key, pages: new Map(), total: null, error: null });

export interface PagedTickets {
  total: number | null;
  error: IpcError | null;
  gen: number;
  row(index: number): Ticket | undefined;
  /** Whether rows first..last are all fetched at the current version. */
  ready(first: number, last: number): boolean;
  /** Fetches the pages covering rows first..last that are missing or out of date. */
  ensure(first: number, last: number): void;
  retry(): void;
}

export function usePagedTickets(query: ListQuery): PagedTickets {
  const key = JSON.stringify(query);
  const [gen, setGen] = useState(0);
  const [cache, setCache] = useState<Cache>(() => empty(key));
  const view = useMemo(() => (cache.key === key ? cache : empty(key)), [cache, key]);

  useEffect(
    () =>
      api.subscribe('data:changed', (payload) => {
        if (touches(payload?.tables, TABLES)) setGen((g) => g + 1);
      }),
    [],
  );

  const pending = useRef(new Set<string>());

  // A new function whenever the query, the data version or the pages held change, so the list's
  // effect that calls it always sees the current ones.
  const ensure = useCallback(
    (first: number, last: number) => {
      const request = JSON.parse(key) as ListQuery;
      for (const p of missingPages(view.pages, pagesFor(first, last), gen, pending.current, key)) {
        const pk = pendingKey(key, gen, p);
        pending.current.add(pk);
        void api.invoke('tickets:list', { ...request, limit: PAGE_SIZE, offset: p * PAGE_SIZE }).then((r) => {
          pending.current.delete(pk);
          setCache((prev) => {
            const base = prev.key === key ? prev : empty(key);
            if (!r.ok) return { ...base, error: r.error };
            return { key, pages: storePage(base.pages, p, { gen, rows: r.value.rows }), total: r.value.total, error: null };
          });
        });
      }
    },
    [key, gen, view.pages],
  );

  const retry = useCallback(() => setGen((g) => g + 1), []);

  return {
    total: view.total,
    error: view.error,
    gen,
    row: (i) => rowAt(view.pages, i),
    ready: (first, last) => view.total !== null && pagesFor(first, last).every((p) => (view.pages.get(p)?.gen ?? -1) >= gen),
    ensure,
    retry,
  };
}
