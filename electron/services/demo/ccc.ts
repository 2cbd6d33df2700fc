// The demo's second contract: the state Customer Care Center (help desk, issue 14), through the
// real channels. Its four lines of support as services; incidents of every severity (a Severity 1
// with a late initial notification, an open Severity 2 counting down to its next update, a
// Severity 3 past its 2-day escalation); three months of the center's figures (the middle one with
// 6.5% of callers abandoning) and the year's satisfaction score; the year's rates and a billed
// amount one hardware call above what the incidents on record support.
import { shiftMonth, toUtcIso } from '../../../shared/calendar/instant';
import { monthOf } from '../../../shared/calendar/instant';
import { ZoneClock } from '../../../shared/calendar/zoneClock';
import type { AppServices } from '../app';
import { call, DAY, HOUR as H, MINUTE as M, type Made } from './channels';
import { DEMO_ZONE } from './month';

export const DEMO_CCC_NAME = 'State Customer Care Center';
const CATALOG = 'ccc-help-desk';

/** The center's three months of figures before the current one (oldest first) and its year. */
export function demoCccMonths(nowMs: number): string[] {
  const current = monthOf(nowMs, DEMO_ZONE);
  return [shiftMonth(current, 3), shiftMonth(current, 2), shiftMonth(current, 1)];
}

export async function seedDemoCcc(app: AppServices, nowMs: number): Promise<void> {
  const { id: contractorId } = await call<Made>(app, 'contractors:create', { name: DEMO_CCC_NAME });
  const line = async (circuitId: string, serviceType: string) =>
    (await call<Made>(app, 'services:create', { circuitId, contractorId, serviceType, tier: '', tmrc: 0, catalogId: CATALOG, address: 'Statewide help desk, 24x7x365' })).id;
  const sec = await line('CCC-SEC', 'security-support');
  const desk = await line('CCC-DESK', 'desktop-software-support');
  const appSupport = await line('CCC-APP', 'application-support');
  const hw = await line('CCC-HW', 'hardware-support');

  let n = 4100;
  const incident = async (serviceId: number, kind: string, createdMs: number, times: Record<string, number>, description: string) =>
    (
      await call<{ ticket: Made }>(app, 'tickets:create', {
        serviceId, kind, contractorTicket: `IM${++n}`, openedAt: toUtcIso(createdMs), description,
        times: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, toUtcIso(createdMs + v)])),
      })
    ).ticket.id;
  const notify = (ticketId: number, kind: string, atMs: number) => call(app, 'notices:add', { ticketId, kind, at: toUtcIso(atMs), method: 'email', note: 'IM Notification' });
  const event = (ticketId: number, kind: string, atMs: number, detail = '') => call(app, 'tickets:addEvent', { ticketId, kind, at: toUtcIso(atMs), who: 'Demo ATR', detail });

  // Severity 1, this morning: the initial notification came 35 minutes after the incident was
  // created (15 allowed); everything else on time. Restored and closed.
  const c1 = nowMs - 5 * H;
  const s1 = await incident(sec, 'sev1', c1, { severityAssigned: 4 * M, referred: 8 * M, acknowledged: 19 * M }, 'Directory service down: nobody can sign in');
  await notify(s1, 'initial', c1 + 35 * M);
  await notify(s1, 'update', c1 + 58 * M);
  await notify(s1, 'update', c1 + 1 * H + 55 * M);
  await event(s1, 'restored', c1 + 2 * H + 20 * M, 'Domain controller restarted');
  await notify(s1, 'restored', c1 + 2 * H + 30 * M);
  await event(s1, 'closed', c1 + 3 * H);

  // Severity 2, open: referred and notified, the resolver has not acknowledged; the 1-hour update is due soon.
  const c2 = nowMs - 50 * M;
  const s2 = await incident(appSupport, 'sev2', c2, { severityAssigned: 6 * M, referred: 10 * M }, 'Timesheet application returns errors on submit');
  await notify(s2, 'initial', c2 + 12 * M);

  // Severity 3, open three days after its referral: the supervisor escalation was due after 2 days.
  const c3 = nowMs - 3 * DAY - 2 * H;
  await incident(hw, 'sev3', c3, { severityAssigned: 9 * M, referred: 40 * M }, 'Replacement laptop dock not delivered');

  // Last month's incidents, the ones its bill counts: 2 security, 1 desktop, 1 hardware call.
  const months = demoCccMonths(nowMs);
  const last = months[2]!;
  const start = ZoneClock.of(DEMO_ZONE).monthBounds(last).start;
  for (const [serviceId, day, text] of [
    [sec, 3, 'Password reset for a locked account'],
    [sec, 11, 'RSA token PIN reset'],
    [desk, 17, 'Excel macro question'],
    [hw, 22, 'Printer jam, vendor dispatched'],
  ] as const) {
    const created = start + day * DAY + 10 * H;
    const id = await incident(serviceId, 'sev3', created, { severityAssigned: 5 * M, referred: 20 * M }, text);
    await event(id, 'restored', created + 6 * H);
    await event(id, 'closed', created + 7 * H);
  }

  // The center's monthly report for three months (the middle one: 65 of 1,000 callers abandoned,
  // 6.5%, above the 6% allowed) and the year's satisfaction score.
  const figures: Array<[string, Record<string, number>]> = [
    [months[0]!, { 'calls-answered': 1012, 'speed-of-answer-seconds': 32.4, 'calls-abandoned': 48, 'resolved-first-contact': 742 }],
    [months[1]!, { 'calls-answered': 935, 'speed-of-answer-seconds': 31.2, 'calls-abandoned': 65, 'resolved-first-contact': 700 }],
    [months[2]!, { 'calls-answered': 988, 'speed-of-answer-seconds': 28.9, 'calls-abandoned': 41, 'resolved-first-contact': 731 }],
  ];
  for (const [period, values] of figures) await call(app, 'figures:set', { contractorId, catalogId: CATALOG, period, values });
  await call(app, 'figures:set', { contractorId, catalogId: CATALOG, period: last.slice(0, 4), values: { 'satisfaction-score': 4.3 } });

  // The year's flat rates, and last month's bill: one hardware call more than on record (with the
  // four incidents above, 2 × $18.50 + $22.00 + $42.00 = $101.00 expected and $143.00 billed; an
  // incident of this week falls in last month when the month has just begun, so the bill is the
  // check's expected amount plus $42.00).
  const rates = [
    { serviceType: 'security-support', rate: '18.50' },
    { serviceType: 'desktop-software-support', rate: '22.00' },
    { serviceType: 'application-support', rate: '35.00' },
    { serviceType: 'hardware-support', rate: '42.00' },
  ];
  for (const year of new Set([last.slice(0, 4), monthOf(nowMs, DEMO_ZONE).slice(0, 4)])) await call(app, 'billing:setRates', { contractorId, catalogId: CATALOG, year, rates });
  const check = await call<{ expectedCents: number }>(app, 'sla:billingCheck', { contractorId, catalogId: CATALOG, month: last });
  const billed = (check.expectedCents + 4200) / 100;
  await call(app, 'billing:setBilled', { contractorId, catalogId: CATALOG, month: last, amount: billed.toFixed(2), invoice: `CCC-${last}`, note: 'Monthly billing detail report' });
}
