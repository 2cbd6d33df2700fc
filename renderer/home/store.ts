// UI state of the home board only: which of the summary's groups are shown. The board itself
// is fetched through the api client; the group of a ticket is worked out live (it changes as
// countdowns run), so the store keeps the choice, not the tickets.
import { create } from 'zustand';
import type { BoardGroup } from '../tickets/urgency';

interface HomeUi {
  /** The groups shown; empty shows every ticket. */
  shown: BoardGroup[];
  toggle(group: BoardGroup): void;
  showAll(): void;
}

export const useHomeUi = create<HomeUi>()((set) => ({
  shown: [],
  toggle: (group) => set((s) => ({ shown: s.shown.includes(group) ? s.shown.filter((g) => g !== group) : [...s.shown, group] })),
  showAll: () => set({ shown: [] }),
}));
