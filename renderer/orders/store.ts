// UI state of the Orders screen only: the selected order, which dialog is open and the order
// form's draft. Orders themselves are fetched through the api client where shown.
import { create } from 'zustand';
import type { Order } from '../../shared/ipc/tickets';
import { noErrors, type FormErrors } from '../ui/fieldErrors';
import { draftFromOrder, emptyOrderDraft, type OrderDraft, type OrderField } from './model';

export type OrdersDialog =
  | { kind: 'none' }
  | { kind: 'form'; editingId: number | null; title: string }
  | { kind: 'end'; stopClockId: number; title: string }
  | { kind: 'void'; stopClockId: number; title: string }
  | { kind: 'retract'; stopClockId: number; title: string };

interface OrdersUi {
  selectedId: number | null;
  dialog: OrdersDialog;
  draft: OrderDraft;
  errors: FormErrors<OrderField>;
  saving: boolean;

  select(id: number | null): void;
  openAdd(): void;
  openEdit(order: Order, zone: string): void;
  openEnd(stopClockId: number, title: string): void;
  openVoid(stopClockId: number, title: string): void;
  openRetract(stopClockId: number, title: string): void;
  closeDialog(): void;
  editDraft(patch: Partial<OrderDraft>): void;
  setErrors(errors: FormErrors<OrderField>): void;
  setSaving(saving: boolean): void;
}

export const useOrdersUi = create<OrdersUi>()((set) => ({
  selectedId: null,
  dialog: { kind: 'none' },
  draft: emptyOrderDraft(),
  errors: noErrors(),
  saving: false,

  select: (selectedId) => set({ selectedId }),
  openAdd: () => set({ dialog: { kind: 'form', editingId: null, title: 'New order' }, draft: emptyOrderDraft(), errors: noErrors(), saving: false }),
  openEdit: (order, zone) =>
    set({
      dialog: { kind: 'form', editingId: order.id, title: `Edit order ${order.reference || `#${order.id}`}` },
      draft: draftFromOrder(order, zone),
      errors: noErrors(),
      saving: false,
      selectedId: order.id,
    }),
  openEnd: (stopClockId, title) => set({ dialog: { kind: 'end', stopClockId, title } }),
  openVoid: (stopClockId, title) => set({ dialog: { kind: 'void', stopClockId, title } }),
  openRetract: (stopClockId, title) => set({ dialog: { kind: 'retract', stopClockId, title } }),
  closeDialog: () => set({ dialog: { kind: 'none' }, saving: false }),
  editDraft: (patch) =>
    set((s) => {
      // Typing in a field clears that field's error; the others stay until the next save.
      const fields = { ...s.errors.fields };
      for (const k of Object.keys(patch) as OrderField[]) delete fields[k];
      return { draft: { ...s.draft, ...patch }, errors: { fields, form: s.errors.form } };
    }),
  setErrors: (errors) => set({ errors }),
  setSaving: (saving) => set({ saving }),
}));
