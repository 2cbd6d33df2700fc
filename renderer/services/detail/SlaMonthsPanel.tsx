// The service's monthly SLAs (availability first; delay and jitter, or site survivability for a
// survivability service), month by month against the objective: a chart and the month table
// (month, measure, objective, met / missed / pending, consecutive-miss step, credit). Every
// figure is the engine's, from sla:service.
import { useState } from 'react';
import type { AvailabilitySeries } from '../../../shared/charts';
import { AvailabilityChart } from '../../charts';
import { Tabs, tabPanelProps } from '../../ui/Tabs';
import { chartModel, money, objectiveText, seriesTabLabel, STATUS_TEXT, withRecorded, type SlaSeries } from './slaMonths';
import { SlaChart } from './SlaChart';

const MEASURE_HEADING: Record<SlaSeries['unit'], string> = {
  percent: 'Availability',
  ms: 'Measured',
  hours: 'Usage',
  minutes: 'Measure',
};

interface Props {
  series: SlaSeries[];
  /** Months recorded before ATR Desk, "sla|month" → met (history:list). */
  recorded: ReadonlyMap<string, boolean>;
  tierLabel: string;
  /** The availability chart's points (shared/charts availabilitySeries over the same sla:service answer). */
  availability: AvailabilitySeries | null;
}

export function SlaMonthsPanel({ series, recorded, tierLabel, availability }: Props) {
  const [chosen, setChosen] = useState<string | null>(null);
  const shown = series.find((s) => s.sla === chosen) ?? series[0];
  if (!shown) return null;
  const current = withRecorded(shown, recorded);
  const chart = chartModel(current);
  const objective = objectiveText(current.objective, current.unit, current.comparison);
  const counts = { met: 0, missed: 0, pending: 0 };
  for (const r of current.rows) if (r.status === 'met' || r.status === 'missed' || r.status === 'pending') counts[r.status] += 1;
  const summary = [`${counts.met} met`, `${counts.missed} missed`, counts.pending > 0 ? `${counts.pending} pending` : ''].filter(Boolean).join(', ');
  const name = seriesTabLabel(current);
  const first = current.rows[0]?.label;
  const last = current.rows[current.rows.length - 1]?.label;

  return (
    <div className="sla-months">
      {series.length > 1 ? (
        <Tabs
          label="Monthly SLA"
          idPrefix="sla-months"
          items={series.map((s) => ({ id: s.sla, label: seriesTabLabel(s) }))}
          selected={current.sla}
          onSelect={setChosen}
        />
      ) : null}
      <div className="sla-months-body" {...(series.length > 1 ? tabPanelProps('sla-months', current.sla) : {})}>
        <p className="sla-months-sub">
          <span>
            {current.title} <span className="clause">{current.clause}</span>
          </span>
          <span>
            Objective <strong>{objective}</strong> ({tierLabel})
          </span>
          {first && last ? (
            <span className="muted">
              {first} – {last}: {summary}
            </span>
          ) : null}
        </p>
        {current.sla === 'availability' && availability ? (
          availability.empty ? (
            <p className="chart-empty">Nothing measured in these months.</p>
          ) : (
            // The month table below holds every figure, so the chart carries no table of its own.
            <AvailabilityChart series={availability} objectiveText={objective} dataTable={false} />
          )
        ) : chart.empty ? (
          <p className="chart-empty">Nothing measured in these months{current.unit === 'ms' ? `: no ${name.toLowerCase()} ticket recorded a value.` : '.'}</p>
        ) : (
          <>
            <SlaChart model={chart} label={`${name} by month, objective ${objective}: ${summary}.`} />
            <ul className="chart-legend" aria-hidden="true">
              <li><span className="swatch swatch-met" />Met</li>
              <li><span className="swatch swatch-missed" />Missed</li>
              <li><span className="swatch swatch-pending" />Pending (so far)</li>
              {current.objective !== null ? <li><span className="swatch swatch-objective" />Objective {objective}</li> : null}
            </ul>
          </>
        )}
        <div className="table-wrap">
          <table className="data-table compact months-table" aria-label={`${name} by month`}>
            <colgroup>
              <col className="w-month" />
              <col className="w-measure" />
              <col className="w-objective" />
              <col className="w-result" />
              <col />
              <col className="w-credit" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col" className="col-num">{MEASURE_HEADING[current.unit]}</th>
                <th scope="col" className="col-num">Objective</th>
                <th scope="col">Result</th>
                <th scope="col" title="Consecutive months missed, ending this month: the step of the credit">
                  Misses in a row
                </th>
                <th scope="col" className="col-money">Credit</th>
              </tr>
            </thead>
            <tbody>
              {[...current.rows].reverse().map((r) => (
                <tr key={r.month} className={`month-${r.status}`}>
                  <th scope="row">{r.label}</th>
                  <td className="col-num">{r.valueText}</td>
                  <td className="col-num muted">{r.objectiveText}</td>
                  <td className="col-verdict">
                    <span className={`sla-status sla-${r.status}`}>{STATUS_TEXT[r.status]}</span>
                    {r.recorded ? <RecordedNote /> : null}
                  </td>
                  <td className="col-step">
                    {r.status === 'pending' ? (
                      <span className="cell-note">{r.awaiting ? `Waits for ${r.awaiting}` : 'Not final yet'}</span>
                    ) : r.stepText ? (
                      <>
                        {r.stepText}
                        {r.creditTerms ? <span className="cell-note">{r.creditTerms}</span> : null}
                      </>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td className="col-money">
                    {r.creditCents > 0 ? <span className="amount">{money(r.creditCents)}</span> : <span className="muted">{r.status === 'pending' ? 'not yet' : '$0.00'}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  );
}

/** A month whose verdict was recorded in the history before ATR Desk (DOMAIN.md "Consecutive misses"). */
function RecordedNote() {
  return (
    <span className="cell-note recorded-note" title="Recorded in the history before ATR Desk: the engine counts consecutive misses from it">
      Recorded before ATR Desk
    </span>
  );
}
