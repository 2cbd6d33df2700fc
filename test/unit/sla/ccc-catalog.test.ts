import { describe, expect, it } from 'vitest';
import { buildAnyCatalog, catalogIdsOf, isCreditCatalog, isServiceLevelCatalog, loadAnyCatalog, loadCatalog, loadServiceLevelCatalog } from '../../../shared/sla/catalog';
import raw from '../../../resources/catalogs/ccc-help-desk.json';

const ccc = loadServiceLevelCatalog('ccc-help-desk');

type Raw = {
  figures: Array<Record<string, unknown>>;
  slas: Array<Record<string, unknown> & { due?: Record<string, unknown>; measure?: Record<string, unknown>; by?: Record<string, unknown> }>;
  ticketKinds: Array<{ id: string }>;
};
const broken = () => structuredClone(raw) as unknown as Raw;

describe('the Customer Care Center catalog (resources/catalogs/ccc-help-desk.json, seed 002)', () => {
  it('is its own contract: id, title, source, a service-level catalog with no money', () => {
    expect(ccc.id).toBe('ccc-help-desk');
    expect(ccc.kind).toBe('service-levels');
    expect(ccc.title).toBe('Customer Care Center (help desk)');
    expect(ccc.source).toMatch(/Customer Care Center Details \(revision date October 7, 2010\)/);
    // The seed names no remedy: the catalog says so, and results are met or missed.
    expect(ccc.remedy).toMatch(/names no remedy/);
    expect(ccc.calendar).toBe('24x7');
    expect(catalogIdsOf('service-levels')).toEqual(['ccc-help-desk']);
    expect(catalogIdsOf('credits')).toEqual(['calnet3-converged-voip']);
    expect(isServiceLevelCatalog('ccc-help-desk') && !isCreditCatalog('ccc-help-desk')).toBe(true);
    expect(() => loadCatalog('ccc-help-desk')).toThrow(/service-level catalog \(met or missed, no credits\)/);
    expect(() => loadServiceLevelCatalog('calnet3-converged-voip')).toThrow(/credit catalog/);
    expect(loadAnyCatalog('ccc-help-desk')).toBe(ccc);
  });

  it('has the four service targets of Roles and Responsibilities, with their periods and objectives', () => {
    const targets = [...ccc.targets('month'), ...ccc.targets('year')].map((t) => [t.id, t.period, t.comparison, t.objective, t.report]);
    expect(targets).toEqual([
      ['speed-of-answer', 'month', '<=', 35, 'seconds'],
      ['abandon-rate', 'month', '<=', 6, 'percent'],
      ['first-contact-resolution', 'month', '>=', 69, 'percent'],
      ['customer-satisfaction', 'year', '>=', 4.1, 'score'],
    ]);
    const abandon = ccc.sla('abandon-rate');
    expect(abandon?.basis === 'figure-target' && abandon.measure).toEqual({ part: ['calls-abandoned'], whole: ['calls-answered', 'calls-abandoned'] });
    expect(ccc.sla('speed-of-answer')!.clauseText).toMatch(/within 35 seconds or less/);
    expect(ccc.sla('customer-satisfaction')!.clauseText).toMatch(/no less than 4\.1 on a 5 point scale/);
  });

  it('has the incident notification schedule per severity', () => {
    const schedule = (kind: string) => ccc.stepsFor(kind).map((s) => [s.id, s.from, s.due[kind]]);
    expect(schedule('sev1')).toEqual([
      ['severity-assignment', 'created', { withinMinutes: 15 }],
      ['initial-notification', 'created', { withinMinutes: 15 }],
      ['resolver-acknowledgement', 'referred', { withinMinutes: 15 }],
      ['update-notifications', 'created', { everyMinutes: 60 }],
      ['restored-notification', 'restored', { withinMinutes: 15 }],
    ]);
    expect(schedule('sev2').find(([id]) => id === 'update-notifications')).toEqual(['update-notifications', 'created', { atMinutes: [60, 240, 480] }]);
    // Severity 3: no notifications; the supervisor 2 days (48 h on the 24x7 calendar) after referral.
    expect(schedule('sev3')).toEqual([
      ['severity-assignment', 'created', { withinMinutes: 15 }],
      ['supervisor-escalation', 'referred', { withinMinutes: 2880 }],
    ]);
    expect(ccc.notificationKinds.map((k) => k.id)).toEqual(['initial', 'update', 'restored', 'escalation']);
    expect(ccc.incidentTimes.map((k) => k.id)).toEqual(['severityAssigned', 'referred', 'acknowledged']);
  });

  it('bills a flat rate per incident, per call for hardware', () => {
    expect(ccc.serviceTypes.map((t) => [t.title, t.billedPer])).toEqual([
      ['Security Support', 'incident'],
      ['Desktop Software Support', 'incident'],
      ['Application Support', 'incident'],
      ['Hardware Support/Dispatch Support', 'call'],
    ]);
    expect(ccc.billing.clauseText).toMatch(/flat rate per call, determined annually/);
  });

  it('is validated at load: known figures, kinds, notification kinds and ordered schedules', () => {
    const unknownFigure = broken();
    unknownFigure.slas.find((s) => s.id === 'abandon-rate')!.measure = { part: ['calls-dropped'], whole: ['calls-answered'] };
    expect(() => buildAnyCatalog(unknownFigure)).toThrow(/slas\/7\/measure: unknown figure "calls-dropped"/);
    const wrongPeriod = broken();
    wrongPeriod.slas.find((s) => s.id === 'customer-satisfaction')!.measure = { figure: 'calls-answered' };
    expect(() => buildAnyCatalog(wrongPeriod)).toThrow(/"calls-answered" is a month's figure, not a year's/);
    const unknownKind = broken();
    unknownKind.slas[0]!.due = { sev9: { withinMinutes: 15 } };
    expect(() => buildAnyCatalog(unknownKind)).toThrow(/slas\/0\/due\/sev9: unknown ticket kind "sev9"/);
    const unknownNotice = broken();
    unknownNotice.slas[1]!.by = { notification: 'fax' };
    expect(() => buildAnyCatalog(unknownNotice)).toThrow(/unknown notification kind "fax"/);
    const unordered = broken();
    unordered.slas.find((s) => s.id === 'update-notifications')!.due!.sev2 = { atMinutes: [60, 480, 240] };
    expect(() => buildAnyCatalog(unordered)).toThrow(/atMinutes: must be in increasing order/);
    const dupKind = broken();
    dupKind.ticketKinds.push({ id: 'sev1' });
    expect(() => buildAnyCatalog(dupKind)).toThrow(/ticketKinds\/3/);
    const negative = broken();
    negative.slas.find((s) => s.id === 'speed-of-answer')!.objective = -1;
    expect(() => buildAnyCatalog(negative)).toThrow(/slas\/6\/objective/);
  });
});
