// The packet's charts: the contractor's credits month by month and, for each service with an
// availability line, its availability against the objective.
//
// PLACEHOLDER: the recharts components (renderer/charts CreditsChart / AvailabilityChart, branch
// h11charts) are not in main yet. Until they are, ChartPlaceholder prints the same figures as a
// table under the chart's title; swap it for <CreditsChart print …/> and <AvailabilityChart print …/>
// once main has them.
import type { ReactNode } from 'react';
import type { ClaimPacket } from '../../../shared/ipc/claims';
import { formatPercent, monthLabel } from '../../ui/slaText';
import { money } from './model';

function ChartPlaceholder({ title, children }: { title: string; children: ReactNode }) {
  return (
    <figure className="packet-chart chart-placeholder" data-placeholder="true">
      <figcaption>{title}</figcaption>
      {children}
    </figure>
  );
}

/** Per billing month: claimed, credited, still owed (drafts other than this claim left out). */
function creditsByMonth(credits: ClaimPacket['charts']['credits']): Array<{ month: string; claimed: number; credited: number }> {
  const by = new Map<string, { claimed: number; credited: number }>();
  for (const c of credits) {
    const s = by.get(c.month) ?? { claimed: 0, credited: 0 };
    by.set(c.month, { claimed: s.claimed + Math.round(c.claimed * 100), credited: s.credited + Math.round(c.credited * 100) });
  }
  return [...by.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([month, s]) => ({ month, claimed: s.claimed / 100, credited: s.credited / 100 }));
}

export function PacketCharts({ p }: { p: ClaimPacket }) {
  const credits = creditsByMonth(p.charts.credits);
  return (
    <section className="packet-charts" aria-labelledby="packet-charts-title">
      <h2 id="packet-charts-title">Charts</h2>
      <ChartPlaceholder title={`Credits claimed from ${p.contractor.name}, by billing month`}>
        <table className="packet-table compact">
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col" className="num">Claimed</th>
              <th scope="col" className="num">Credited</th>
              <th scope="col" className="num">Still owed</th>
            </tr>
          </thead>
          <tbody>
            {credits.map((c) => (
              <tr key={c.month}>
                <td>{monthLabel(c.month)}</td>
                <td className="num">{money(c.claimed)}</td>
                <td className="num">{money(c.credited)}</td>
                <td className="num">{money(Math.max(0, Math.round(c.claimed * 100) - Math.round(c.credited * 100)) / 100)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ChartPlaceholder>
      {p.charts.availability.map((a) => (
        <ChartPlaceholder key={a.serviceId} title={`Availability of ${a.circuitId}, month by month (as of ${p.generatedAt.slice(0, 10)})`}>
          <table className="packet-table compact">
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">Availability</th>
                <th scope="col">Objective</th>
                <th scope="col">Verdict</th>
              </tr>
            </thead>
            <tbody>
              {a.months.map((m) => {
                const r = m.results.find((x) => x.sla === 'availability');
                return (
                  <tr key={m.month}>
                    <td>{monthLabel(m.month)}</td>
                    <td>{r?.measure?.percent !== undefined ? formatPercent(r.measure.percent) : '—'}</td>
                    <td>{r?.objective?.percent !== undefined ? `at least ${r.objective.percent}%` : '—'}</td>
                    <td>{r ? r.status : 'no result'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ChartPlaceholder>
      ))}
    </section>
  );
}
