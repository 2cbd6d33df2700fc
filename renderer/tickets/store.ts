// UI state of the tickets screens only: the list's filters, sort and selection, and the name
// the ATR records events under (kept on this computer). Tickets themselves are fetched where shown.
import { create } from 'zustand';
import type { TicketKind } from '../../shared/ipc/tickets';
import { DEFAULT_FILTERS, DEFAULT_SORT, nextSort, type SortState, type StatusFilter, type TicketFilters, type TicketSortKey } from './model';

const WHO_KEY = 'atr.who';

function storedWho(): string {
  try {
    return window.localStorage.getItem(WHO_KEY) ?? '';
  } catch {
    return '';
  }
}

interface TicketsUi {
  filters: TicketFilters;
  sort: SortState;
  selectedId: number | null;
  /** "Recorded by" on timeline entries. */
  who: string;

  setStatus(status: StatusFilter): void;
  setKind(kind: TicketKind | null): void;
  setText(text: string): void;
  clearFilters(): void;
  sortBy(key: TicketSortKey): void;
  select(id: number | null): void;
  setWho(who: string): void;
}

export const useTicketsUi = create<TicketsUi>()((set) => ({
  filters: DEFAULT_FILTERS,
  sort: DEFAULT_SORT,
  selectedId: null,
  who: typeof window === 'undefined' ? '' : storedWho(),

  setStatus: (status) => set((s) => ({ filters: { ...s.filters, status } })),
  setKind: (kind) => set((s) => ({ filters: { ...s.filters, kind } })),
  setText: (text) => set((s) => ({ filters: { ...s.filters, text } })),
  clearFilters: () => set({ filters: DEFAULT_FILTERS }),
  sortBy: (key) => set((s) => ({ sort: nextSort(s.sort, key) })),
  select: (selectedId) => set({ selectedId }),
  setWho: (who) => {
    try {
      window.localStorage.setItem(WHO_KEY, who);
    } catch {
      // Storage blocked: the name lasts for this session only.
    }
    set({ who });
  },
}));
