// UI state of case files: the import dialog (its text, contractor, preview and phase) and the
// Month screen's last export. The records themselves go through the api client.
import { create } from 'zustand';
import type { CaseImportResult, ExportedCase } from '../../shared/ipc/caseFiles';

export type ImportPhase = 'idle' | 'checking' | 'checked' | 'importing';

interface CaseFilesUi {
  importOpen: boolean;
  text: string;
  fileName: string | null;
  contractorId: number | null;
  phase: ImportPhase;
  preview: CaseImportResult | null;
  /** The seam's refusal (not the case's problems, which are in the preview). */
  error: string | null;
  onlyProblems: boolean;

  exporting: boolean;
  exported: ExportedCase[];
  exportError: string | null;

  openImport(): void;
  closeImport(): void;
  setText(text: string, fileName: string | null): void;
  setContractor(id: number | null): void;
  setPhase(phase: ImportPhase): void;
  setPreview(preview: CaseImportResult | null, error?: string | null): void;
  setOnlyProblems(only: boolean): void;

  startExport(): void;
  finishExport(files: ExportedCase[], error: string | null): void;
  clearExport(): void;
}

const freshImport = { text: '', fileName: null, phase: 'idle' as const, preview: null, error: null, onlyProblems: false };

export const useCaseFilesUi = create<CaseFilesUi>()((set) => ({
  importOpen: false,
  contractorId: null,
  ...freshImport,
  exporting: false,
  exported: [],
  exportError: null,

  openImport: () => set({ importOpen: true, ...freshImport }),
  closeImport: () => set({ importOpen: false, ...freshImport }),
  // New text makes the last preview stale: it must be checked again before importing.
  setText: (text, fileName) => set({ text, fileName, preview: null, error: null, phase: 'idle' }),
  setContractor: (contractorId) => set({ contractorId, preview: null, error: null, phase: 'idle' }),
  setPhase: (phase) => set({ phase }),
  setPreview: (preview, error = null) => set({ preview, error, phase: preview || error ? 'checked' : 'idle', onlyProblems: false }),
  setOnlyProblems: (onlyProblems) => set({ onlyProblems }),

  startExport: () => set({ exporting: true, exportError: null }),
  finishExport: (exported, exportError) => set({ exporting: false, exported, exportError }),
  clearExport: () => set({ exported: [], exportError: null }),
}));
