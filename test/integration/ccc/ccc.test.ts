// The Customer Care Center contract (issue 14) through the real channels on a real data file:
// recording incidents under the center's catalog, the notifications received, the month's figures
// (by hand and from the center's CSV report), the year's rates and the billed amount, and their
// evaluation by the same sla:* channels as CALNET's. Verdicts are worked by hand in the comments;
// the agency is in Los Angeles (PDT = UTC-7 in October).
import { describe, expect, it } from 'vitest';
import type { PeriodFigures } from '../../../shared/ipc/figures';
import type { Service } from '../../../shared/ipc/services';
import type { BillingCheckView, ContractorNotice, MonthReport, Scorecard, SlaResultRow, TicketResults } from '../../../shared/ipc/sla';
import type { TicketDetail } from '../../../shared/ipc/tickets';
import { call, count, manualClock, openTestApp } from '../support/tempData';

type App = ReturnType<typeof openTestApp>;

async function refused(app: App, channel: string, request: unknown): Promise<{ code: string; message: string; path: string }> {
  const r = await app.dispatch(channel, request);
  expect(r.ok, `${channel} should be refused`).toBe(false);
  return (r as { ok: false; error: { code: string; message: string; path: string } }).error;
}

/** The center as a contractor with two lines of support. */
async function center(app: App): Promise<{ contractorId: number; sec: Service; hw: Service }> {
  const c = await call<{ id: number }>(app, 'contractors:create', { name: 'Customer Care Center' });
  const line = (circuitId: string, serviceType: string) =>
    call<Service>(app, 'services:create', { circuitId, contractorId: c.id, serviceType, tier: '', tmrc: 0, catalogId: 'ccc-help-desk' });
  return { contractorId: c.id, sec: await line('CCC-SEC', 'security-support'), hw: await line('CCC-HW', 'hardware-support') };
}

const incident = (serviceId: number, extra: Record<string, unknown> = {}) => ({
  serviceId, kind: 'sev1', contractorTicket: 'IM-1001', openedAt: '2026-10-05T09:00:00-07:00', description: 'E-mail down for the whole office', ...extra,
});

describe('a CCC incident on the ticket tables', () => {
  it('is recorded under its service\'s contract with its times; the kind and times are checked against that catalog', async () => {
    const app = openTestApp({ clock: manualClock('2026-10-05T17:00:00Z') });
    const { sec } = await center(app);
    const d = await call<TicketDetail>(app, 'tickets:create', incident(sec.id, { times: { severityAssigned: '2026-10-05T09:05:00-07:00', referred: '2026-10-05T09:08:00-07:00' } }));
    expect(d.ticket).toMatchObject({ catalogId: 'ccc-help-desk', kind: 'sev1', tier: '', times: { severityAssigned: '2026-10-05T16:05:00.000Z', referred: '2026-10-05T16:08:00.000Z' } });
    // CALNET's kinds are not this contract's, nor CCC's on a CALNET service.
    expect(await refused(app, 'tickets:create', incident(sec.id, { kind: 'repair' }))).toMatchObject({ path: '/kind', message: expect.stringMatching(/^Kind must be one of Customer Care Center \(help desk\)'s \(CCC-SEC is under it\): Severity 1, Severity 2 or Severity 3$/) });
    const att = await call<Service>(app, 'services:create', { circuitId: 'CKT-1', contractorId: 1, serviceType: 'converged-voip', tier: 'premier', tmrc: '100' });
    expect((await refused(app, 'tickets:create', incident(att.id))).path).toBe('/kind');
    // Times: the catalog's only, not before the creation, an acknowledgement only after the referral.
    expect(await refused(app, 'tickets:create', incident(sec.id, { times: { dispatched: '2026-10-05T09:05:00-07:00' } }))).toMatchObject({ path: '/times/dispatched' });
    expect(await refused(app, 'tickets:create', incident(sec.id, { times: { severityAssigned: '2026-10-05T08:59:00-07:00' } }))).toMatchObject({
      path: '/times/severityAssigned', message: expect.stringMatching(/^Severity assigned .* cannot be before the incident's creation/),
    });
    expect(await refused(app, 'tickets:create', incident(sec.id, { times: { acknowledged: '2026-10-05T09:10:00-07:00' } }))).toMatchObject({
      path: '/times/acknowledged', message: 'Resolver acknowledged needs referred to a resolver first',
    });
    expect(await refused(app, 'tickets:create', incident(sec.id, { times: { referred: '2026-10-05T09:10:00-07:00', acknowledged: '2026-10-05T09:09:00-07:00' } }))).toMatchObject({ path: '/times/acknowledged' });
    // No stop clocks under this contract.
    expect(await refused(app, 'stopClocks:start', { ticketId: d.ticket.id, code: 'POWER', startAt: '2026-10-05T09:30:00-07:00' })).toMatchObject({ code: 'refused', path: '/ticketId' });
    expect(count(app, 'tickets')).toBe(1);
    expect(count(app, 'stop_clocks')).toBe(0);
  });

  it('edits its times (audited, a time left out is cleared) and a revised severity re-reads the schedule', async () => {
    const app = openTestApp({ clock: manualClock('2026-10-05T20:00:00Z') });
    const { sec } = await center(app);
    const d = await call<TicketDetail>(app, 'tickets:create', incident(sec.id, { times: { severityAssigned: '2026-10-05T09:05:00-07:00', referred: '2026-10-05T09:08:00-07:00' } }));
    const e = await call<TicketDetail>(app, 'tickets:update', { id: d.ticket.id, ticket: incident(sec.id, { kind: 'sev2', times: { severityAssigned: '2026-10-05T09:06:00-07:00' } }) });
    expect(e.ticket.kind).toBe('sev2');
    expect(e.ticket.times).toEqual({ severityAssigned: '2026-10-05T16:06:00.000Z' });
    const audit = app.db.prepare("SELECT action, row_id AS rowId FROM audit_log WHERE table_name = 'ticket_times' ORDER BY id").all();
    expect(audit).toEqual([
      { action: 'insert', rowId: `${d.ticket.id}:severityAssigned` },
      { action: 'insert', rowId: `${d.ticket.id}:referred` },
      { action: 'delete', rowId: `${d.ticket.id}:referred` },
      { action: 'update', rowId: `${d.ticket.id}:severityAssigned` },
    ]);
  });

  it('records the notifications received with their kinds, refused before the creation or of a kind the catalog lacks', async () => {
    const app = openTestApp({ clock: manualClock('2026-10-05T20:00:00Z') });
    const { sec } = await center(app);
    const { ticket } = await call<TicketDetail>(app, 'tickets:create', incident(sec.id));
    const n = await call<ContractorNotice>(app, 'notices:add', { ticketId: ticket.id, kind: 'initial', at: '2026-10-05T09:25:00-07:00', method: 'email' });
    expect(n).toMatchObject({ kind: 'initial', at: '2026-10-05T16:25:00.000Z' });
    expect(await refused(app, 'notices:add', { ticketId: ticket.id, kind: 'fax', at: '2026-10-05T09:25:00-07:00' })).toMatchObject({
      path: '/kind', message: 'Kind must be Initial notification, Update, Restored or Escalation (a Customer Care Center (help desk) notification)',
    });
    expect(await refused(app, 'notices:add', { ticketId: ticket.id, kind: 'update', at: '2026-10-05T08:59:00-07:00' })).toMatchObject({ path: '/at', message: expect.stringMatching(/^The notification cannot be before the incident's creation/) });
    expect(count(app, 'ticket_notices')).toBe(1);
  });
});

describe('evaluation through the sla:* channels', () => {
  it('a Severity 1 incident with a late initial notification shows missed with the clause, step by step, no money', async () => {
    const app = openTestApp({ clock: manualClock('2026-10-05T19:00:00Z') });
    const { sec } = await center(app);
    const { ticket } = await call<TicketDetail>(app, 'tickets:create', incident(sec.id, { times: { severityAssigned: '2026-10-05T09:05:00-07:00' } }));
    // Created 09:00, initial notification 09:40: 40 min after the creation, 25 min late.
    await call(app, 'notices:add', { ticketId: ticket.id, kind: 'initial', at: '2026-10-05T09:40:00-07:00' });
    await call(app, 'notices:add', { ticketId: ticket.id, kind: 'update', at: '2026-10-05T10:00:00-07:00' });
    const r = await call<TicketResults>(app, 'sla:ticket', { id: ticket.id });
    expect(r.month).toBe('2026-10');
    expect(r.totalCredit).toBe(0);
    const by = new Map(r.results.map((x) => [x.sla, x]));
    expect([...by.keys()]).toEqual(['severity-assignment', 'initial-notification', 'resolver-acknowledgement', 'update-notifications', 'restored-notification']);
    const initial = by.get('initial-notification')!;
    expect(initial).toMatchObject({ status: 'missed', title: 'Initial notification', clause: 'Notifications: Initial Notification', catalogId: 'ccc-help-desk', measure: { minutes: 40 }, objective: { minutes: 15 }, reference: 'IM-1001' });
    expect(initial.explain[0]).toMatch(/within 15 minutes of incident creation\."$/);
    expect(initial.explain).toContain('The initial notification was recorded 2026-10-05T09:40:00-07:00, 40 min after the creation: 25 min late.');
    expect(initial.credit.amount).toBe(0);
    // As of 12:00 the 1-hour update came (10:00), the 2-hour one (11:00) did not; not restored yet.
    expect(by.get('update-notifications')!.status).toBe('missed');
    expect(by.get('restored-notification')!.status).toBe('pending');
    expect(by.get('resolver-acknowledgement')!.status).toBe('pending');
    // sla:result gives the same row by its key; the month report lists it among the missed.
    const one = await call<SlaResultRow>(app, 'sla:result', { month: '2026-10', key: initial.key });
    expect(one.explain).toEqual(initial.explain);
    const month = await call<MonthReport>(app, 'sla:month', { month: '2026-10', missedOnly: true });
    expect(month.results.map((x) => x.sla)).toEqual(expect.arrayContaining(['initial-notification', 'update-notifications']));
    expect(month.totalCredit).toBe(0);
  });

  it('counts down to the next notification due on the ticket and on the board', async () => {
    const app = openTestApp({ clock: manualClock('2026-10-05T16:10:00Z') });
    const { sec } = await center(app);
    const d = await call<TicketDetail>(app, 'tickets:create', incident(sec.id, { kind: 'sev2', times: { severityAssigned: '2026-10-05T09:04:00-07:00' } }));
    // 09:10: initial notification due 09:15 (5 min left), the 1-hour update at 10:00 (50 min).
    expect(d.countdowns.map((c) => [c.label, c.remainingMs / 60_000, c.dueAt])).toEqual([
      ['Initial notification', 5, '2026-10-05T16:15:00.000Z'],
      ['Update notifications: 1-hour update', 50, '2026-10-05T17:00:00.000Z'],
    ]);
    const board = await call<{ entries: Array<{ ticket: { id: number }; countdowns: Array<{ key: string }> }> }>(app, 'tickets:board', {});
    expect(board.entries[0]!.countdowns.map((c) => c.key)).toEqual(['initial-notification', 'update-notifications@2026-10-05T17:00:00.000Z']);
  });

  it('scores a month\'s figures entered by hand: an abandon rate of 6.5% misses, on the scorecard with its trend', async () => {
    const app = openTestApp({ clock: manualClock('2026-11-03T17:00:00Z') });
    const { contractorId } = await center(app);
    const k = { contractorId, catalogId: 'ccc-help-desk' };
    // September: 40 of 1,000 callers abandoned (4%); October: 65 of 935 + 65 = 1,000 (6.5%).
    await call(app, 'figures:set', { ...k, period: '2026-09', values: { 'calls-answered': 960, 'speed-of-answer-seconds': 29, 'calls-abandoned': 40, 'resolved-first-contact': 700 } });
    const oct = await call<PeriodFigures>(app, 'figures:set', { ...k, period: '2026-10', values: { 'calls-answered': '935', 'speed-of-answer-seconds': '31.2', 'calls-abandoned': '65', 'resolved-first-contact': '700' } });
    expect(oct.values).toEqual({ 'calls-answered': 935, 'speed-of-answer-seconds': 31.2, 'calls-abandoned': 65, 'resolved-first-contact': 700 });
    await call(app, 'figures:set', { ...k, period: '2026', values: { 'satisfaction-score': 4.2 } });
    const s = await call<Scorecard>(app, 'sla:scorecard', { contractorId, month: '2026-10' });
    expect(s.targets.map((t) => [t.sla, t.status, t.measure])).toEqual([
      ['speed-of-answer', 'met', { seconds: 31.2 }],
      ['abandon-rate', 'missed', { percent: 6.5 }],
      ['first-contact-resolution', 'met', { percent: 74.8663 }], // 700 / 935 = 74.866310…%
      ['customer-satisfaction', 'met', { score: 4.2 }],
    ]);
    expect(s.targets[1]!.explain).toContain('65 calls abandoned of 1,000 (935 calls answered + 65 calls abandoned) = 6.5000%; objective at most 6%: missed by 0.5000 points.');
    expect(s.trend).toHaveLength(12);
    expect(s.trend.at(-2)).toEqual({ month: '2026-09', points: [
      { sla: 'speed-of-answer', value: 29, met: true }, { sla: 'abandon-rate', value: 4, met: true },
      { sla: 'first-contact-resolution', value: 72.9167, met: true }, { sla: 'customer-satisfaction', value: 4.2, met: true },
    ] }); // 700 / 960 = 72.916666…%
    expect(s.trend[0]).toEqual({ month: '2025-11', points: expect.arrayContaining([{ sla: 'abandon-rate', value: null, met: null }]) });
    expect(s.remedy).toMatch(/names no remedy/);
  });

  it('refuses figures the catalog does not allow, naming the field, and writes nothing', async () => {
    const app = openTestApp({ clock: manualClock('2026-11-03T17:00:00Z') });
    const { contractorId } = await center(app);
    const k = { contractorId, catalogId: 'ccc-help-desk' };
    const bad = async (period: string, values: Record<string, unknown>) => refused(app, 'figures:set', { ...k, period, values });
    expect(await bad('2026-10', { 'calls-answered': 935, 'resolved-first-contact': 936 })).toMatchObject({ path: '/values/resolved-first-contact', message: 'Resolved on first contact (936) cannot be more than calls answered (935)' });
    expect(await bad('2026-10', { 'calls-abandoned': '6.5' })).toMatchObject({ path: '/values/calls-abandoned', message: 'Calls abandoned must be a whole number of calls' });
    expect(await bad('2026-10', { 'speed-of-answer-seconds': '31.25' })).toMatchObject({ path: '/values/speed-of-answer-seconds', message: 'Average speed of answer has at most 1 decimal' });
    expect(await bad('2026', { 'satisfaction-score': 5.5 })).toMatchObject({ path: '/values/satisfaction-score', message: 'Customer satisfaction score is at most 5 (points of 5)' });
    expect(await bad('2026-10', { 'satisfaction-score': 4 })).toMatchObject({ path: '/values/satisfaction-score' });
    expect(await bad('2026-12', { 'calls-answered': 1 })).toMatchObject({ path: '/period', message: 'Period cannot be in the future (this month is 2026-11)' });
    // AT&T is not under the help desk's contract.
    expect(await refused(app, 'figures:set', { contractorId: 1, catalogId: 'ccc-help-desk', period: '2026-10', values: { 'calls-answered': 1 } })).toMatchObject({ path: '/contractorId', code: 'refused' });
    expect(count(app, 'contract_figures')).toBe(0);
  });

  it('imports the center\'s CSV report: mapped, previewed with per-line errors, committed in one transaction, audited', async () => {
    const app = openTestApp({ clock: manualClock('2026-11-03T17:00:00Z') });
    const { contractorId } = await center(app);
    const k = { contractorId, catalogId: 'ccc-help-desk' };
    await call(app, 'figures:set', { ...k, period: '2026-08', values: { 'calls-answered': 1 } });
    const csv = [
      'Month,Calls Answered,ASA,Abandoned,First Contact Resolution,Comment',
      'Aug 2026,950,30.5,50,700,',
      '09/2026,960,29,40,700,',
      '2026-10,935,31.2,65,940,typo in FCR',
      'Octobre,1,1,1,1,',
    ].join('\n');
    const p = await call<{ mapping: Record<string, string>; rows: Array<{ line: number; period: string | null; values: Record<string, number> | null; replaces: boolean; problems: Array<{ field: string; message: string }> }>; validCount: number; invalidCount: number }>(
      app, 'figures:importPreview', { ...k, csv },
    );
    expect(p.mapping).toEqual({ Month: 'period', 'Calls Answered': 'calls-answered', ASA: 'speed-of-answer-seconds', Abandoned: 'calls-abandoned', 'First Contact Resolution': 'resolved-first-contact' });
    expect([p.validCount, p.invalidCount]).toEqual([2, 2]);
    expect(p.rows.map((r) => [r.line, r.period, r.replaces, r.problems])).toEqual([
      [2, '2026-08', true, []],
      [3, '2026-09', false, []],
      [4, '2026-10', false, [{ field: 'First Contact Resolution', message: 'Resolved on first contact (940) cannot be more than calls answered (935)' }]],
      [5, null, false, [{ field: 'Month', message: '"Octobre" is not a month (2026-10, 10/2026, Oct 2026) or a year' }]],
    ]);
    expect(count(app, 'contract_figures')).toBe(1); // the preview writes nothing
    const valid = p.rows.filter((r) => r.values !== null).map((r) => ({ period: r.period!, values: r.values! }));
    expect(await call(app, 'figures:importCommit', { ...k, rows: valid, fileName: 'ccc-2026.csv' })).toEqual({ saved: 2 });
    const list = await call<PeriodFigures[]>(app, 'figures:list', { ...k, from: '2026-08', to: '2026-10' });
    expect(list.map((x) => [x.period, x.source, x.values['calls-answered']])).toEqual([['2026-09', 'import ccc-2026.csv', 960], ['2026-08', 'import ccc-2026.csv', 950]]);
    // A batch with one bad line writes none of it.
    expect(await refused(app, 'figures:importCommit', { ...k, rows: [{ period: '2026-07', values: { 'calls-answered': 5 } }, { period: '2026-06', values: { 'calls-answered': -1 } }] })).toMatchObject({ path: '/rows/1/values/calls-answered' });
    expect(count(app, 'contract_figures')).toBe(8);
    // Audited: the form's August figure; August's import (1 update, 3 inserts); September's 4 inserts; nothing of the refused batch.
    expect((app.db.prepare("SELECT count(*) AS n FROM audit_log WHERE table_name = 'contract_figures'").get() as { n: number }).n).toBe(1 + 4 + 4);
  });

  it('checks the month\'s bill: incidents per line of support × the year\'s rates beside the billed amount, in cents', async () => {
    const app = openTestApp({ clock: manualClock('2026-11-03T17:00:00Z') });
    const { contractorId, sec, hw } = await center(app);
    const k = { contractorId, catalogId: 'ccc-help-desk' };
    // October: 3 security incidents and 2 hardware calls (one created 2026-11-01 00:30 PDT counts for November).
    for (const [svc, at] of [[sec, '2026-10-02T10:00:00-07:00'], [sec, '2026-10-09T10:00:00-07:00'], [sec, '2026-10-31T23:59:00-07:00'], [hw, '2026-10-12T08:00:00-07:00'], [hw, '2026-10-20T08:00:00-07:00'], [hw, '2026-11-01T00:30:00-07:00']] as const) {
      await call(app, 'tickets:create', incident(svc.id, { kind: 'sev3', openedAt: at, contractorTicket: `IM-${at}` }));
    }
    await call(app, 'billing:setRates', { ...k, year: '2026', rates: [{ serviceType: 'security-support', rate: '18.50' }, { serviceType: 'hardware-support', rate: '42.00' }] });
    await call(app, 'billing:setBilled', { ...k, month: '2026-10', amount: '181.50', invoice: 'INV-2026-10' });
    const c = await call<BillingCheckView>(app, 'sla:billingCheck', { contractorId, month: '2026-10' });
    // 3 × $18.50 = $55.50; 2 × $42.00 = $84.00; expected $139.50; billed $181.50: $42.00 more (one hardware call too many).
    expect(c.lines.filter((l) => l.count > 0).map((l) => [l.serviceType, l.count, l.rateCents, l.expectedCents])).toEqual([['security-support', 3, 1850, 5550], ['hardware-support', 2, 4200, 8400]]);
    expect([c.expectedCents, c.billedCents, c.differenceCents, c.invoice]).toEqual([13950, 18150, 4200, 'INV-2026-10']);
    expect(c.explain).toContain('Billed $42.00 more than the incidents on record support: ask the center for its billing detail report.');
    // A line with incidents and no rate leaves the expected bill unknown.
    await call(app, 'billing:setRates', { ...k, year: '2026', rates: [{ serviceType: 'security-support', rate: '18.50' }] });
    const d = await call<BillingCheckView>(app, 'sla:billingCheck', { contractorId, month: '2026-10' });
    expect([d.expectedCents, d.differenceCents, d.missingRates]).toEqual([null, null, ['Hardware Support/Dispatch Support']]);
    expect(await refused(app, 'billing:setRates', { ...k, year: '2026', rates: [{ serviceType: 'fax-support', rate: '1' }] })).toMatchObject({ path: '/rates/0/serviceType' });
    expect(await refused(app, 'billing:setBilled', { ...k, month: '2026-12', amount: '1' })).toMatchObject({ path: '/month' });
  });

  it('exports the month as a help-desk case file the sla command reads back to the same verdicts', async () => {
    const app = openTestApp({ clock: manualClock('2026-11-03T17:00:00Z') });
    const { contractorId, sec } = await center(app);
    const { ticket } = await call<TicketDetail>(app, 'tickets:create', incident(sec.id, { times: { severityAssigned: '2026-10-05T09:05:00-07:00' } }));
    await call(app, 'notices:add', { ticketId: ticket.id, kind: 'initial', at: '2026-10-05T09:40:00-07:00' });
    await call(app, 'figures:set', { contractorId, catalogId: 'ccc-help-desk', period: '2026-10', values: { 'calls-answered': 935, 'calls-abandoned': 65 } });
    const [file] = await call<Array<{ text: string; catalogId: string }>>(app, 'caseFiles:export', { month: '2026-10', contractorId });
    expect(file!.catalogId).toBe('ccc-help-desk');
    const c = JSON.parse(file!.text) as { catalog: string; tickets: Array<Record<string, unknown>>; figures: unknown };
    expect(c.catalog).toBe('ccc-help-desk');
    expect(c.tickets[0]).toMatchObject({ id: 'IM-1001', kind: 'sev1', severityAssignedAt: '2026-10-05T16:05:00.000Z', notifications: [{ kind: 'initial', at: '2026-10-05T16:40:00.000Z' }] });
    expect(c.figures).toEqual([{ period: '2026-10', values: { 'calls-answered': 935, 'calls-abandoned': 65 } }]);
    const { validateAnyCase, evaluateAnyCase } = await import('../../../shared/sla');
    const v = validateAnyCase(c);
    expect(v.ok).toBe(true);
    const report = evaluateAnyCase((v as { ok: true; value: Parameters<typeof evaluateAnyCase>[0] }).value);
    const app2 = await call<MonthReport>(app, 'sla:month', { month: '2026-10', contractorId });
    const verdicts = (rows: Array<{ sla: string; met: boolean | null }>) => rows.map((r) => `${r.sla}:${r.met}`).sort();
    expect(verdicts(report.results)).toEqual(verdicts([...app2.results, ...app2.pending]));
  });
});
