// Texts of the charts: month ticks, short figures for direct labels, and the one-sentence
// summaries that name each chart for screen readers (role="img" aria-label). Pure.
import type { AvailabilitySeries, CreditsPoint, TicketsPerContractor } from '../../shared/charts';
import { dollarsToCents, formatDollars } from '../../shared/money';

const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(month: string): { year: string; name: string } | null {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  const name = m ? SHORT[Number(m[2]) - 1] : undefined;
  return m && name ? { year: m[1]!, name } : null;
}

/** "Oct 2026" */
export function monthName(month: string): string {
  const p = parts(month);
  return p ? `${p.name} ${p.year}` : month;
}

/** A tick: "Oct"; the first month of the run and each January carry the year ("Jan 2026"). */
export function monthTick(month: string, index: number): string {
  const p = parts(month);
  if (!p) return month;
  return index === 0 || p.name === 'Jan' ? `${p.name} ${p.year}` : p.name;
}

/**
 * A percent cut (not rounded) to 2 decimals for a label over a bar: a cut never reads better than
 * the month was, so 99.4999% (a miss of ≥ 99.5%) reads 99.49, never 99.50.
 */
export function percentCut(p: number): string {
  return (Math.floor(p * 100 + 1e-9) / 100).toFixed(2);
}

/** "$1,025.35" from dollars (exact cents from shared/charts). */
export function dollars(amount: number): string {
  return formatDollars(dollarsToCents(amount));
}

/** "$1.2k" for axis ticks; whole dollars below 1,000. */
export function dollarsTick(amount: number): string {
  if (Math.abs(amount) >= 1000) return `$${Number((amount / 1000).toFixed(1)).toLocaleString('en-US')}k`;
  return `$${Number(amount.toFixed(2)).toLocaleString('en-US')}`;
}

function span(months: readonly string[]): string {
  const first = months[0];
  const last = months[months.length - 1];
  return first && last ? (first === last ? monthName(first) : `${monthName(first)} to ${monthName(last)}`) : '';
}

/** "Availability by month, Dec 2025 to Nov 2026, objective ≥ 99.5%: 1 met, 2 missed, 1 pending; lowest 99.10% in Oct 2026." */
export function availabilitySummary(s: AvailabilitySeries, objectiveText: string): string {
  const { met, missed, pending } = s.counts;
  const counts = [`${met} met`, `${missed} missed`, pending > 0 ? `${pending} pending` : ''].filter(Boolean).join(', ');
  let lowest: { month: string; percent: number } | null = null;
  for (const p of s.points) if (p.percent !== null && (lowest === null || p.percent < lowest.percent)) lowest = { month: p.month, percent: p.percent };
  const low = lowest ? `; lowest ${percentCut(lowest.percent)}% in ${monthName(lowest.month)}` : '; no month measured';
  return `Availability by month, ${span(s.points.map((p) => p.month))}, objective ${objectiveText}: ${counts}${low}.`;
}

/** "Credits by month, Nov 2025 to Oct 2026: claimed $2,345.45, credited $1,320.10, still owed $1,025.35." */
export function creditsSummary(points: readonly CreditsPoint[]): string {
  let claimed = 0;
  let credited = 0;
  for (const p of points) {
    claimed += dollarsToCents(p.claimed);
    credited += dollarsToCents(p.credited);
  }
  return `Credits by month, ${span(points.map((p) => p.month))}: claimed ${formatDollars(claimed)}, credited ${formatDollars(credited)}, still owed ${formatDollars(claimed - credited)}.`;
}

/** "Tickets per contractor by month, Nov 2025 to Oct 2026: AT&T 14 tickets, Verizon 3 tickets." */
export function ticketsSummary(t: TicketsPerContractor): string {
  const who = t.series.map((s) => {
    const n = s.counts.reduce((a, b) => a + b, 0);
    return `${s.name} ${n} ticket${n === 1 ? '' : 's'}`;
  });
  return `Tickets per contractor by month, ${span(t.months)}: ${who.length > 0 ? who.join(', ') : 'no tickets'}.`;
}

/**
 * A month's availability as the reports print it: 4 decimals (DOMAIN.md); a miss that would round
 * up onto the objective is cut instead ("99.4999…%"), so it never reads as if it met.
 */
export function percentText(percent: number, met: boolean | null, objective: number | null): string {
  const rounded = Math.round(percent * 10_000) / 10_000;
  if (met === false && objective !== null && rounded >= objective) return `${(Math.floor(percent * 10_000) / 10_000).toFixed(4)}…%`;
  return `${rounded.toFixed(4)}%`;
}

/**
 * Positions for labels at the given heights (px, down is larger) so that no two are closer than
 * `gap`: overlapping ones are pushed apart around their middle, order kept. Returns the new
 * heights in the order given. Direct labels at a line's end use it so two contractors with the
 * same count are both named.
 */
export function spreadLabels(ys: readonly number[], gap: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  // Clusters of labels closer than `gap`, each centred on the mean of its members.
  const clusters: Array<{ members: number[]; centre: number }> = [];
  for (const { y, i } of order) {
    clusters.push({ members: [i], centre: y });
    // Merge while the last cluster overlaps the one before it.
    while (clusters.length > 1) {
      const b = clusters[clusters.length - 1]!;
      const a = clusters[clusters.length - 2]!;
      const aBottom = a.centre + ((a.members.length - 1) * gap) / 2;
      const bTop = b.centre - ((b.members.length - 1) * gap) / 2;
      if (bTop - aBottom >= gap) break;
      const members = [...a.members, ...b.members];
      const centre = members.reduce((sum, m) => sum + ys[m]!, 0) / members.length;
      clusters.splice(clusters.length - 2, 2, { members, centre });
    }
  }
  const out = [...ys];
  for (const c of clusters) {
    const top = c.centre - ((c.members.length - 1) * gap) / 2;
    c.members.forEach((m, k) => (out[m] = top + k * gap));
  }
  return out;
}
