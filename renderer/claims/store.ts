// UI state of the Claims screens only: the list's filters and the dialog open on a claim's page.
// Claims themselves are fetched where shown (claims:list, claims:get).
import { create } from 'zustand';
import type { ClaimStatus, ClaimStep } from '../../shared/claims/lifecycle';

export type ClaimDialog =
  | { kind: 'step'; step: ClaimStep }
  | { kind: 'exclude'; lineId: number }
  | { kind: 'lineNote'; lineId: number }
  | { kind: 'delete' }
  | null;

interface ClaimsUi {
  contractorId: number | null;
  status: ClaimStatus | null;
  dialog: ClaimDialog;

  setContractor(id: number | null): void;
  setStatus(status: ClaimStatus | null): void;
  clearFilters(): void;
  open(dialog: Exclude<ClaimDialog, null>): void;
  closeDialog(): void;
}

export const useClaimsUi = create<ClaimsUi>()((set) => ({
  contractorId: null,
  status: null,
  dialog: null,

  setContractor: (contractorId) => set({ contractorId }),
  setStatus: (status) => set({ status }),
  clearFilters: () => set({ contractorId: null, status: null }),
  open: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
}));
