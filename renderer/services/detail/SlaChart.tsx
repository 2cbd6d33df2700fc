// A monthly SLA month by month: one bar per month drawn by the engine's verdict (met solid,
// missed hatched, pending dashed: readable in black and white, as the availability chart is), the
// tier's objective as a dashed line. The points and the axis come ready from chartModel (slaMonths.ts,
// unit-tested); this only draws them. The month table under it carries the same figures for
// screen readers and for copying, so the picture itself is one labelled image.
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { useSvgId } from '../../charts/ChartFrame';
import { STATUS_TEXT, type ChartModel, type ChartPoint, type MonthStatus } from './slaMonths';

/** Colours of app.css (--ok, --danger, the accent's soft tints): literal, SVG attributes do not read CSS variables. */
const FILL: Record<MonthStatus, string> = {
  met: '#6fb287',
  missed: '#c8473c',
  pending: '#b9cbe4',
  'not-applicable': '#d5dbe3',
  none: '#d5dbe3',
};
const OBJECTIVE = '#1e3f66';
const GRID = '#e9edf2';
const AXIS_TEXT = '#5b6678'; // --ink-3: readable at 4.5:1 (WCAG 1.4.3)

interface Props {
  model: ChartModel;
  /** Names the picture: "Availability by month, objective ≥ 99.5%: 10 met, 2 missed". */
  label: string;
}

function axisNumber(v: number, suffix: string): string {
  return `${Number(v.toFixed(2)).toLocaleString('en-US')}${suffix}`;
}

function ChartTip({ active, payload }: TooltipContentProps) {
  const point = active ? (payload?.[0]?.payload as ChartPoint | undefined) : undefined;
  if (!point) return null;
  return (
    <div className="chart-tip">
      <strong>{point.label}</strong>
      <span>{point.value === null ? 'No measure' : point.text}</span>
      <span className={`sla-status sla-${point.status}`}>{STATUS_TEXT[point.status]}</span>
    </div>
  );
}

export function SlaChart({ model, label }: Props) {
  const id = useSvgId('sla');
  const fill = (s: MonthStatus) => (s === 'missed' ? `url(#${id}-missed)` : FILL[s]);
  return (
    <div className="sla-chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 220 }}>
        <BarChart data={model.points} margin={{ top: 22, right: 12, bottom: 0, left: 4 }} barCategoryGap="22%">
          <defs>
            <pattern id={`${id}-missed`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill={FILL.missed} />
              <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeWidth="2.4" />
            </pattern>
          </defs>
          <CartesianGrid vertical={false} stroke={GRID} />
          <XAxis dataKey="tick" tickLine={false} axisLine={{ stroke: '#c3ccd8' }} tick={{ fill: AXIS_TEXT, fontSize: 12 }} interval={0} />
          <YAxis
            domain={model.domain}
            ticks={model.ticks}
            allowDataOverflow
            tickLine={false}
            axisLine={false}
            width={64}
            tick={{ fill: AXIS_TEXT, fontSize: 12 }}
            tickFormatter={(v: number) => axisNumber(v, model.unitSuffix)}
          />
          <Tooltip content={ChartTip} cursor={{ fill: 'rgba(31, 95, 191, 0.06)' }} isAnimationActive={false} />
          <Bar dataKey="value" maxBarSize={34} radius={[3, 3, 0, 0]} isAnimationActive={false}>
            {model.points.map((p) => (
              <Cell
                key={p.month}
                fill={fill(p.status)}
                stroke={p.status === 'missed' ? FILL.missed : p.status === 'pending' ? OBJECTIVE : 'none'}
                strokeDasharray={p.status === 'pending' ? '4 2' : undefined}
              />
            ))}
          </Bar>
          {model.objective !== null ? (
            <ReferenceLine
              y={model.objective}
              stroke={OBJECTIVE}
              strokeWidth={1.5}
              strokeDasharray="6 4"
              ifOverflow="extendDomain"
            />
          ) : null}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
