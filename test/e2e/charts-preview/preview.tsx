// A test-only page for the chart components that no screen shows yet (the credits chart waits
// for the claims screens) and for the print mode of all three: built by charts.spec.ts with
// esbuild and opened in Chromium. Fixed data, shaped by the same shared/charts functions.
import { createRoot } from 'react-dom/client';
import { availabilitySeries, creditsSeries, ticketsPerContractorSeries } from '../../../shared/charts';
import { AvailabilityChart, CreditsChart, TicketsPerContractorChart } from '../../../renderer/charts';
import './styles';

const claims = [
  { month: '2026-06', claimed: 431, credited: 431 },
  { month: '2026-08', claimed: 1855, credited: 1000.1 },
  { month: '2026-08', claimed: 170.45, credited: 0 },
  { month: '2026-09', claimed: 0.1, credited: 0 },
  { month: '2026-09', claimed: 0.2, credited: 0.1 },
  { month: '2026-10', claimed: 3231.94, credited: 0 },
];
const credits = creditsSeries(claims, '2026-10');

const availability = availabilitySeries(
  {
    months: [
      { month: '2026-09', results: [{ sla: 'availability', status: 'missed', met: false, applicable: true, measure: { percent: 99.4999 }, objective: { percent: 99.5 } }] },
      { month: '2026-10', results: [{ sla: 'availability', status: 'met', met: true, applicable: true, measure: { percent: 99.9 }, objective: { percent: 99.5 } }] },
    ],
  },
  '2026-10',
  { count: 3 },
);

const tickets = ticketsPerContractorSeries(
  [
    { contractorId: 1, contractorName: 'AT&T', startAt: '2026-10-06T17:00:00Z' },
    { contractorId: 2, contractorName: 'Verizon', startAt: '2026-11-01T06:30:00Z' },
    { contractorId: 3, contractorName: 'Lumen', startAt: '2026-09-01T06:30:00Z' },
  ],
  'America/Los_Angeles',
  '2026-10',
  3,
);

function Preview() {
  return (
    <main style={{ padding: 16, background: '#fff' }}>
      <section aria-label="Credits on screen" data-testid="credits-screen" style={{ width: 760 }}>
        <CreditsChart points={credits} />
      </section>
      <section aria-label="Printed charts" data-testid="printed">
        <CreditsChart points={credits} print width={640} height={220} />
        <AvailabilityChart series={availability} objectiveText="≥ 99.5%" print width={640} height={220} />
        <TicketsPerContractorChart data={tickets} print width={640} height={220} />
      </section>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Preview />);
