// One help-desk target month by month against its objective (the scorecard's trend, issue 14
// item 4). The points come ready from shared/charts targetSeries (tested there); this only draws
// them, readable in black and white: met solid, missed hatched, a month without figures empty;
// each bar carries its figure and the objective line its label.
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { targetObjectiveLabel, targetValueText, type TargetSeries, type TargetStatus } from '../../shared/charts';
import { AXIS_LINE, AXIS_TEXT, barTopLabel, BoxSwatch, ChartFrame, GRID, HatchPattern, LineSwatch, useAnimate, useSvgId, type ChartSize, type LegendItem } from './ChartFrame';
import { monthName, monthTick } from './format';

export interface TargetTrendChartProps extends ChartSize {
  series: TargetSeries;
}

const MET = '#3f8f5f';
const MISSED = '#c8473c';
const OBJECTIVE = '#1e3f66';
const VERDICT: Record<TargetStatus, string> = { met: 'Met', missed: 'Missed', none: 'No figures' };

/** "Abandoned calls, 12 months to Oct 2026: 1 missed (Sep 2026), 2 met, objective at most 6%." */
export function targetSummary(s: TargetSeries): string {
  const last = s.points.at(-1)?.month ?? '';
  const missed = s.points.filter((p) => p.status === 'missed').map((p) => monthName(p.month));
  return `${s.title}, ${s.points.length} months to ${monthName(last)}: ${s.missed} missed${missed.length ? ` (${missed.join(', ')})` : ''}, ${s.met} met, objective ${targetObjectiveLabel(s)}.`;
}

export function TargetTrendChart({ series, print, width = 340, height = 200 }: TargetTrendChartProps) {
  const id = useSvgId('target');
  const animate = useAnimate(print);
  // Small multiples: the month's short name under its bar (the years are in the table and the summary), the
  // figure over it to one decimal, its unit in the title.
  const data = series.points.map((p, i) => ({ ...p, tick: monthTick(p.month, i + 1).slice(0, 3), top: p.value === null ? '' : String(Math.round(p.value * 10) / 10) }));
  const objectiveText = targetObjectiveLabel(series);

  const chart = (
    <BarChart data={data} margin={{ top: 22, right: 8, bottom: 0, left: 0 }} barCategoryGap="18%" accessibilityLayer={false} {...(print ? { width, height } : {})}>
      <defs>
        <HatchPattern id={`${id}-missed`} color={MISSED} />
      </defs>
      <CartesianGrid vertical={false} stroke={GRID} />
      <XAxis dataKey="tick" tickLine={false} axisLine={{ stroke: AXIS_LINE }} interval={0} tick={{ fill: AXIS_TEXT, fontSize: 9 }} height={22} />
      <YAxis domain={series.axis.domain} ticks={series.axis.ticks} allowDataOverflow tickLine={false} axisLine={false} width={34} tick={{ fill: AXIS_TEXT, fontSize: 10 }} />
      <Bar dataKey="value" maxBarSize={22} isAnimationActive={animate} animationDuration={400}>
        {data.map((p) => (
          <Cell key={p.month} fill={p.status === 'met' ? MET : p.status === 'missed' ? `url(#${id}-missed)` : '#ffffff'} stroke={p.status === 'missed' ? MISSED : 'none'} />
        ))}
        <LabelList dataKey="top" content={barTopLabel(8)} />
      </Bar>
      <ReferenceLine y={series.objective} stroke={OBJECTIVE} strokeWidth={1.5} strokeDasharray="6 4" ifOverflow="extendDomain" />
    </BarChart>
  );

  const legend: LegendItem[] = [
    { key: 'met', label: 'Met', swatch: <BoxSwatch fill={MET} /> },
    { key: 'missed', label: 'Missed (hatched)', swatch: <BoxSwatch fill={MISSED} hatch="#ffffff" /> },
    { key: 'objective', label: `Objective ${objectiveText}`, swatch: <LineSwatch color={OBJECTIVE} dash="6 4" /> },
  ];

  const table = (
    <table className="data-table compact chart-table">
      <caption className="visually-hidden">{series.title} by month</caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          <th scope="col" className="col-num">{series.title}</th>
          <th scope="col">Result</th>
        </tr>
      </thead>
      <tbody>
        {series.points.map((p) => (
          <tr key={p.month}>
            <th scope="row">{monthName(p.month)}</th>
            <td className="col-num">{p.value === null ? '—' : targetValueText(series.report, p.value)}</td>
            <td>{VERDICT[p.status]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <ChartFrame className="target-chart" label={targetSummary(series)} print={print} width={width} height={height} legend={legend} table={table}>
      {print ? chart : (
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width, height }}>
          {chart}
        </ResponsiveContainer>
      )}
    </ChartFrame>
  );
}
