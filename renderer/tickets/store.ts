// UI state of the tickets screens only: the list's filters, sort and selection. Tickets themselves
// are fetched where shown; the name the ATR records under is renderer/shell/recorder.ts.
import { create } from 'zustand';
import type { TicketKind } from '../../shared/ipc/tickets';
import { DEFAULT_FILTERS, DEFAULT_SORT, nextSort, type SortState, type StatusFilter, type TicketFilters, type TicketSortKey } from './model';

interface TicketsUi {
  filters: TicketFilters;
  sort: SortState;
  selectedId: number | null;

  setStatus(status: StatusFilter): void;
  setKind(kind: TicketKind | null): void;
  setText(text: string): void;
  clearFilters(): void;
  sortBy(key: TicketSortKey): void;
  select(id: number | null): void;
}

export const useTicketsUi = create<TicketsUi>()((set) => ({
  filters: DEFAULT_FILTERS,
  sort: DEFAULT_SORT,
  selectedId: null,

  setStatus: (status) => set((s) => ({ filters: { ...s.filters, status } })),
  setKind: (kind) => set((s) => ({ filters: { ...s.filters, kind } })),
  setText: (text) => set((s) => ({ filters: { ...s.filters, text } })),
  clearFilters: () => set({ filters: DEFAULT_FILTERS }),
  sortBy: (key) => set((s) => ({ sort: nextSort(s.sort, key) })),
  select: (selectedId) => set({ selectedId }),
}));
