// The conversion's timeline: per week or month (the board module's choice), the items planned by
// then (done on their date, the others on their scheduled date), the items done (up to today), and
// the milestone target in force (a step up to each period's end), with a marked line at each milestone and at the old contract's
// end. The arrays come ready from shared/conversion/board.ts timeline(); this only draws them.
//
// Readable in black and white: done is a solid dark line with filled circles, planned a dashed
// line with hollow squares, the target a dotted step line; each line is labelled at its end and
// each marker line carries its name.
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { zeroBasedAxis } from '../../../shared/charts';
import type { ConversionBoard } from '../../../shared/ipc/conversion';
import { AXIS_LINE, AXIS_TEXT, ChartFrame, GRID, HaloText, LineSwatch, Marker, useAnimate, type ChartSize, type LegendItem } from '../../charts/ChartFrame';
import { spreadLabels } from '../../charts/format';
import { markerPlacements, periodText, tickText, timelineSummary } from './timelineText';

type Timeline = ConversionBoard['timeline'];

export interface TimelineChartProps extends ChartSize {
  timeline: Timeline;
  total: number;
  today: string;
}

const DONE = '#1e3f66';
const PLANNED = '#b4541a';
const TARGET = '#2f7d4f';
const MARK = '#4a5566';

type Row = Timeline['points'][number] & { tick: string };

function Tip({ active, payload }: TooltipContentProps) {
  const p = active ? (payload?.[0]?.payload as Row | undefined) : undefined;
  if (!p) return null;
  return (
    <div className="chart-tip">
      <strong>{p.label}</strong>
      <span>Done: {p.done ?? '—'}</span>
      <span>Planned: {p.planned}</span>
      <span>Target: {p.target ?? '—'}</span>
    </div>
  );
}

export function TimelineChart({ timeline, total, today, print, width = 900, height = 280 }: TimelineChartProps) {
  const animate = useAnimate(print);
  const g = timeline.granularity;
  const rows: Row[] = timeline.points.map((p, i) => ({ ...p, tick: tickText(p.periodEnd, g, i) }));
  const axis = zeroBasedAxis([total, ...rows.map((r) => r.planned)], true);
  const marks = markerPlacements(timeline, today);
  const last = rows.length - 1;
  // Where the planned and target lines end (px from the top: margin 28, x axis 30 high), their names
  // spread apart so both read when the two end close together.
  const top = 28;
  const plotHeight = Math.max(1, height - top - 30);
  const yOf = (v: number | null | undefined) => top + (1 - (v ?? 0) / (axis.domain[1] || 1)) * plotHeight;
  const [plannedY, targetY] = spreadLabels([yOf(rows[last]?.planned), yOf(rows[last]?.target)], 13);
  const endLabel = (text: string, color: string, y: number | undefined) =>
    function EndLabel(l: { x?: number | string; y?: number | string; index?: number }) {
      return l.index === last && typeof l.x === 'number' && typeof l.y === 'number' ? (
        <g key={`${text}-end`}>
          <HaloText x={l.x + 8} y={(y ?? l.y) + 4} fill={color}>
            {text}
          </HaloText>
        </g>
      ) : (
        <g key={`${text}-${l.index}`} />
      );
    };
  // The done line stops at today: its label sits at its last point instead of the chart's end.
  const lastDone = rows.reduce((at, r, i) => (r.done !== null ? i : at), -1);

  const chart = (
    <LineChart data={rows} margin={{ top, right: 84, bottom: 0, left: 4 }} accessibilityLayer={false} {...(print ? { width, height } : {})}>
      <CartesianGrid vertical={false} stroke={GRID} />
      <XAxis dataKey="tick" tickLine={false} axisLine={{ stroke: AXIS_LINE }} tick={{ fill: AXIS_TEXT, fontSize: 11 }} interval="preserveStartEnd" minTickGap={8} padding={{ left: 8, right: 8 }} />
      <YAxis domain={axis.domain} ticks={axis.ticks} allowDecimals={false} tickLine={false} axisLine={false} width={36} tick={{ fill: AXIS_TEXT, fontSize: 11 }} />
      {print ? null : <Tooltip content={Tip} isAnimationActive={false} />}
      {marks.map((m, i) => (
        <ReferenceLine
          key={`${m.label}-${m.on}`}
          x={rows[m.index]?.tick}
          stroke={MARK}
          strokeDasharray={m.today ? '2 2' : '6 3'}
          // Names right of their line, or left of it in the chart's last third so they are not cut at the edge.
          label={{ value: m.label, position: m.index > (rows.length * 2) / 3 ? 'insideTopRight' : 'insideTopLeft', fill: MARK, fontSize: 10.5, dy: -24 + (i % 2) * 11, dx: m.index > (rows.length * 2) / 3 ? -2 : 2 }}
        />
      ))}
      <Line
        dataKey="target"
        name="Milestone target"
        type="stepBefore"
        stroke={TARGET}
        strokeWidth={2}
        strokeDasharray="2 3"
        connectNulls={false}
        isAnimationActive={animate}
        animationDuration={400}
        dot={false}
        activeDot={false}
        label={endLabel('Target', TARGET, targetY)}
      />
      <Line
        dataKey="planned"
        name="Planned"
        stroke={PLANNED}
        strokeWidth={2}
        strokeDasharray="8 4"
        isAnimationActive={animate}
        animationDuration={400}
        dot={(d: { cx?: number; cy?: number; index?: number }) => (
          <g key={`p-${d.index}`}>{d.cx !== undefined && d.cy !== undefined ? <Marker shape="square" cx={d.cx} cy={d.cy} color={PLANNED} size={3.5} /> : null}</g>
        )}
        activeDot={false}
        label={endLabel('Planned', PLANNED, plannedY)}
      />
      <Line
        dataKey="done"
        name="Done"
        stroke={DONE}
        strokeWidth={2.5}
        connectNulls={false}
        isAnimationActive={animate}
        animationDuration={400}
        dot={(d: { cx?: number; cy?: number; index?: number }) => (
          <g key={`d-${d.index}`}>{d.cx !== undefined && d.cy !== undefined ? <Marker shape="circle" cx={d.cx} cy={d.cy} color={DONE} size={4} /> : null}</g>
        )}
        activeDot={false}
        label={(l: { x?: number | string; y?: number | string; index?: number }) =>
          l.index === lastDone && typeof l.x === 'number' && typeof l.y === 'number' ? (
            <g key="done-end">
              <HaloText x={l.x + 8} y={l.y + 14} fill={DONE}>
                Done
              </HaloText>
            </g>
          ) : (
            <g key={`done-${l.index}`} />
          )
        }
      />
    </LineChart>
  );

  const legend: LegendItem[] = [
    { key: 'done', label: 'Done (converted or disconnected)', swatch: <LineSwatch color={DONE} marker="circle" /> },
    { key: 'planned', label: 'Planned (done, or scheduled, by then)', swatch: <LineSwatch color={PLANNED} dash="8 4" marker="square" /> },
    { key: 'target', label: 'Milestone target', swatch: <LineSwatch color={TARGET} dash="2 3" /> },
  ];

  const table = (
    <table className="data-table compact chart-table">
      <caption className="visually-hidden">The conversion's timeline, items by {g}</caption>
      <thead>
        <tr>
          <th scope="col">{g === 'week' ? 'Week ending' : 'Month'}</th>
          <th scope="col" className="col-num">Done</th>
          <th scope="col" className="col-num">Planned</th>
          <th scope="col" className="col-num">Target</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.periodEnd}>
            <th scope="row">{periodText(r.periodEnd, g)}</th>
            <td className="col-num">{r.done ?? '—'}</td>
            <td className="col-num">{r.planned}</td>
            <td className="col-num">{r.target ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <ChartFrame className="timeline-chart" label={timelineSummary(timeline, total)} print={print} width={width} height={height} legend={legend} table={print ? null : table}>
      {print ? chart : (
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width, height }}>
          {chart}
        </ResponsiveContainer>
      )}
    </ChartFrame>
  );
}
