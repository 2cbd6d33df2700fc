// UI state of the conversion screens only: the items' filters and selection, which dialog is
// open, and the last bulk action's outcomes (shown until dismissed). Projects and items are
// fetched where shown (conversion:project, conversion:item), never copied here.
import { create } from 'zustand';
import type { ConversionStep } from '../../shared/conversion/types';
import type { ResponseOf } from '../../shared/ipc/contract';
import { NO_FILTERS, type ItemFilters } from './model';

export type BulkKind = 'authorize' | 'order' | 'disconnect' | 'form20' | 'target' | 'schedule' | 'notice';

export type ConversionDialog =
  | { kind: 'newProject' }
  | { kind: 'editProject' }
  | { kind: 'import' }
  | { kind: 'item'; itemId: number | null }
  | { kind: 'step'; itemId: number; step: ConversionStep }
  | { kind: 'form20'; itemId: number }
  | { kind: 'ato'; contractorId: number }
  | { kind: 'bulk'; action: BulkKind }
  | { kind: 'contact' }
  | null;

export interface BulkResult {
  title: string;
  answer: ResponseOf<'conversion:bulk'>;
}

interface ConversionUi {
  filters: ItemFilters;
  /** Ids of the items ticked in the table. */
  selected: number[];
  dialog: ConversionDialog;
  bulkResult: BulkResult | null;

  setFilter<K extends keyof ItemFilters>(key: K, value: ItemFilters[K]): void;
  /** Shows the items with these filters only (the board's counts link here). */
  showOnly(filters: Partial<ItemFilters>): void;
  clearFilters(): void;
  toggle(id: number): void;
  selectAll(ids: readonly number[]): void;
  clearSelection(): void;
  open(dialog: Exclude<ConversionDialog, null>): void;
  closeDialog(): void;
  setBulkResult(result: BulkResult | null): void;
}

export const useConversionUi = create<ConversionUi>()((set) => ({
  filters: NO_FILTERS,
  selected: [],
  dialog: null,
  bulkResult: null,

  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
  showOnly: (filters) => set({ filters: { ...NO_FILTERS, ...filters }, selected: [] }),
  clearFilters: () => set({ filters: NO_FILTERS }),
  toggle: (id) => set((s) => ({ selected: s.selected.includes(id) ? s.selected.filter((x) => x !== id) : [...s.selected, id] })),
  selectAll: (ids) => set({ selected: [...ids] }),
  clearSelection: () => set({ selected: [] }),
  open: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
  setBulkResult: (bulkResult) => set({ bulkResult }),
}));
