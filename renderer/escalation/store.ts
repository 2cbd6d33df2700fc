// UI state of the Escalation screen only: whose contacts are shown. Ladders, assignments and
// contacts are fetched through the api client where they are shown.
import { create } from 'zustand';

interface EscalationUi {
  /** The contractor whose contacts are shown; null until the person picks one (the first is shown). */
  contactsFor: number | null;
  showContactsFor(contractorId: number): void;
}

export const useEscalationUi = create<EscalationUi>()((set) => ({
  contactsFor: null,
  showContactsFor: (contactsFor) => set({ contactsFor }),
}));
