// CSV import of services: the shared import dialog (renderer/ui/CsvImportDialog.tsx) over
// services:importPreview and services:importCommit, with the services' columns.
import { api } from '../../api/client';
import { notify } from '../../shell/notices';
import { CsvImportDialog } from '../../ui/CsvImportDialog';
import { useServicesUi } from '../store';
import { OPTIONAL_CSV_COLUMNS, REQUIRED_CSV_COLUMNS, previewColumns } from './model';

export function ColumnList({ columns }: { columns: readonly string[] }) {
  return columns.map((c, i) => (
    <span key={c}>
      <code>{c}</code>
      {i < columns.length - 1 ? ', ' : ''}
    </span>
  ));
}

export function ImportDialog() {
  const closeDialog = useServicesUi((s) => s.closeDialog);
  return (
    <CsvImportDialog
      title="Import services from CSV"
      noun={{ one: 'service', many: 'services' }}
      destination="this data file"
      help={
        <>
          <p className="field-hint" id="csv-help">
            The first row names the columns, in any order and letter case. Required: <ColumnList columns={REQUIRED_CSV_COLUMNS} />. Optional:{' '}
            <ColumnList columns={OPTIONAL_CSV_COLUMNS} />.
          </p>
          <p className="field-hint">
            <code>contractor</code> is the contractor&rsquo;s name, <code>tier</code> is basic, standard or premier, and amounts are in dollars.
          </p>
        </>
      }
      ask={(csv) => api.invoke('services:importPreview', { csv })}
      commit={(rows) => api.invoke('services:importCommit', { rows })}
      columnsOf={(rows) => previewColumns(rows as Parameters<typeof previewColumns>[0])}
      onClose={closeDialog}
      onDone={(inserted, fileName) => {
        closeDialog();
        notify(`Imported ${inserted.toLocaleString('en-US')} ${inserted === 1 ? 'service' : 'services'}`, fileName);
      }}
    />
  );
}
