// UI state of the Backups screen only: which backup's restore is being confirmed, and how it
// went. The list itself is fetched through the api client where shown.
import { create } from 'zustand';
import type { BackupInfo } from '../../shared/ipc/backups';

export type RestoreStep =
  | { kind: 'none' }
  | { kind: 'confirm'; backup: BackupInfo; busy: boolean; error: string | null }
  | { kind: 'done'; backup: BackupInfo; keptCopy: string };

interface BackupsUi {
  restore: RestoreStep;
  ask(backup: BackupInfo): void;
  start(): void;
  fail(message: string): void;
  succeed(keptCopy: string): void;
  close(): void;
}

export const useBackupsUi = create<BackupsUi>()((set) => ({
  restore: { kind: 'none' },
  ask: (backup) => set({ restore: { kind: 'confirm', backup, busy: false, error: null } }),
  start: () => set((s) => (s.restore.kind === 'confirm' ? { restore: { ...s.restore, busy: true, error: null } } : s)),
  // The dialog stays open with the message: the ATR reads why, and may cancel or try again.
  fail: (error) => set((s) => (s.restore.kind === 'confirm' ? { restore: { ...s.restore, busy: false, error } } : s)),
  succeed: (keptCopy) => set((s) => (s.restore.kind === 'confirm' ? { restore: { kind: 'done', backup: s.restore.backup, keptCopy } } : s)),
  close: () => set({ restore: { kind: 'none' } }),
}));
