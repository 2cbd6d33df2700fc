// The packet's charts, in print mode (fixed size, no animation, readable in black and white): the
// contractor's credits claimed and credited by billing month, and for each service with an
// availability line its availability against the objective over the 12 months ending with the
// claim's month. The shapes come from shared/charts; the figures from claims:packet.
import { availabilitySeries, creditsSeries } from '../../../shared/charts';
import type { ClaimPacket } from '../../../shared/ipc/claims';
import { AvailabilityChart, CreditsChart } from '../../charts';
import { monthLabel } from '../../ui/slaText';

/** Content width of a Letter page with the packet's margins (7 in at 96 px an inch), less a little air. */
const WIDTH = 640;

export function PacketCharts({ p }: { p: ClaimPacket }) {
  const credits = creditsSeries(p.charts.credits, p.claim.month, 12);
  return (
    <section className="packet-charts" aria-labelledby="packet-charts-title">
      <h2 id="packet-charts-title">Charts</h2>
      <div className="packet-chart">
        <h3>
          Credits claimed from {p.contractor.name}, by billing month (12 months to {monthLabel(p.claim.month)})
        </h3>
        <CreditsChart points={credits} print width={WIDTH} height={230} />
      </div>
      {p.charts.availability.map((a) => {
        const series = availabilitySeries({ months: a.months }, p.claim.month, { count: 12, recorded: a.recorded });
        return (
          <div className="packet-chart" key={a.serviceId}>
            <h3>
              Availability of {a.circuitId}, month by month (12 months to {monthLabel(p.claim.month)}; later changes as of {p.generatedAt.slice(0, 10)})
            </h3>
            <AvailabilityChart series={series} objectiveText={series.objective === null ? 'none' : `≥ ${series.objective}%`} print width={WIDTH} height={230} />
          </div>
        );
      })}
    </section>
  );
}
