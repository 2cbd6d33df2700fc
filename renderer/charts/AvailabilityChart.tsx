// Availability of one service month by month against its objective (29.4.8.1). The points come
// ready from shared/charts availabilitySeries (tested there); this only draws them. A month's
// verdict shows by the bar's fill, not by colour alone: met solid, missed hatched, pending
// outlined with a dashed edge; each bar carries its percent and the objective line its label.
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import type { AvailabilityPoint, AvailabilitySeries, AvailabilityStatus } from '../../shared/charts';
import { AXIS_LINE, AXIS_TEXT, barTopLabel, BoxSwatch, ChartFrame, GRID, HatchPattern, HaloText, LineSwatch, useAnimate, useSvgId, type ChartSize, type LegendItem } from './ChartFrame';
import { availabilitySummary, monthName, monthTick, percentCut, percentText } from './format';

export interface AvailabilityChartProps extends ChartSize {
  /** From availabilitySeries(sla:service answer, last month, { recorded }). */
  series: AvailabilitySeries;
  /** The objective as printed: "≥ 99.5%" (the tier's). */
  objectiveText: string;
  /** Overrides the summary read to screen readers (availabilitySummary by default). */
  label?: string;
  /** Show the figures as a <details> table (false where the screen already has the month table). */
  dataTable?: boolean;
}

const MET = '#3f8f5f';
const MISSED = '#c8473c';
const PENDING_FILL = '#eef3fa';
const PENDING_EDGE = '#1f5fbf';
const NONE = '#d5dbe3';
const OBJECTIVE = '#1e3f66';

const VERDICT: Record<AvailabilityStatus, string> = {
  met: 'Met',
  missed: 'Missed',
  pending: 'Pending (so far)',
  'not-applicable': 'Not applicable',
  none: 'No result',
};

interface Plot extends AvailabilityPoint {
  tick: string;
  /** Over the bar: the percent cut to 2 decimals; '' for a month without one. */
  top: string;
}

function Tip({ active, payload }: TooltipContentProps) {
  const p = active ? (payload?.[0]?.payload as Plot | undefined) : undefined;
  if (!p) return null;
  return (
    <div className="chart-tip">
      <strong>{monthName(p.month)}</strong>
      <span>{p.percent === null ? (p.recorded ? 'Recorded before ATR Desk' : 'No measure') : percentText(p.percent, p.met, p.objective)}</span>
      <span className={`sla-status sla-${p.status}`}>{VERDICT[p.status]}</span>
    </div>
  );
}

/** The objective line's name, written on the plot just above the line at its left end, with a halo. */
function objectiveLabel(text: string) {
  return function ObjectiveLabel(props: { viewBox?: { x?: number; y?: number } }) {
    const x = props.viewBox?.x ?? 0;
    const y = props.viewBox?.y ?? 0;
    return (
      <HaloText x={x + 6} y={y - 5} fill={OBJECTIVE}>
        {text}
      </HaloText>
    );
  };
}

export function AvailabilityChart({ series, objectiveText, label, dataTable = true, print, width = 680, height = 240 }: AvailabilityChartProps) {
  const id = useSvgId('avail');
  const animate = useAnimate(print);
  const data: Plot[] = series.points.map((p, i) => ({ ...p, tick: monthTick(p.month, i), top: p.percent === null ? '' : percentCut(p.percent) }));
  const anyRecorded = series.points.some((p) => p.recorded);
  const objectives = new Set(series.points.map((p) => p.objective).filter((o): o is number => o !== null));
  const fill = (s: AvailabilityStatus) => (s === 'met' ? MET : s === 'missed' ? `url(#${id}-missed)` : s === 'pending' ? PENDING_FILL : NONE);

  const chart = (
    <BarChart
      data={data}
      margin={{ top: 26, right: 16, bottom: 0, left: 4 }}
      barCategoryGap="20%"
      accessibilityLayer={false}
      {...(print ? { width, height } : {})}
    >
      <defs>
        <HatchPattern id={`${id}-missed`} color={MISSED} />
      </defs>
      <CartesianGrid vertical={false} stroke={GRID} />
      <XAxis
        dataKey="tick"
        tickLine={false}
        axisLine={{ stroke: AXIS_LINE }}
        interval={0}
        height={anyRecorded ? 44 : 30}
        tick={(t: { x?: number | string; y?: number | string; index?: number; payload?: { value?: unknown } }) => {
          const p = typeof t.index === 'number' ? data[t.index] : undefined;
          const x = Number(t.x ?? 0);
          const y = Number(t.y ?? 0);
          return (
            <text x={x} y={y} textAnchor="middle" fill={AXIS_TEXT} fontSize={11}>
              <tspan x={x} dy="0.9em">{String(t.payload?.value ?? '')}</tspan>
              {p?.recorded ? (
                // A month recorded before ATR Desk has no bar of the app's: its verdict is written under it.
                <tspan x={x} dy="1.25em" fontSize={10}>{p.met ? 'rec. met' : 'rec. missed'}</tspan>
              ) : null}
            </text>
          );
        }}
      />
      <YAxis
        domain={series.axis.domain}
        ticks={series.axis.ticks}
        allowDataOverflow
        tickLine={false}
        axisLine={false}
        width={56}
        tick={{ fill: AXIS_TEXT, fontSize: 11 }}
        tickFormatter={(v: number) => `${Number(v.toFixed(2))}%`}
      />
      {print ? null : <Tooltip content={Tip} cursor={{ fill: 'rgba(31, 95, 191, 0.06)' }} isAnimationActive={false} />}
      <Bar dataKey="percent" maxBarSize={36} isAnimationActive={animate} animationDuration={400}>
        {data.map((p) => (
          <Cell
            key={p.month}
            fill={fill(p.status)}
            stroke={p.status === 'pending' ? PENDING_EDGE : p.status === 'missed' ? MISSED : 'none'}
            strokeWidth={p.status === 'pending' ? 1.5 : 1}
            strokeDasharray={p.status === 'pending' ? '4 2' : undefined}
          />
        ))}
        <LabelList dataKey="top" content={barTopLabel(10)} />
      </Bar>
      {objectives.size === 1 && series.objective !== null ? (
        <ReferenceLine
          y={series.objective}
          stroke={OBJECTIVE}
          strokeWidth={1.5}
          strokeDasharray="6 4"
          ifOverflow="extendDomain"
          label={objectiveLabel(`Objective ${objectiveText}`)}
        />
      ) : null}
      {objectives.size > 1
        ? [...objectives].map((o) => (
            <ReferenceLine
              key={o}
              y={o}
              stroke={OBJECTIVE}
              strokeWidth={o === series.objective ? 1.5 : 1}
              strokeDasharray={o === series.objective ? '6 4' : '2 3'}
              ifOverflow="extendDomain"
              label={objectiveLabel(o === series.objective ? `Objective ${objectiveText}` : `Earlier objective ≥ ${o}%`)}
            />
          ))
        : null}
    </BarChart>
  );

  const legend: LegendItem[] = [
    { key: 'met', label: 'Met', swatch: <BoxSwatch fill={MET} /> },
    { key: 'missed', label: 'Missed (hatched)', swatch: <BoxSwatch fill={MISSED} hatch="#ffffff" /> },
    { key: 'pending', label: 'Pending, so far (dashed edge)', swatch: <BoxSwatch fill={PENDING_FILL} stroke={PENDING_EDGE} dashed /> },
  ];
  if (anyRecorded) legend.push({ key: 'recorded', label: 'rec.: recorded before ATR Desk', swatch: <BoxSwatch fill="#ffffff" stroke={NONE} /> });
  if (series.objective !== null) legend.push({ key: 'objective', label: `Objective ${objectiveText}`, swatch: <LineSwatch color={OBJECTIVE} dash="6 4" /> });

  const table = dataTable ? (
    <table className="data-table compact chart-table">
      <caption className="visually-hidden">Availability by month</caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          <th scope="col" className="col-num">Availability</th>
          <th scope="col" className="col-num">Objective</th>
          <th scope="col">Result</th>
        </tr>
      </thead>
      <tbody>
        {series.points.map((p) => (
          <tr key={p.month}>
            <th scope="row">{monthName(p.month)}</th>
            <td className="col-num">{p.percent === null ? '—' : percentText(p.percent, p.met, p.objective)}</td>
            <td className="col-num">{p.objective === null ? 'N/A' : `≥ ${p.objective}%`}</td>
            <td>{VERDICT[p.status]}{p.recorded ? ' (recorded before ATR Desk)' : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  ) : null;

  return (
    <ChartFrame
      className="availability-chart"
      label={label ?? availabilitySummary(series, objectiveText)}
      print={print}
      width={width}
      height={height}
      legend={legend}
      table={table}
    >
      {print ? chart : (
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width, height }}>
          {chart}
        </ResponsiveContainer>
      )}
    </ChartFrame>
  );
}
