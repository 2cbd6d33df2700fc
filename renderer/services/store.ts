// UI state of the Services screen only: filters, sort, selection, the form's draft and which
// dialog is open. The services themselves are fetched through the api client where shown.
import { create } from 'zustand';
import type { Service, ServiceType, Tier } from '../../shared/ipc/services';
import { noErrors, type FormErrors } from '../ui/fieldErrors';
import {
  DEFAULT_SORT, NO_FILTERS, draftFromService, emptyDraft, nextSort,
  type ServiceField, type ServiceFilters, type ServiceFormDraft, type SortState,
} from './model';
import type { ServiceSortKey } from '../../shared/ipc/services';

export type ServicesDialog =
  | { kind: 'none' }
  | { kind: 'form'; editingId: number | null; circuitId: string }
  | { kind: 'delete'; id: number; circuitId: string; retiredOn: string | null }
  /** Retire (in service now) or return to service (retired now). */
  | { kind: 'retire'; id: number; circuitId: string; retiredOn: string | null }
  | { kind: 'import' };

type ServiceRef = Pick<Service, 'id' | 'circuitId'> & { retiredOn?: string | null };

interface ServicesUi {
  filters: ServiceFilters;
  /** Retired services are listed too ("Show retired"); not a filter, Clear filters keeps it. */
  showRetired: boolean;
  sort: SortState;
  selectedId: number | null;
  dialog: ServicesDialog;
  draft: ServiceFormDraft;
  errors: FormErrors<ServiceField>;
  saving: boolean;

  setText(text: string): void;
  setContractor(id: number | null): void;
  setTier(tier: Tier | null): void;
  setServiceType(t: ServiceType | null): void;
  clearFilters(): void;
  setShowRetired(show: boolean): void;
  sortBy(key: ServiceSortKey): void;
  select(id: number | null): void;

  openAdd(): void;
  openEdit(service: Service): void;
  openDelete(service: ServiceRef): void;
  openRetire(service: ServiceRef): void;
  openImport(): void;
  closeDialog(): void;

  editDraft(patch: Partial<ServiceFormDraft>): void;
  setErrors(errors: FormErrors<ServiceField>): void;
  setSaving(saving: boolean): void;
}

export const useServicesUi = create<ServicesUi>()((set) => ({
  filters: NO_FILTERS,
  showRetired: false,
  sort: DEFAULT_SORT,
  selectedId: null,
  dialog: { kind: 'none' },
  draft: emptyDraft(),
  errors: noErrors(),
  saving: false,

  setText: (text) => set((s) => ({ filters: { ...s.filters, text } })),
  setContractor: (contractorId) => set((s) => ({ filters: { ...s.filters, contractorId } })),
  setTier: (tier) => set((s) => ({ filters: { ...s.filters, tier } })),
  setServiceType: (serviceType) => set((s) => ({ filters: { ...s.filters, serviceType } })),
  clearFilters: () => set({ filters: NO_FILTERS }),
  setShowRetired: (showRetired) => set({ showRetired }),
  sortBy: (key) => set((s) => ({ sort: nextSort(s.sort, key) })),
  select: (selectedId) => set({ selectedId }),

  openAdd: () =>
    set({ dialog: { kind: 'form', editingId: null, circuitId: '' }, draft: emptyDraft(), errors: noErrors(), saving: false }),
  openEdit: (service) =>
    set({
      dialog: { kind: 'form', editingId: service.id, circuitId: service.circuitId },
      draft: draftFromService(service),
      errors: noErrors(),
      saving: false,
      selectedId: service.id,
    }),
  openDelete: (service) =>
    set({ dialog: { kind: 'delete', id: service.id, circuitId: service.circuitId, retiredOn: service.retiredOn ?? null }, selectedId: service.id }),
  openRetire: (service) =>
    set({ dialog: { kind: 'retire', id: service.id, circuitId: service.circuitId, retiredOn: service.retiredOn ?? null }, selectedId: service.id }),
  openImport: () => set({ dialog: { kind: 'import' } }),
  closeDialog: () => set({ dialog: { kind: 'none' }, saving: false }),

  editDraft: (patch) =>
    set((s) => {
      // Typing in a field clears that field's error; the others stay until the next save.
      const fields = { ...s.errors.fields };
      for (const k of Object.keys(patch) as ServiceField[]) delete fields[k];
      return { draft: { ...s.draft, ...patch }, errors: { fields, form: s.errors.form } };
    }),
  setErrors: (errors) => set({ errors }),
  setSaving: (saving) => set({ saving }),
}));
