// The items as a table: a tick per row (and one for every row shown), the old and new circuit, the
// incumbent and target, the decision, status, Form 20, ATO (Non-State Entities), dates, flags and notes.
import type { ConversionItem, ProjectDetail } from '../../../shared/ipc/conversion';
import { NoMatchRow } from '../../ui/NoMatchRow';
import { atoText, dateLabel, decisionText, form20Text, targetText } from '../model';
import { hrefForItem } from '../route';
import { useConversionUi } from '../store';
import { ItemFlags } from './ItemFlags';

export function ItemTable({ d, items, ticked }: { d: ProjectDetail; items: ConversionItem[]; ticked: number[] }) {
  const toggle = useConversionUi((s) => s.toggle);
  const selectAll = useConversionUi((s) => s.selectAll);
  const clearFilters = useConversionUi((s) => s.clearFilters);
  const all = items.length > 0 && ticked.length === items.length;

  return (
    <div className="table-scroll items-scroll" tabIndex={0} role="region" aria-label="Items table">
      <table className="data-table items-table" aria-label="Conversion items">
        <thead>
          <tr>
            <th scope="col" className="col-tick">
              <input
                type="checkbox"
                aria-label={all ? 'Untick every item shown' : 'Tick every item shown'}
                checked={all}
                ref={(el) => {
                  if (el) el.indeterminate = ticked.length > 0 && !all;
                }}
                onChange={() => selectAll(all ? [] : items.map((i) => i.id))}
              />
            </th>
            <th scope="col">Old Circuit ID</th>
            <th scope="col">Site</th>
            <th scope="col">Incumbent</th>
            <th scope="col">Target</th>
            <th scope="col">Decision</th>
            <th scope="col">Status</th>
            <th scope="col">Form 20</th>
            {d.atoRequired ? <th scope="col">ATO</th> : null}
            <th scope="col">Timeframe</th>
            <th scope="col">Scheduled</th>
            <th scope="col">Actual</th>
            <th scope="col">New Circuit ID</th>
            <th scope="col">Flags</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id} className={ticked.includes(i.id) ? 'is-selected' : undefined}>
              <td className="col-tick">
                <input type="checkbox" aria-label={`Tick ${i.oldCircuitId}`} checked={ticked.includes(i.id)} onChange={() => toggle(i.id)} />
              </td>
              <th scope="row">
                <a href={hrefForItem(d.project.id, i.id)} className="mono">
                  {i.oldCircuitId}
                </a>
              </th>
              <td>{i.site || <span className="muted">—</span>}</td>
              <td>
                {i.incumbentContractorName}
                <span className="cell-sub">{i.incumbentService}</span>
              </td>
              <td>{targetText(i) || <span className="muted">Not chosen</span>}</td>
              <td>
                <span className={`decision decision-${i.decision ?? 'undecided'}`}>{decisionText(i)}</span>
              </td>
              <td>
                <span className={`conv-status conv-status-${i.status}`}>{i.statusLabel}</span>
              </td>
              <td>{form20Text(i)}</td>
              {d.atoRequired ? <td>{atoText(i, d.atos, d.atoRequired) ?? <span className="muted">—</span>}</td> : null}
              <td>{i.preferredTimeframe || <span className="muted">—</span>}</td>
              <td className="col-date">{i.scheduledOn ? dateLabel(i.scheduledOn) : <span className="muted">—</span>}</td>
              <td className="col-date">{i.actualOn ? dateLabel(i.actualOn) : <span className="muted">—</span>}</td>
              <td className="mono">{i.newCircuitId || <span className="muted">—</span>}</td>
              <td>
                <ItemFlags item={i} />
              </td>
              <td className="col-notes" title={i.notes}>
                {i.notes}
              </td>
            </tr>
          ))}
          {items.length === 0 ? <NoMatchRow what="item" columns={d.atoRequired ? 15 : 14} onClear={clearFilters} /> : null}
        </tbody>
      </table>
    </div>
  );
}
