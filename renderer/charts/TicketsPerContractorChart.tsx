// Tickets per contractor per month: one line per contractor, told apart by dash, marker shape and
// a label with its name at the line's end, not by colour alone. The series come ready from
// shared/charts ticketsPerContractorSeries (charts:ticketsPerContractor); this only draws them.
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { zeroBasedAxis, type TicketsPerContractor } from '../../shared/charts';
import { AXIS_LINE, AXIS_TEXT, ChartFrame, GRID, HaloText, LineSwatch, Marker, useAnimate, type ChartSize, type LegendItem, type MarkerShape } from './ChartFrame';
import { monthName, monthTick, spreadLabels, ticketsSummary } from './format';

export interface TicketsPerContractorChartProps extends ChartSize {
  data: TicketsPerContractor;
  label?: string;
  dataTable?: boolean;
}

/** One look per series, in order; dashes and markers alone tell them apart in grey. */
export const SERIES_STYLES: ReadonlyArray<{ color: string; dash: string; marker: MarkerShape }> = [
  { color: '#1e3f66', dash: '', marker: 'circle' },
  { color: '#b4541a', dash: '8 4', marker: 'square' },
  { color: '#2f7d4f', dash: '2 3', marker: 'triangle' },
  { color: '#6b3fa0', dash: '10 3 2 3', marker: 'diamond' },
  { color: '#8a5c00', dash: '4 2', marker: 'cross' },
  { color: '#5b6678', dash: '1 4', marker: 'ring' },
];

const styleOf = (i: number) => SERIES_STYLES[i % SERIES_STYLES.length]!;

type Row = Record<string, number | string> & { month: string; tick: string };

function Tip({ active, payload }: TooltipContentProps) {
  const row = active ? (payload?.[0]?.payload as Row | undefined) : undefined;
  if (!row || !payload) return null;
  return (
    <div className="chart-tip">
      <strong>{monthName(row.month)}</strong>
      {payload.map((p) => (
        <span key={String(p.dataKey)}>
          {p.name}: {p.value}
        </span>
      ))}
    </div>
  );
}

export function TicketsPerContractorChart({ data, label, dataTable = true, print, width = 680, height = 260 }: TicketsPerContractorChartProps) {
  const animate = useAnimate(print);
  const rows: Row[] = data.months.map((month, i) => {
    const row: Row = { month, tick: monthTick(month, i) };
    for (const s of data.series) row[`c${s.contractorId}`] = s.counts[i] ?? 0;
    return row;
  });
  const axis = zeroBasedAxis(data.series.flatMap((s) => s.counts), true);
  const last = data.months.length - 1;
  const longest = Math.max(0, ...data.series.map((s) => s.name.length));
  // Where each line ends (px from the top of the plot: margin 16, x axis 30 high), its name spread
  // from the others' so two contractors with the same count are both named.
  const top = 16;
  const plotHeight = Math.max(1, height - top - 30);
  const hi = axis.domain[1] || 1;
  const labelY = spreadLabels(
    data.series.map((s) => top + (1 - (s.counts[last] ?? 0) / hi) * plotHeight),
    13,
  );

  const chart = (
    <LineChart data={rows} margin={{ top, right: Math.min(140, 16 + longest * 7), bottom: 0, left: 4 }} accessibilityLayer={false} {...(print ? { width, height } : {})}>
      <CartesianGrid vertical={false} stroke={GRID} />
      <XAxis dataKey="tick" tickLine={false} axisLine={{ stroke: AXIS_LINE }} tick={{ fill: AXIS_TEXT, fontSize: 11 }} interval={0} padding={{ left: 12, right: 12 }} />
      <YAxis domain={axis.domain} ticks={axis.ticks} allowDecimals={false} tickLine={false} axisLine={false} width={36} tick={{ fill: AXIS_TEXT, fontSize: 11 }} />
      {print ? null : <Tooltip content={Tip} isAnimationActive={false} />}
      {data.series.map((s, i) => {
        const st = styleOf(i);
        // Later lines draw over earlier ones: smaller markers let the ones beneath show at a shared point.
        const size = Math.max(3, 5.5 - 0.7 * i);
        return (
          <Line
            key={s.contractorId}
            dataKey={`c${s.contractorId}`}
            name={s.name}
            stroke={st.color}
            strokeWidth={2}
            strokeDasharray={st.dash || undefined}
            isAnimationActive={animate}
            animationDuration={400}
            dot={(d: { cx?: number; cy?: number; index?: number }) => (
              <g key={`${s.contractorId}-${d.index}`}>{d.cx !== undefined && d.cy !== undefined ? <Marker shape={st.marker} cx={d.cx} cy={d.cy} color={st.color} size={size} /> : null}</g>
            )}
            activeDot={false}
            label={(l: { x?: number | string; y?: number | string; index?: number }) =>
              l.index === last && typeof l.x === 'number' && typeof l.y === 'number' ? (
                <g key={`${s.contractorId}-label`}>
                  <HaloText x={l.x + 10} y={(labelY[i] ?? l.y) + 4} fill={st.color}>
                    {s.name}
                  </HaloText>
                </g>
              ) : (
                <g key={`${s.contractorId}-label-${l.index}`} />
              )
            }
          />
        );
      })}
    </LineChart>
  );

  const legend: LegendItem[] = data.series.map((s, i) => {
    const st = styleOf(i);
    return { key: String(s.contractorId), label: s.name, swatch: <LineSwatch color={st.color} dash={st.dash} marker={st.marker} /> };
  });

  const table = dataTable ? (
    <table className="data-table compact chart-table">
      <caption className="visually-hidden">Tickets per contractor by month</caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          {data.series.map((s) => (
            <th key={s.contractorId} scope="col" className="col-num">
              {s.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {data.months.map((m, i) => (
          <tr key={m}>
            <th scope="row">{monthName(m)}</th>
            {data.series.map((s) => (
              <td key={s.contractorId} className="col-num">
                {s.counts[i] ?? 0}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  ) : null;

  return (
    <ChartFrame className="tickets-chart" label={label ?? ticketsSummary(data)} print={print} width={width} height={height} legend={legend} table={table}>
      {print ? chart : (
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width, height }}>
          {chart}
        </ResponsiveContainer>
      )}
    </ChartFrame>
  );
}
