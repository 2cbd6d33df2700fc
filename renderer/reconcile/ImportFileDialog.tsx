// Import a contractor's ticket report or an invoice's credit lines: choose the file, map its
// columns (once per contractor: the saved mapping is offered again and, when it fits the file,
// the preview comes at once), read the preview with every row's problems, and only a confirmed
// import writes. The back end reads the file through the mapping (reconcile:preview*), as the
// services import does.
import { useEffect, useRef, useState } from 'react';
import type { Contractor } from '../../shared/ipc/agency';
import type { IpcResult } from '../../shared/ipc/contract';
import { MAX_INVOICE_BYTES, MAX_REPORT_BYTES, type InvoiceMatch as Match, type ReportSummary } from '../../shared/ipc/reconcile';
import { api } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import { notify } from '../shell/notices';
import { useRecorder } from '../shell/recorder';
import { formatListTime } from '../tickets/dates';
import { ConfirmDialog, Dialog } from '../ui/Dialog';
import { FileDrop } from '../ui/FileDrop';
import { FormErrorList } from '../ui/Form';
import { formatAmount, monthLabel } from '../ui/slaText';
import { readHead } from './fileHead';
import { InvoiceMatch } from './InvoiceMatch';
import { MappingForm } from './MappingForm';
import { checkMapping, count, draftFromSaved, guessDraft, mappingText, savedAt, seamErrors, type FileKind, type MappingDraft } from './model';
import { ReportPreview } from './ReportPreview';
import { RowProblems } from './RowProblems';
import { useReconcileUi, type ImportState } from './store';

const LIMITS: Record<FileKind, { bytes: number; label: string }> = {
  report: { bytes: MAX_REPORT_BYTES, label: '25 MB' },
  invoice: { bytes: MAX_INVOICE_BYTES, label: '5 MB' },
};

function current(): ImportState | null {
  return useReconcileUi.getState().importing;
}

/** Asks the back end to read the file with the draft; false when the mapping has errors. */
async function preview(draft: MappingDraft): Promise<boolean> {
  const s = current();
  if (!s) return false;
  const ui = useReconcileUi.getState();
  const check = checkMapping(s.kind, draft);
  if (!check.ok) {
    ui.setErrors(check.errors);
    ui.startEditing();
    return false;
  }
  ui.setPhase('previewing');
  const base = { contractorId: s.contractorId, fileName: s.fileName ?? '', text: s.text };
  if (check.kind === 'report') return settle(s, await api.invoke('reconcile:previewReport', { ...base, mapping: check.mapping }), (report) => ui.setPreview({ report }));
  return settle(s, await api.invoke('reconcile:previewInvoice', { ...base, mapping: check.mapping }), (invoice) => ui.setPreview({ invoice }));
}

/** A preview's answer: shown, or its refusal put next to the mapping's fields. */
function settle<T>(asked: ImportState, r: IpcResult<T>, show: (v: T) => void): boolean {
  // Another file was chosen meanwhile: its own preview follows.
  if (current()?.text !== asked.text) return true;
  const ui = useReconcileUi.getState();
  if (r.ok) {
    show(r.value);
    return true;
  }
  const e = seamErrors(r.error);
  ui.setErrors(e.fields, e.form);
  const onFields = Object.keys(e.fields).length > 0;
  if (onFields) ui.startEditing();
  return !onFields;
}

interface Props {
  contractor: Contractor;
  zone: string;
  onReport: (r: ReportSummary) => void;
  onInvoice: (m: Match) => void;
}

export function ImportFileDialog({ contractor, zone, onReport, onInvoice }: Props) {
  const s = useReconcileUi((u) => u.importing);
  const ui = useReconcileUi.getState();
  const who = useRecorder((r) => r.who);
  const saved = useApiQuery('reconcile:mappings', { contractorId: contractor.id }, ['reconcile_mappings']);
  const [confirming, setConfirming] = useState(false);
  const [importError, setImportError] = useState<string | null>(null);
  const previewRef = useRef<HTMLDivElement>(null);
  const phase = s?.phase;
  useEffect(() => {
    if (phase === 'previewed') previewRef.current?.focus();
  }, [phase]);
  if (!s) return null;
  const kind = s.kind;
  const busy = s.phase === 'previewing' || s.phase === 'importing';
  const savedReady = saved.data !== undefined || saved.error !== null;

  const load = async (file: File) => {
    setImportError(null);
    if (file.size > LIMITS[kind].bytes) return ui.fileProblem(file.name, `${file.name} is larger than ${LIMITS[kind].label}. Ask for fewer months at a time.`);
    if (file.size === 0) return ui.fileProblem(file.name, `${file.name} is empty.`);
    let text: string;
    try {
      text = await file.text();
    } catch {
      return ui.fileProblem(file.name, `${file.name} could not be read.`);
    }
    const head = readHead(text);
    if (head.headers.length < 2) {
      return ui.fileProblem(file.name, `${file.name} has a single column: it must be delimited text (commas, tabs, semicolons or |) whose first line names the columns.`);
    }
    const fromSaved = draftFromSaved(kind, saved.data, head.headers, zone);
    const start = fromSaved ? { ...fromSaved, fromSaved: true } : { draft: guessDraft(kind, head.headers, zone), fromSaved: false, missing: [] };
    ui.setFile(file.name, text, head, start);
    // The saved mapping fits this file: straight to the preview, as the ATR mapped it last time.
    if (fromSaved && fromSaved.missing.length === 0) await preview(fromSaved.draft);
  };

  const ready = kind === 'report' ? s.report : s.invoice;
  const facts = s.report ?? s.invoice;
  const hasRows = s.report ? s.report.ticketCount > 0 : s.invoice ? s.invoice.match.lines.length > 0 : false;
  const canImport = s.phase === 'previewed' && ready !== null && facts !== null && facts.fileProblems.length === 0 && hasRows && (facts.invalidRowCount === 0 || s.skipInvalid);

  const commit = async () => {
    const st = current();
    if (!st?.draft) return;
    const check = checkMapping(st.kind, st.draft);
    if (!check.ok) return;
    ui.setPhase('importing');
    setImportError(null);
    const base = { contractorId: st.contractorId, fileName: st.fileName ?? '', text: st.text, saveMapping: st.saveMapping, skipInvalid: st.skipInvalid, who };
    if (check.kind === 'report') {
      const r = await api.invoke('reconcile:importReport', { ...base, mapping: check.mapping });
      if (!r.ok) {
        ui.setPhase('previewed');
        return setImportError(`Nothing was imported: ${r.error.message}`);
      }
      setConfirming(false);
      ui.closeImport();
      notify(`Imported ${contractor.name}’s report`, `${count(r.value.ticketCount, 'ticket')}, ${monthLabel(r.value.period.from)}${r.value.period.to !== r.value.period.from ? ` to ${monthLabel(r.value.period.to)}` : ''}.`);
      onReport(r.value);
    } else {
      const r = await api.invoke('reconcile:importInvoice', { ...base, mapping: check.mapping });
      if (!r.ok) {
        ui.setPhase('previewed');
        return setImportError(`Nothing was imported: ${r.error.message}`);
      }
      setConfirming(false);
      ui.closeImport();
      notify(`Imported invoice ${r.value.invoiceNumbers.join(', ')}`, `${formatAmount(r.value.totals.matched)} credited to claim lines.`);
      onInvoice(r.value);
    }
  };

  const title = kind === 'report' ? `Import ${contractor.name}’s ticket report` : `Import ${contractor.name}’s invoice credits`;
  const when = savedAt(kind, saved.data);

  return (
    <Dialog title={title} onClose={ui.closeImport} size="large" busy={busy}>
      <div className="import recon-import" aria-busy={busy}>
        <FileDrop
          label={kind === 'report' ? 'Report file' : 'Invoice file'}
          prompt={kind === 'report' ? 'Drop the report here' : 'Drop the invoice’s credit lines here'}
          accept=".csv,.txt,.tsv,text/csv,text/plain"
          disabled={busy || !savedReady}
          onFile={(f) => void load(f)}
        >
          {kind === 'report' ? (
            <p className="field-hint">
              Ask {contractor.name} for the trouble-ticket history of the months to check: the contract lets you have up to 12 months of tickets
              delivered as a text file. CSV or other delimited text whose first line names the columns, one row per ticket or per stop clock.
            </p>
          ) : (
            <p className="field-hint">
              The credit lines of {contractor.name}’s invoice as CSV or other delimited text: invoice number and date, Circuit ID, amount and a
              description. Credits may be written as -300.00 or (300.00).
            </p>
          )}
          <p className="field-hint">Nothing is saved until you confirm the import.</p>
        </FileDrop>

        {s.fileName ? (
          <p className="import-file" aria-live="polite">
            <span className="mono">{s.fileName}</span>
            {s.phase === 'previewing' ? ' — reading every row…' : null}
          </p>
        ) : null}
        <FormErrorList messages={s.problems} />

        {s.draft && s.head ? (
          s.editing ? (
            <>
              {s.missing.length > 0 ? (
                <p className="recon-note" role="status">
                  The mapping saved for {contractor.name} names columns this file does not have: <span className="mono">{s.missing.join(', ')}</span>. Choose
                  them again below.
                </p>
              ) : !when ? (
                <p className="field-hint">
                  Map {contractor.name}’s columns once: the mapping is saved for {contractor.name} and offered with its next file.
                </p>
              ) : null}
              <MappingForm kind={kind} head={s.head} draft={s.draft} errors={s.errors} busy={busy} onPreview={() => preview(useReconcileUi.getState().importing?.draft ?? s.draft!)} />
            </>
          ) : (
            <p className="recon-saved">
              {s.fromSaved ? `Read with the mapping saved for ${contractor.name}${when ? ` on ${formatListTime(when, zone)}` : ''}: ` : 'Read with this mapping: '}
              {mappingText(kind, s.draft)}.{' '}
              <button type="button" className="link-button" onClick={ui.startEditing} disabled={busy}>
                Change mapping
              </button>
            </p>
          )
        ) : null}

        {/* Once read, the preview takes the focus from the folded form (the ATR reads on from there). */}
        <div ref={previewRef} tabIndex={-1} className="recon-preview-wrap">
          {s.phase !== 'previewing' && s.report ? <ReportPreview p={s.report} zone={zone} /> : null}
          {s.phase !== 'previewing' && s.invoice ? (
            <>
              <p className="import-summary" role="status">
                <span className={s.invoice.invalidRowCount === 0 && s.invoice.fileProblems.length === 0 ? 'count count-ok' : 'count count-warn'}>
                  {count(s.invoice.match.lines.length, 'credit line')}
                  {s.invoice.match.invoiceNumbers.length ? ` on invoice ${s.invoice.match.invoiceNumbers.join(', ')}` : ''}
                  {s.invoice.invalidRowCount > 0 ? ` · ${count(s.invoice.invalidRowCount, 'line')} with problems` : ''}
                </span>
              </p>
              <RowProblems p={s.invoice} />
              {s.invoice.match.lines.length > 0 ? <InvoiceMatch m={s.invoice.match} links={false} /> : null}
            </>
          ) : null}
        </div>

        {s.phase === 'previewed' && facts ? (
          <fieldset className="recon-fieldset recon-import-options">
            <legend>When importing</legend>
            <label className="checkbox">
              <input type="checkbox" checked={s.saveMapping} onChange={(e) => ui.setOption('saveMapping', e.target.checked)} />
              Save this mapping for {contractor.name}, to read its next file the same way
            </label>
            {facts.invalidRowCount > 0 ? (
              <label className="checkbox">
                <input type="checkbox" checked={s.skipInvalid} onChange={(e) => ui.setOption('skipInvalid', e.target.checked)} />
                Import the rest, leaving out the {count(facts.invalidRowCount, 'line')} with problems
              </label>
            ) : null}
          </fieldset>
        ) : null}

        <div className="dialog-actions">
          <button type="button" className="button" onClick={ui.closeImport} disabled={busy}>
            Cancel
          </button>
          <button type="button" className="button primary" disabled={!canImport} onClick={() => setConfirming(true)}>
            {kind === 'report' ? 'Import report' : 'Import invoice'}
          </button>
        </div>
      </div>

      {confirming ? (
        <ConfirmDialog
          title={kind === 'report' ? `Import ${contractor.name}’s report?` : `Import invoice ${s.invoice?.match.invoiceNumbers.join(', ') ?? ''}?`}
          message={<ConfirmText s={s} contractor={contractor.name} />}
          confirmLabel="Import"
          busy={s.phase === 'importing'}
          error={importError}
          onConfirm={() => void commit()}
          onCancel={() => {
            setConfirming(false);
            setImportError(null);
          }}
        />
      ) : null}
    </Dialog>
  );
}

function ConfirmText({ s, contractor }: { s: ImportState; contractor: string }) {
  const skipped = s.skipInvalid && (s.report ?? s.invoice)?.invalidRowCount ? ` ${count((s.report ?? s.invoice)!.invalidRowCount, 'line')} with problems will be left out.` : '';
  const mapping = s.saveMapping ? ` The mapping is saved for ${contractor}.` : '';
  if (s.report) {
    return (
      <p>
        {count(s.report.ticketCount, 'ticket')} ({count(s.report.stopClockCount, 'stop clock')}) from <span className="mono">{s.fileName}</span> will be kept to
        reconcile with our record. Nothing of ours changes.{skipped}
        {mapping}
      </p>
    );
  }
  const m = s.invoice?.match;
  if (!m) return null;
  return (
    <p>
      {formatAmount(m.totals.matched)} will be recorded as credited on {count(m.claims.filter((c) => c.creditedNow > 0).length, 'claim')}, with the invoice number;
      still owed on them goes to {formatAmount(m.totals.owedAfter)}.{m.totals.withoutClaim > 0 ? ` ${formatAmount(m.totals.withoutClaim)} is credited without a claim.` : ''}
      {skipped}
      {mapping}
    </p>
  );
}
