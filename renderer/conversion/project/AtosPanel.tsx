// Authorizations to Order on file, per contractor. A Non-State Entity orders from a contractor only
// with an ATO on file for it (ATR 13-06); other agencies may keep them here too.
import type { ProjectDetail } from '../../../shared/ipc/conversion';
import { dateLabel } from '../model';
import { useConversionUi } from '../store';

export function AtosPanel({ d }: { d: ProjectDetail }) {
  const open = useConversionUi((s) => s.open);
  return (
    <section className="panel" aria-labelledby="atos-title">
      <h2 id="atos-title">Authorizations to Order (ATO)</h2>
      <p className="panel-intro">
        {d.atoRequired
          ? 'This agency is a Non-State Entity: it must have an ATO on file for a contractor before it orders from that contractor.'
          : 'Only Non-State Entities need an ATO on file before ordering; this agency may keep them here for the record.'}
      </p>
      <table className="data-table compact" aria-labelledby="atos-title">
        <thead>
          <tr>
            <th scope="col">Contractor</th>
            <th scope="col">On file since</th>
            <th scope="col">Reference</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {d.atos.map((a) => (
            <tr key={a.contractorId}>
              <th scope="row">{a.contractorName}</th>
              <td>{a.onFileOn ? dateLabel(a.onFileOn) : <span className="muted">None on file</span>}</td>
              <td>{a.reference || <span className="muted">—</span>}</td>
              <td className="col-actions">
                <button type="button" className="button small-button" onClick={() => open({ kind: 'ato', contractorId: a.contractorId })}>
                  {a.onFileOn ? 'Change…' : 'Record…'}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
