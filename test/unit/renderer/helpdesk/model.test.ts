// The Help desk screen's pure parts, and the scorecard trend's shaping (shared/charts/scorecard.ts).
import { describe, expect, it } from 'vitest';
import { targetObjectiveLabel, targetSeries, targetValueText } from '../../../../shared/charts';
import { centsText, contractsOf, differenceText, draftFromValues, figuresOfPeriod, valuesToSend } from '../../../../renderer/helpdesk/model';
import { ticketTermsFor } from '../../../../renderer/tickets/model';
import { loadServiceLevelCatalog } from '../../../../shared/sla';

const ccc = loadServiceLevelCatalog('ccc-help-desk');

describe('the help desk\'s contracts', () => {
  it('are the contractors with services under a service-level catalog, each once, by name', () => {
    const contractors = [{ id: 1, name: 'AT&T' }, { id: 3, name: 'State Customer Care Center' }, { id: 4, name: 'County Help Desk' }] as never[];
    const services = [
      { contractorId: 1, catalogId: 'calnet3-converged-voip' }, { contractorId: 3, catalogId: 'ccc-help-desk' }, { contractorId: 3, catalogId: 'ccc-help-desk' },
      { contractorId: 4, catalogId: 'ccc-help-desk' },
    ];
    expect(contractsOf(services, contractors).map((c) => c.contractorName)).toEqual(['County Help Desk', 'State Customer Care Center']);
  });
});

describe('the figures form', () => {
  it('shows the recorded values and sends what is typed, trimmed, leaving out what is empty', () => {
    const month = figuresOfPeriod(ccc, 'month');
    expect(month.map((f) => f.id)).toEqual(['calls-answered', 'speed-of-answer-seconds', 'calls-abandoned', 'resolved-first-contact']);
    const d = draftFromValues(month, { 'calls-answered': 935, 'speed-of-answer-seconds': 31.2 });
    expect(d).toEqual({ 'calls-answered': '935', 'speed-of-answer-seconds': '31.2', 'calls-abandoned': '', 'resolved-first-contact': '' });
    expect(valuesToSend({ ...d, 'calls-abandoned': ' 65 ' })).toEqual({ 'calls-answered': '935', 'speed-of-answer-seconds': '31.2', 'calls-abandoned': '65' });
  });
});

describe('the billing texts', () => {
  it('writes cents as dollars and the difference as the ATR reads it', () => {
    expect([centsText(14300), centsText(-4200), centsText(5), centsText(null)]).toEqual(['$143.00', '−$42.00', '$0.05', '—']);
    expect([differenceText(4200), differenceText(-1000), differenceText(0), differenceText(null)]).toEqual([
      '$42.00 more than expected', '$10.00 less than expected', 'Matches the incidents on record', 'Not known yet',
    ]);
  });
});

describe('the ticket form under a service\'s contract', () => {
  it('asks a help-desk incident for its severity and times, a CALNET ticket for its kinds', () => {
    const help = ticketTermsFor('ccc-help-desk');
    expect([help.incident, help.kinds.map((k) => k.title), help.times.map((t) => t.title)]).toEqual([
      true, ['Severity 1', 'Severity 2', 'Severity 3'], ['Severity assigned', 'Referred to a resolver', 'Resolver acknowledged'],
    ]);
    const calnet = ticketTermsFor('calnet3-converged-voip');
    expect([calnet.incident, calnet.kinds.map((k) => k.id), calnet.times]).toEqual([false, ['repair', 'cat1', 'cat2', 'cat3', 'delay', 'jitter'], []]);
  });
});

describe('the scorecard trend', () => {
  it('lays each target\'s figures on the months with the engine\'s verdicts; a month without figures is none', () => {
    const card = {
      trendTargets: [
        { sla: 'abandon-rate', title: 'Abandoned calls', report: 'percent' as const, comparison: '<=' as const, objective: 6, period: 'month' as const },
        { sla: 'customer-satisfaction', title: 'Customer satisfaction', report: 'score' as const, comparison: '>=' as const, objective: 4.1, period: 'year' as const },
      ],
      trend: [
        { month: '2026-08', points: [{ sla: 'abandon-rate', value: null, met: null }, { sla: 'customer-satisfaction', value: 4.3, met: true }] },
        { month: '2026-09', points: [{ sla: 'abandon-rate', value: 6.5, met: false }, { sla: 'customer-satisfaction', value: 4.3, met: true }] },
      ],
    };
    const [abandon, sat] = targetSeries(card);
    expect(abandon!.points).toEqual([{ month: '2026-08', value: null, status: 'none' }, { month: '2026-09', value: 6.5, status: 'missed' }]);
    expect([abandon!.missed, abandon!.met]).toEqual([1, 0]);
    // The percent axis reaches past the objective and the highest month; a score's is 0 to 5.
    expect(abandon!.axis.domain[1]).toBeGreaterThan(6.5);
    expect(sat!.axis).toEqual({ domain: [0, 5], ticks: [0, 1, 2, 3, 4, 5] });
    expect([targetObjectiveLabel(abandon!), targetObjectiveLabel(sat!), targetValueText('seconds', 31.2)]).toEqual(['at most 6%', 'at least 4.1 of 5', '31.2 s']);
  });
});
