// Credits claimed and credited month by month, and what is still owed (DOMAIN.md "Credit
// claims": still owed = claimed − credited). The points come ready from shared/charts
// creditsSeries (sums in cents, months without a claim as zeros); this only draws them.
//
// Props:
//   points     creditsSeries(claims, lastMonth, count): [{ month, claimed, credited, owed }], dollars, oldest first
//   label      optional: the summary read to screen readers (creditsSummary by default)
//   dataTable  optional, default true: the figures as a <details> table
//   print      optional: fixed size (width × height, default 680 × 240), no animation, no tooltip, no table
//
// Readable in black and white: claimed is a solid dark bar, credited a light hatched bar, still
// owed a dashed line with diamond markers, labelled at its last month.
import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { zeroBasedAxis, type CreditsPoint } from '../../shared/charts';
import { AXIS_LINE, AXIS_TEXT, BoxSwatch, ChartFrame, GRID, HatchPattern, HaloText, LineSwatch, Marker, useAnimate, useSvgId, type ChartSize, type LegendItem } from './ChartFrame';
import { creditsSummary, dollars, dollarsTick, monthName, monthTick } from './format';

export interface CreditsChartProps extends ChartSize {
  points: readonly CreditsPoint[];
  label?: string;
  dataTable?: boolean;
}

const CLAIMED = '#1e3f66';
const CREDITED = '#7fa6d9';
const OWED = '#b4541a';

interface Plot extends CreditsPoint {
  tick: string;
}

function Tip({ active, payload }: TooltipContentProps) {
  const p = active ? (payload?.[0]?.payload as Plot | undefined) : undefined;
  if (!p) return null;
  return (
    <div className="chart-tip">
      <strong>{monthName(p.month)}</strong>
      <span>Claimed {dollars(p.claimed)}</span>
      <span>Credited {dollars(p.credited)}</span>
      <span>Still owed {dollars(p.owed)}</span>
    </div>
  );
}

export function CreditsChart({ points, label, dataTable = true, print, width = 680, height = 240 }: CreditsChartProps) {
  const id = useSvgId('credits');
  const animate = useAnimate(print);
  const data: Plot[] = points.map((p, i) => ({ ...p, tick: monthTick(p.month, i) }));
  const values = points.flatMap((p) => [p.claimed, p.credited, p.owed]);
  const axis = zeroBasedAxis(values);
  const low = Math.min(0, ...values);
  const last = data.length - 1;

  const chart = (
    <ComposedChart data={data} margin={{ top: 20, right: 78, bottom: 0, left: 4 }} barGap={2} barCategoryGap="22%" accessibilityLayer={false} {...(print ? { width, height } : {})}>
      <defs>
        <HatchPattern id={`${id}-credited`} color={CREDITED} />
      </defs>
      <CartesianGrid vertical={false} stroke={GRID} />
      <XAxis dataKey="tick" tickLine={false} axisLine={{ stroke: AXIS_LINE }} tick={{ fill: AXIS_TEXT, fontSize: 11 }} interval={0} />
      <YAxis
        domain={[low < 0 ? 'auto' : 0, axis.domain[1]]}
        ticks={low < 0 ? undefined : axis.ticks}
        tickLine={false}
        axisLine={false}
        width={60}
        tick={{ fill: AXIS_TEXT, fontSize: 11 }}
        tickFormatter={dollarsTick}
      />
      {print ? null : <Tooltip content={Tip} cursor={{ fill: 'rgba(31, 95, 191, 0.06)' }} isAnimationActive={false} />}
      <Bar dataKey="claimed" name="Claimed" fill={CLAIMED} maxBarSize={18} isAnimationActive={animate} animationDuration={400} />
      <Bar dataKey="credited" name="Credited" fill={`url(#${id}-credited)`} stroke={CREDITED} maxBarSize={18} isAnimationActive={animate} animationDuration={400} />
      <Line
        dataKey="owed"
        name="Still owed"
        stroke={OWED}
        strokeWidth={2}
        strokeDasharray="6 3"
        isAnimationActive={animate}
        animationDuration={400}
        dot={(d: { cx?: number; cy?: number; index?: number }) => (
          <g key={`owed-${d.index}`}>{d.cx !== undefined && d.cy !== undefined ? <Marker shape="diamond" cx={d.cx} cy={d.cy} color={OWED} /> : null}</g>
        )}
        label={(l: { x?: number | string; y?: number | string; index?: number }) =>
          l.index === last && typeof l.x === 'number' && typeof l.y === 'number' ? (
            <g key="owed-label">
              <HaloText x={l.x + 10} y={l.y + 4} fill={OWED}>
                Still owed
              </HaloText>
            </g>
          ) : (
            <g key={`owed-label-${l.index}`} />
          )
        }
      />
    </ComposedChart>
  );

  const legend: LegendItem[] = [
    { key: 'claimed', label: 'Claimed (solid)', swatch: <BoxSwatch fill={CLAIMED} /> },
    { key: 'credited', label: 'Credited (hatched)', swatch: <BoxSwatch fill={CREDITED} hatch="#ffffff" /> },
    { key: 'owed', label: 'Still owed (dashed, ◇)', swatch: <LineSwatch color={OWED} dash="6 3" marker="diamond" /> },
  ];

  const table = dataTable ? (
    <table className="data-table compact chart-table">
      <caption className="visually-hidden">Credits by month</caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          <th scope="col" className="col-money">Claimed</th>
          <th scope="col" className="col-money">Credited</th>
          <th scope="col" className="col-money">Still owed</th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.month}>
            <th scope="row">{monthName(p.month)}</th>
            <td className="col-money">{dollars(p.claimed)}</td>
            <td className="col-money">{dollars(p.credited)}</td>
            <td className="col-money">{dollars(p.owed)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  ) : null;

  return (
    <ChartFrame className="credits-chart" label={label ?? creditsSummary(points)} print={print} width={width} height={height} legend={legend} table={table}>
      {print ? chart : (
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width, height }}>
          {chart}
        </ResponsiveContainer>
      )}
    </ChartFrame>
  );
}
