// UI state of the Month screen only: the filters, the sort and the selected result. The month
// and the contractor live in the address (route.ts); the results are fetched where shown.
import { create } from 'zustand';
import { DEFAULT_FILTERS, DEFAULT_SORT, nextSort, type MonthFilters, type MonthSort, type MonthSortKey, type VerdictFilter } from './model';

interface MonthUi {
  filters: MonthFilters;
  sort: MonthSort;
  /** The selected result's key (stable within a month's report). */
  selectedKey: string | null;

  setSla(sla: string | null): void;
  setStatus(status: VerdictFilter | null): void;
  setText(text: string): void;
  clearFilters(): void;
  sortBy(key: MonthSortKey): void;
  select(key: string | null): void;
}

export const useMonthUi = create<MonthUi>()((set) => ({
  filters: DEFAULT_FILTERS,
  sort: DEFAULT_SORT,
  selectedKey: null,

  setSla: (sla) => set((s) => ({ filters: { ...s.filters, sla } })),
  setStatus: (status) => set((s) => ({ filters: { ...s.filters, status } })),
  setText: (text) => set((s) => ({ filters: { ...s.filters, text } })),
  clearFilters: () => set({ filters: DEFAULT_FILTERS }),
  sortBy: (key) => set((s) => ({ sort: nextSort(s.sort, key) })),
  select: (selectedKey) => set({ selectedKey }),
}));
