// What every chart shares: one labelled picture (role="img" with a summary for screen readers),
// a legend whose swatches draw the same pattern, dash and marker as the plot (readable in black
// and white), and the figures as a table in a <details> for screen readers and copying. The
// `print` mode fixes the size and turns animation off (print view, PDF).
// Styles: renderer/charts/charts.css, loaded with the app's (main.tsx).
import { useId, useSyncExternalStore, type ReactNode } from 'react';

export interface ChartSize {
  /** Print view / PDF: fixed size, no animation, no tooltip, no table. */
  print?: boolean;
  /** Width in px when printed (the screen fills its container). */
  width?: number;
  height?: number;
}

/** Ids usable inside url(#…): React's ids carry characters a CSS url does not take. */
export function useSvgId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

const REDUCED = '(prefers-reduced-motion: reduce)';
function subscribe(onChange: () => void): () => void {
  const mq = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(REDUCED) : null;
  mq?.addEventListener('change', onChange);
  return () => mq?.removeEventListener('change', onChange);
}

/** Animate on screen unless the user asked for less motion; never in print. */
export function useAnimate(print: boolean | undefined): boolean {
  const reduced = useSyncExternalStore(
    subscribe,
    () => (typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(REDUCED).matches : true),
    () => true,
  );
  return !print && !reduced;
}

export interface LegendItem {
  key: string;
  label: string;
  swatch: ReactNode;
}

interface FrameProps {
  className: string;
  label: string;
  print: boolean | undefined;
  width: number;
  height: number;
  legend: LegendItem[];
  /** The figures as a table (omitted where the screen already shows them in one). */
  table: ReactNode | null;
  tableSummary?: string;
  children: ReactNode;
}

export function ChartFrame({ className, label, print, width, height, legend, table, tableSummary = 'Figures as a table', children }: FrameProps) {
  return (
    <figure className={`chart ${className}${print ? ' chart-print' : ''}`} style={print ? { width } : undefined}>
      <div className="chart-plot" role="img" aria-label={label} style={{ height }}>
        {children}
      </div>
      {legend.length > 0 ? (
        <ul className="chart-key" aria-hidden="true">
          {legend.map((l) => (
            <li key={l.key}>
              {l.swatch}
              {l.label}
            </li>
          ))}
        </ul>
      ) : null}
      {table && !print ? (
        <details className="chart-data">
          <summary>{tableSummary}</summary>
          {table}
        </details>
      ) : null}
    </figure>
  );
}

/** A legend swatch: a small box filled as the bars are (colour, pattern id of the same chart's <defs> is not reachable here, so the hatch is drawn). */
export function BoxSwatch({ fill, hatch, stroke, dashed }: { fill: string; hatch?: string; stroke?: string; dashed?: boolean }) {
  return (
    <svg className="key-swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <rect x="0.75" y="0.75" width="12.5" height="12.5" rx="1.5" fill={fill} stroke={stroke ?? 'none'} strokeWidth="1.5" strokeDasharray={dashed ? '3 2' : undefined} />
      {hatch ? (
        <g stroke={hatch} strokeWidth="2">
          <line x1="-2" y1="6" x2="6" y2="-2" />
          <line x1="-2" y1="12" x2="12" y2="-2" />
          <line x1="2" y1="16" x2="16" y2="2" />
          <line x1="8" y1="16" x2="16" y2="8" />
        </g>
      ) : null}
    </svg>
  );
}

/** A legend swatch for a line: its dash and its marker. */
export function LineSwatch({ color, dash, marker }: { color: string; dash?: string; marker?: MarkerShape }) {
  return (
    <svg className="key-swatch key-line" width="30" height="14" viewBox="0 0 30 14" aria-hidden="true" focusable="false">
      <line x1="1" y1="7" x2="29" y2="7" stroke={color} strokeWidth="2" strokeDasharray={dash || undefined} />
      {marker ? <Marker shape={marker} cx={15} cy={7} color={color} /> : null}
    </svg>
  );
}

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'ring';

/**
 * A marker drawn the same in the plot and in the legend; filled and hollow shapes alternate so they
 * differ in grey too, and a hollow one drawn over a filled one at the same point leaves it seen.
 */
export function Marker({ shape, cx, cy, color, size = 4.5 }: { shape: MarkerShape; cx: number; cy: number; color: string; size?: number }) {
  const s = size;
  switch (shape) {
    case 'circle':
      return <circle cx={cx} cy={cy} r={s} fill={color} stroke="#fff" strokeWidth="1" />;
    case 'ring':
      return <circle cx={cx} cy={cy} r={s - 0.5} fill="none" stroke={color} strokeWidth="2" />;
    case 'square':
      return <rect x={cx - s - 0.5} y={cy - s - 0.5} width={2 * s + 1} height={2 * s + 1} fill="none" stroke={color} strokeWidth="2" />;
    case 'triangle':
      return <path d={`M${cx},${cy - s - 1}L${cx + s + 0.5},${cy + s}L${cx - s - 0.5},${cy + s}Z`} fill={color} stroke="#fff" strokeWidth="1" />;
    case 'diamond':
      return <path d={`M${cx},${cy - s - 1.5}L${cx + s + 1.5},${cy}L${cx},${cy + s + 1.5}L${cx - s - 1.5},${cy}Z`} fill="none" stroke={color} strokeWidth="2" />;
    case 'cross':
      return <path d={`M${cx - s},${cy - s}L${cx + s},${cy + s}M${cx - s},${cy + s}L${cx + s},${cy - s}`} stroke={color} strokeWidth="2.5" fill="none" />;
  }
}

/** Axis and grid colours shared by the charts (app.css --ink-3: 4.5:1 on white). */
export const AXIS_TEXT = '#5b6678';
export const AXIS_LINE = '#c3ccd8';
export const GRID = '#e9edf2';

/** Text with a white halo, so a label stays readable where it crosses a bar or a line. */
export function HaloText({ x, y, children, fill, anchor = 'start', size = 11, weight = 600 }: { x: number; y: number; children: ReactNode; fill: string; anchor?: 'start' | 'middle' | 'end'; size?: number; weight?: number }) {
  return (
    <text x={x} y={y} fill={fill} fontSize={size} fontWeight={weight} textAnchor={anchor} stroke="#ffffff" strokeWidth={3} strokeLinejoin="round" paintOrder="stroke">
      {children}
    </text>
  );
}

/** The content of a bar's value label (recharts LabelList `content`): its text centred over the bar, with a halo. */
export function barTopLabel(size: number) {
  return function BarTopLabel(l: { x?: number | string; y?: number | string; width?: number | string; value?: unknown }) {
    return typeof l.x === 'number' && typeof l.y === 'number' && typeof l.width === 'number' && l.value ? (
      <HaloText x={l.x + l.width / 2} y={l.y - (size > 9 ? 5 : 4)} fill="#1b2430" anchor="middle" size={size} weight={500}>
        {String(l.value)}
      </HaloText>
    ) : null;
  };
}

/** A bar fill hatched in white over `color` (a missed month, a credited amount): read without colour. Put it in the chart's <defs>. */
export function HatchPattern({ id, color }: { id: string; color: string }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill={color} />
      <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeWidth="2.4" />
    </pattern>
  );
}
