// UI state of the Reconcile screen only: the import dialog (its file, the mapping being edited,
// the last preview and its phase), the dispute dialog, and which of their tickets are being
// opened as ours. Reports, reconciliations and invoices are fetched where shown.
import { create } from 'zustand';
import type { InvoicePreview, ReportPreview } from '../../shared/ipc/reconcile';
import type { FileHead } from './fileHead';
import type { FileKind, MappingDraft, MappingErrors } from './model';

export type ImportPhase = 'choose' | 'map' | 'previewing' | 'previewed' | 'importing';

export interface ImportState {
  kind: FileKind;
  contractorId: number;
  fileName: string | null;
  text: string;
  head: FileHead | null;
  draft: MappingDraft | null;
  /** The draft is the mapping saved for the contractor, fitted to this file. */
  fromSaved: boolean;
  /** Headers the saved mapping names that this file lacks. */
  missing: string[];
  /** The mapping form is open (a new file, or the ATR chose to change the saved mapping). */
  editing: boolean;
  errors: MappingErrors;
  /** What belongs to no field: the file, the seam's refusal. */
  problems: string[];
  phase: ImportPhase;
  report: ReportPreview | null;
  invoice: InvoicePreview | null;
  saveMapping: boolean;
  skipInvalid: boolean;
}

interface ReconcileUi {
  importing: ImportState | null;
  /** The claim the dispute dialog is open for. */
  disputeClaimId: number | null;
  /** Their ticket numbers being opened as ours. */
  opening: string[];

  openImport(kind: FileKind, contractorId: number): void;
  closeImport(): void;
  /** A file was read: its head, and the mapping to start from. */
  setFile(fileName: string, text: string, head: FileHead, start: { draft: MappingDraft; fromSaved: boolean; missing: string[] }): void;
  fileProblem(fileName: string | null, problem: string): void;
  /** One field of the mapping changed: the last preview no longer holds. */
  editDraft(patch: Partial<Omit<MappingDraft, 'columns'>> & { columns?: Record<string, string> }, clear: readonly string[]): void;
  startEditing(): void;
  setErrors(errors: MappingErrors, problems?: string[]): void;
  setPhase(phase: ImportPhase): void;
  setPreview(p: { report?: ReportPreview; invoice?: InvoicePreview }): void;
  setOption(option: 'saveMapping' | 'skipInvalid', value: boolean): void;

  openDispute(claimId: number): void;
  closeDispute(): void;
  setOpening(ticketNumber: string, busy: boolean): void;
}

export const useReconcileUi = create<ReconcileUi>()((set) => {
  const patchImport = (f: (s: ImportState) => Partial<ImportState>) => set((u) => (u.importing ? { importing: { ...u.importing, ...f(u.importing) } } : {}));
  return {
    importing: null,
    disputeClaimId: null,
    opening: [],

    openImport: (kind, contractorId) =>
      set({
        importing: {
          kind, contractorId, fileName: null, text: '', head: null, draft: null, fromSaved: false, missing: [], editing: false,
          errors: {}, problems: [], phase: 'choose', report: null, invoice: null, saveMapping: true, skipInvalid: false,
        },
      }),
    closeImport: () => set({ importing: null }),
    setFile: (fileName, text, head, start) =>
      patchImport(() => ({
        fileName, text, head, ...start, editing: !start.fromSaved || start.missing.length > 0,
        errors: {}, problems: [], phase: 'map', report: null, invoice: null, skipInvalid: false,
      })),
    fileProblem: (fileName, problem) => patchImport(() => ({ fileName, text: '', head: null, draft: null, problems: [problem], phase: 'choose', report: null, invoice: null })),
    editDraft: (patch, clear) =>
      patchImport((s) => {
        if (!s.draft) return {};
        const errors = { ...s.errors };
        for (const k of clear) delete errors[k];
        const { columns, ...rest } = patch;
        return {
          draft: { ...s.draft, ...rest, columns: { ...s.draft.columns, ...(columns ?? {}) } },
          errors, fromSaved: false, phase: 'map', report: null, invoice: null, problems: [],
        };
      }),
    startEditing: () => patchImport(() => ({ editing: true })),
    setErrors: (errors, problems = []) => patchImport(() => ({ errors, problems, phase: 'map' })),
    setPhase: (phase) => patchImport(() => ({ phase })),
    // A preview read with the draft: the form folds into a line saying how the file was read.
    setPreview: (p) => patchImport(() => ({ report: p.report ?? null, invoice: p.invoice ?? null, errors: {}, problems: [], phase: 'previewed', skipInvalid: false, editing: false })),
    setOption: (option, value) => patchImport(() => ({ [option]: value })),

    openDispute: (disputeClaimId) => set({ disputeClaimId }),
    closeDispute: () => set({ disputeClaimId: null }),
    setOpening: (n, busy) => set((u) => ({ opening: busy ? [...u.opening.filter((x) => x !== n), n] : u.opening.filter((x) => x !== n) })),
  };
});
