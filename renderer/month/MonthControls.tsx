// Which month and which contractor: a contractor select, the month (a native month field) and
// buttons for the month before and after.
import type { Contractor } from '../../shared/ipc/agency';
import { isMonth, shiftMonth } from '../../shared/calendar';
import { monthLabel } from './model';

interface Props {
  month: string;
  contractorId: number | null;
  contractors: readonly Contractor[];
  onMonth: (month: string) => void;
  onContractor: (id: number | null) => void;
}

export function MonthControls({ month, contractorId, contractors, onMonth, onContractor }: Props) {
  const before = shiftMonth(month, 1);
  const after = shiftMonth(month, -1);
  return (
    <div className="month-controls" role="group" aria-label="Month and contractor">
      <label className="month-control">
        <span className="month-control-label">Contractor</span>
        <select value={contractorId ?? ''} onChange={(e) => onContractor(e.target.value === '' ? null : Number(e.target.value))}>
          <option value="">All contractors</option>
          {contractors.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <div className="month-control">
        <label className="month-control-label" htmlFor="month-field">
          Month
        </label>
        <div className="month-stepper">
          <button type="button" className="button small" aria-label={`Previous month, ${monthLabel(before)}`} title={monthLabel(before)} onClick={() => onMonth(before)}>
            <span aria-hidden="true">‹</span>
          </button>
          <input
            id="month-field"
            type="month"
            value={month}
            required
            onChange={(e) => {
              if (isMonth(e.target.value)) onMonth(e.target.value);
            }}
          />
          <button type="button" className="button small" aria-label={`Next month, ${monthLabel(after)}`} title={monthLabel(after)} onClick={() => onMonth(after)}>
            <span aria-hidden="true">›</span>
          </button>
        </div>
      </div>
    </div>
  );
}
