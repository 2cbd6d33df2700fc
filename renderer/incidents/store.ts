// UI state of the Incidents screen only: which dialog is open. Incidents and tickets are
// fetched through the api client where shown.
import { create } from 'zustand';

export type IncidentsDialog =
  | { kind: 'none' }
  | { kind: 'create' }
  | { kind: 'edit'; incidentId: number }
  | { kind: 'unlink'; incidentId: number; ticketId: number };

interface IncidentsUi {
  dialog: IncidentsDialog;
  open(dialog: IncidentsDialog): void;
  close(): void;
}

export const useIncidentsUi = create<IncidentsUi>()((set) => ({
  dialog: { kind: 'none' },
  open: (dialog) => set({ dialog }),
  close: () => set({ dialog: { kind: 'none' } }),
}));
