// CSV import of the old inventory, one row per existing service (conversion:importPreview, then
// conversion:importCommit after the confirmation): the preview shows each row with the problems
// the main process found, each naming its column; nothing is written until confirmed.
import { api } from '../../api/client';
import { ColumnList } from '../../services/import/ImportDialog';
import { notify } from '../../shell/notices';
import { CsvImportDialog } from '../../ui/CsvImportDialog';
import type { PreviewRow } from '../../ui/csvImport';
import { useConversionUi } from '../store';

/** The columns the import reads (electron/services/import/conversionCsv.ts), as the help lists them. */
const REQUIRED = ['old_circuit_id', 'incumbent_contractor', 'incumbent_service'];
const OPTIONAL = ['site', 'old_tmrc', 'target_contractor', 'target_service', 'new_circuit_id', 'preferred_timeframe', 'scheduled_on', 'disconnect_notice_on', 'notes'];

/** The preview's columns: the file's known columns (in the import's order) that hold a value or a problem in some row. */
export function previewColumns<D>(rows: readonly PreviewRow<D>[]): string[] {
  const keys = Object.keys(rows[0]?.fields ?? {});
  return keys.filter((k) => REQUIRED.includes(k) || rows.some((r) => (r.fields[k] ?? '') !== '' || r.problems.some((p) => p.field === k)));
}

export function ImportItemsDialog({ projectId }: { projectId: number }) {
  const close = useConversionUi((s) => s.closeDialog);
  return (
    <CsvImportDialog
      title="Import the old inventory from CSV"
      noun={{ one: 'item', many: 'items' }}
      destination="this project"
      help={
        <>
          <p className="field-hint">
            One row per existing service. The first row names the columns, in any order and letter case. Required: <ColumnList columns={REQUIRED} />.
            Optional: <ColumnList columns={OPTIONAL} />.
          </p>
          <p className="field-hint">
            Contractors by name; dates like 2014-01-15; <code>old_tmrc</code> in dollars. A row whose old Circuit ID is a service already in ATR
            Desk is linked to it, so its tickets carry over when it is converted.
          </p>
        </>
      }
      ask={(csv) => api.invoke('conversion:importPreview', { projectId, csv })}
      commit={(rows) => api.invoke('conversion:importCommit', { projectId, rows })}
      columnsOf={previewColumns}
      onClose={close}
      onDone={(inserted, fileName) => {
        close();
        notify(`Imported ${inserted} item${inserted === 1 ? '' : 's'}`, fileName);
      }}
    />
  );
}
