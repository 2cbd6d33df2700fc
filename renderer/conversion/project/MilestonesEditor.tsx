// The project's milestones as rows (label, percent of the items done, date): add, remove with Undo,
// each error beside its field. Nothing is saved here; the form around it saves the whole list.
import { useState } from 'react';
import { Field } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import { milestoneRow, type MilestoneField, type MilestoneRow } from '../model';

interface Props {
  /** The legend is read but not shown where a heading above already says "Milestones". */
  hideLegend?: boolean;
  rows: MilestoneRow[];
  errors: Map<number, Partial<Record<MilestoneField, string>>>;
  onChange: (rows: MilestoneRow[]) => void;
}

export function MilestonesEditor({ rows, errors, onChange, hideLegend = false }: Props) {
  const [removed, setRemoved] = useState<{ row: MilestoneRow; at: number } | null>(null);
  const edit = (key: string, patch: Partial<MilestoneRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  return (
    <fieldset className="milestones-editor">
      <legend className={hideLegend ? 'visually-hidden' : undefined}>Milestones</legend>
      <p className="field-hint">A share of the project&rsquo;s items converted or disconnected by a date, e.g. 50% by the end of the year.</p>
      {rows.length === 0 ? <p className="empty-inline">No milestone: the board measures against the old contract&rsquo;s end only.</p> : null}
      <ol className="milestone-rows">
        {rows.map((r, i) => {
          const e = errors.get(i) ?? {};
          const name = r.label.trim() || `milestone ${i + 1}`;
          return (
            <li key={r.key} className="milestone-row">
              <Field label="Milestone" error={e.label}>
                <input type="text" maxLength={120} value={r.label} onChange={(ev) => edit(r.key, { label: ev.target.value })} />
              </Field>
              <Field label="Percent" error={e.percent}>
                <input type="number" min={1} max={100} step={1} inputMode="numeric" value={r.percent} onChange={(ev) => edit(r.key, { percent: ev.target.value })} />
              </Field>
              <Field label="Date" error={e.dueOn}>
                <input type="date" value={r.dueOn} onChange={(ev) => edit(r.key, { dueOn: ev.target.value })} />
              </Field>
              <button
                type="button"
                className="icon-button remove-row"
                aria-label={`Remove ${name}`}
                onClick={() => {
                  setRemoved({ row: r, at: i });
                  onChange(rows.filter((x) => x.key !== r.key));
                }}
              >
                <Icon name="trash" size={16} />
              </button>
            </li>
          );
        })}
      </ol>
      <div className="button-row">
        <button type="button" className="button" onClick={() => onChange([...rows, milestoneRow()])}>
          <Icon name="plus" /> Add milestone
        </button>
        {removed ? (
          <p className="undo-line" role="status">
            Removed &ldquo;{removed.row.label || 'a milestone'}&rdquo;.{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                onChange([...rows.slice(0, removed.at), removed.row, ...rows.slice(removed.at)]);
                setRemoved(null);
              }}
            >
              Undo
            </button>
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}
