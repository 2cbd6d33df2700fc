// UI state of the Help desk screen only: the contract, the month and the tab shown. The figures,
// the scorecard and the billing check are fetched where shown.
import { create } from 'zustand';

export type HelpDeskTab = 'scorecard' | 'figures' | 'billing';

interface HelpDeskUi {
  /** `${contractorId}|${catalogId}`; null: the first contract. */
  contract: string | null;
  /** 'YYYY-MM'; null: last month (agency time). */
  month: string | null;
  tab: HelpDeskTab;
  setContract(key: string): void;
  setMonth(month: string): void;
  setTab(tab: HelpDeskTab): void;
}

export const useHelpDeskUi = create<HelpDeskUi>()((set) => ({
  contract: null,
  month: null,
  tab: 'scorecard',
  setContract: (contract) => set({ contract }),
  setMonth: (month) => set({ month }),
  setTab: (tab) => set({ tab }),
}));
