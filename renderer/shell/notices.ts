// In-app notices: pushed by main (`notice` events) or raised by the screens ("Service saved").
import { create } from 'zustand';

export type NoticeLevel = 'info' | 'success' | 'warning' | 'overdue' | 'error';

export interface Notice {
  id: string;
  title: string;
  body: string;
  level: NoticeLevel;
  /** One action offered while the notice shows ("Undo"); the notice goes away when it is taken. */
  action?: { label: string; run: () => void };
}

interface NoticesState {
  items: Notice[];
  push(n: Omit<Notice, 'id'> & { id?: string }): string;
  dismiss(id: string): void;
}

let seq = 0;
const MAX = 5;

export const useNotices = create<NoticesState>()((set) => ({
  items: [],
  push: (n) => {
    const id = n.id ?? `local-${++seq}`;
    set((s) => ({ items: [...s.items.filter((x) => x.id !== id), { ...n, id }].slice(-MAX) }));
    return id;
  },
  dismiss: (id) => set((s) => ({ items: s.items.filter((x) => x.id !== id) })),
}));

/** Notices that go away on their own; warnings and overdue items stay until dismissed. */
export function autoDismissMs(level: NoticeLevel): number | null {
  return level === 'info' || level === 'success' ? 6000 : null;
}

export function notify(title: string, body = '', level: NoticeLevel = 'success', action?: Notice['action']): void {
  useNotices.getState().push({ title, body, level, ...(action ? { action } : {}) });
}
