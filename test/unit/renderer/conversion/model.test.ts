// The conversion screens' view model (renderer/conversion/model.ts), their addresses (route.ts) and
// the timeline chart's words (board/timelineText.ts). The items here are as conversion:project
// answers them: decisions, steps and reasons come from the rules, the screens only show them.
import { describe, expect, it } from 'vitest';
import type { ConversionItem, ConversionBoard, MilestoneProgress, RoleAssignment } from '../../../../shared/ipc/conversion';
import {
  atoText, byText, defaultActor, draftFromForm, filterItems, formFromItem, form20Text, milestoneDrafts, milestoneProgressText, milestoneShare, NO_FILTERS, projectErrors,
  rowErrors, stepRows, targetText, visibleSelection, whoMay, MILESTONE_FIELD_LABELS, milestoneRow,
} from '../../../../renderer/conversion/model';
import { conversionRouteFromHash, hrefForItem, hrefForProject, hrefForSchedule, scheduleRouteFromHash } from '../../../../renderer/conversion/route';
import { markerPlacements, periodText, tickText, timelineSummary } from '../../../../renderer/conversion/board/timelineText';
import { screenFromHash } from '../../../../renderer/shell/route';

const FORM20_BLOCK = 'A Migration is an order for new service: its Form 20 must be completed before it is ordered (ATR 13-06). The Form 20 is not started.';

function item(over: Partial<ConversionItem> = {}): ConversionItem {
  return {
    id: 1, projectId: 1, oldCircuitId: 'C2-SAC-0001', serviceId: null, serviceCircuitId: null, serviceRetiredOn: null, incumbentContractorId: 1,
    incumbentContractorName: 'AT&T', incumbentService: 'Converged VoIP', site: 'SAC-HQ', oldTmrcCents: 30000, targetContractorId: null,
    targetContractorName: null, targetService: '', decision: 'transition', decisionLabel: 'Transition', decisionReason: 'Transition (automatic)…',
    status: 'planned', statusLabel: 'Planned', form20Status: 'none', form20On: null, form20Required: false, newCircuitId: '', newServiceId: null,
    preferredTimeframe: '', scheduledOn: null, authorizedOn: null, orderedOn: null, orderReference: '', actualOn: null, oldDisconnectedOn: null,
    disconnectNoticeOn: null, notes: '', parallelBilling: null, atRisk: null, createdAt: '', updatedAt: '',
    steps: [
      { step: 'authorize', allowed: true, reason: null, roles: ['manager'] },
      { step: 'order', allowed: false, reason: "Not authorized yet: only the Customer Conversion Manager's authorization lets an item be ordered (ATR 13-06).", roles: ['coordinator'] },
      { step: 'convert', allowed: false, reason: 'Not ordered yet: an item is converted after it is authorized and ordered.', roles: ['coordinator'] },
      { step: 'disconnect', allowed: false, reason: 'Only a service with a disconnect notice is disconnected without a replacement: record the disconnect notice first.', roles: ['coordinator'] },
    ],
    ...over,
  };
}

const migration = item({
  id: 2, oldCircuitId: 'C2-SAC-0002', targetContractorId: 2, targetContractorName: 'Verizon', targetService: 'Converged VoIP', decision: 'migration',
  decisionLabel: 'Migration', form20Required: true, status: 'authorized', authorizedOn: '2026-11-03', notes: 'Moving the office',
  steps: [
    { step: 'authorize', allowed: false, reason: 'This item is already authorized (on 2026-11-03).', roles: ['manager'] },
    { step: 'order', allowed: false, reason: FORM20_BLOCK, roles: ['coordinator'] },
    { step: 'convert', allowed: false, reason: 'Not ordered yet: an item is converted after it is ordered.', roles: ['coordinator'] },
    { step: 'disconnect', allowed: false, reason: 'Only a service with a disconnect notice is disconnected without a replacement.', roles: ['coordinator'] },
  ],
});
const undecided = item({ id: 3, oldCircuitId: 'C2-OAK-0003', decision: null, decisionLabel: 'Undecided', incumbentService: 'Centrex line', site: 'OAK-01' });

const roles: RoleAssignment[] = [
  { role: 'manager', title: 'Customer Conversion Manager', duties: [], steps: ['authorize'], contactId: 7, name: 'Alex Rivera', phone: '', email: '' },
  { role: 'coordinator', title: 'Customer Conversion Coordinator', duties: [], steps: ['order', 'convert', 'disconnect'], contactId: null, name: '', phone: '', email: '' },
];

describe('filtering the items', () => {
  const all = [item(), migration, undecided];
  it('keeps every item with no filter, and matches every word of the search in any column shown', () => {
    expect(filterItems(all, NO_FILTERS)).toHaveLength(3);
    expect(filterItems(all, { ...NO_FILTERS, text: 'verizon office' }).map((i) => i.oldCircuitId)).toEqual(['C2-SAC-0002']);
    expect(filterItems(all, { ...NO_FILTERS, text: 'centrex' }).map((i) => i.oldCircuitId)).toEqual(['C2-OAK-0003']);
  });
  it('filters by decision (undecided is no decision), status and the Form 20 still needed', () => {
    expect(filterItems(all, { ...NO_FILTERS, decision: 'undecided' }).map((i) => i.id)).toEqual([3]);
    expect(filterItems(all, { ...NO_FILTERS, decision: 'transition' }).map((i) => i.id)).toEqual([1]);
    expect(filterItems(all, { ...NO_FILTERS, status: 'authorized' }).map((i) => i.id)).toEqual([2]);
    expect(filterItems(all, { ...NO_FILTERS, flag: 'form20-needed' }).map((i) => i.id)).toEqual([2]);
    expect(filterItems([...all, { ...migration, id: 4, form20Status: 'completed' }], { ...NO_FILTERS, flag: 'form20-needed' }).map((i) => i.id)).toEqual([2]);
  });
  it('acts only on ticked items still shown', () => {
    expect(visibleSelection([1, 2, 3], [migration, undecided])).toEqual([2, 3]);
  });
});

describe('an item in words', () => {
  it('says where it goes: the target, the same contractor for an automatic Transition, nothing for a Disconnect', () => {
    expect(targetText(migration)).toBe('Verizon: Converged VoIP');
    expect(targetText(item())).toBe('Same contractor and service');
    expect(targetText(item({ decision: 'disconnect' }))).toBe('—');
    expect(targetText(undecided)).toBe('');
  });
  it('says a Transition needs no Form 20, and dates a completed one', () => {
    expect(form20Text(item())).toBe('Not needed');
    expect(form20Text(migration)).toBe('Not started');
    expect(form20Text({ ...migration, form20Status: 'completed', form20On: '2026-11-04' })).toBe('Completed Nov 4, 2026');
  });
  it('shows the ATO on file for the target contractor only where the agency needs one', () => {
    const atos = [
      { contractorId: 1, contractorName: 'AT&T', onFileOn: '2026-11-16', reference: '', note: '', updatedAt: null },
      { contractorId: 2, contractorName: 'Verizon', onFileOn: null, reference: '', note: '', updatedAt: null },
    ];
    expect(atoText(migration, atos, true)).toBe('None on file');
    expect(atoText({ targetContractorId: 1 }, atos, true)).toBe('On file Nov 16, 2026');
    expect(atoText(migration, atos, false)).toBeNull();
    expect(atoText(undecided, atos, true)).toBeNull();
  });
  it('names who acted and in which role', () => {
    expect(byText({ byName: 'Alex Rivera', byRoles: ['manager'] })).toBe('Alex Rivera, Customer Conversion Manager');
    expect(byText({ byName: 'Sam Chen', byRoles: ['manager', 'coordinator'] })).toBe('Sam Chen, Customer Conversion Manager and Customer Conversion Coordinator');
    expect(byText({ byName: '', byRoles: [] })).toBe('');
  });
});

describe('the steps of an item', () => {
  it('shows a step done with its date, the next one blocked with the rule’s own words, the later ones quieter', () => {
    const rows = stepRows(migration, roles);
    expect(rows.map((r) => [r.step, r.state, r.later])).toEqual([
      ['authorize', 'done', false],
      ['order', 'blocked', false],
      ['convert', 'blocked', true],
      ['disconnect', 'blocked', true],
    ]);
    expect(rows[0]!.on).toBe('2026-11-03');
    expect(rows[1]!.reason).toBe(FORM20_BLOCK);
    expect(rows[0]!.reason).toBeNull();
  });
  it('offers an allowed step to the role that takes it, named or not yet', () => {
    const rows = stepRows(item(), roles);
    expect(rows[0]).toMatchObject({ state: 'allowed', who: 'Customer Conversion Manager, Alex Rivera' });
    expect(rows[1]!.who).toBe('Customer Conversion Coordinator (not named yet)');
    expect(whoMay(['manager', 'coordinator'], roles)).toBe('Customer Conversion Manager, Alex Rivera or Customer Conversion Coordinator (not named yet)');
  });
  it('calls a converted item’s disconnect that of its old service', () => {
    const converted = item({ status: 'converted', actualOn: '2026-11-10', steps: item().steps.map((s) => (s.step === 'disconnect' ? { ...s, allowed: true, reason: null } : s)) });
    expect(stepRows(converted, roles)[3]).toMatchObject({ label: 'Disconnect the old service', state: 'allowed' });
  });
  it('chooses first the contact holding the step’s role', () => {
    expect(defaultActor(['manager'], roles)).toBe(7);
    expect(defaultActor(['coordinator'], roles)).toBeNull();
  });
});

describe('the item form', () => {
  it('goes back and forth to the channel’s draft: empty choices and dates are null, money in dollars', () => {
    const form = formFromItem({ ...migration, scheduledOn: '2026-11-10' });
    expect(form).toMatchObject({ oldTmrc: '300.00', targetContractorId: '2', scheduledOn: '2026-11-10', serviceId: '' });
    expect(draftFromForm(form)).toMatchObject({ oldTmrc: '300.00', targetContractorId: 2, scheduledOn: '2026-11-10', serviceId: null, disconnectNoticeOn: null });
    // No incumbent chosen: 0, which the seam refuses as "Incumbent contractor is required".
    expect(draftFromForm({ ...form, incumbentContractorId: '', oldTmrc: ' ' })).toMatchObject({ incumbentContractorId: 0, oldTmrc: null });
  });
  it('sends a percent that is not a number as null, so the seam names the field', () => {
    expect(milestoneDrafts([milestoneRow({ label: 'Half', percent: '50', dueOn: '2013-12-31' }), milestoneRow({ label: 'All', percent: 'x', dueOn: '' })])).toEqual([
      { label: 'Half', percent: 50, dueOn: '2013-12-31' },
      { label: 'All', percent: null, dueOn: '' },
    ]);
  });
  it('puts a list’s errors beside their row and field, the project’s beside its fields', () => {
    const error = {
      code: 'invalid', message: 'Invalid', path: '/milestones/1/percent',
      issues: [
        { path: '/milestones/1/percent', message: 'Percent must be at most 100' },
        { path: '/project/oldContractEnd', message: 'Old contract end must be a date like 2014-01-15' },
      ],
    };
    const split = projectErrors(error);
    expect(split.rows.get(1)).toEqual({ percent: 'Percent must be at most 100' });
    expect(split.errors.fields.oldContractEnd).toBe('Old contract end must be a date like 2014-01-15');
    expect(rowErrors({ code: 'invalid', message: 'is required', path: '/milestones/0/label' }, 'milestones', MILESTONE_FIELD_LABELS).rows.get(0)).toEqual({ label: 'Milestone is required' });
  });
});

describe('milestones in words', () => {
  const m = (over: Partial<MilestoneProgress>): MilestoneProgress => ({ milestoneId: 1, label: '90% converted', percent: 90, dueOn: '2014-01-15', needed: 10, doneByDue: 7, doneNow: 7, state: 'missed', daysLeft: -3, ...over });
  it('counts what was done by the date, or so far while open', () => {
    expect(milestoneProgressText(m({}))).toBe('7 of 10 items needed done by Jan 15, 2014');
    expect(milestoneProgressText(m({ state: 'open', doneNow: 4, daysLeft: 5 }))).toBe('4 of 10 items needed done so far, in 5 days');
    expect(milestoneShare(m({}))).toBe(70);
    expect(milestoneShare(m({ state: 'met', doneByDue: 12 }))).toBe(100);
  });
});

describe('addresses', () => {
  it('reads the project’s views, an item and the schedule from the hash', () => {
    expect(screenFromHash('#/conversions/3/items/17')).toBe('conversions');
    expect(conversionRouteFromHash('#/conversions')).toEqual({ kind: 'projects' });
    expect(conversionRouteFromHash('#/conversions/3')).toEqual({ kind: 'project', projectId: 3, tab: 'board' });
    expect(conversionRouteFromHash('#/conversions/3/setup')).toEqual({ kind: 'project', projectId: 3, tab: 'setup' });
    expect(conversionRouteFromHash('#/conversions/3/items/17')).toEqual({ kind: 'item', projectId: 3, itemId: 17 });
    expect(conversionRouteFromHash('#/conversions/0/items')).toEqual({ kind: 'projects' });
    expect(scheduleRouteFromHash(hrefForSchedule(3))).toEqual({ projectId: 3 });
    expect(scheduleRouteFromHash('#/conversions/3/items')).toBeNull();
    expect([hrefForProject(3), hrefForProject(3, 'items'), hrefForItem(3, 17)]).toEqual(['#/conversions/3', '#/conversions/3/items', '#/conversions/3/items/17']);
  });
});

describe('the timeline chart’s words', () => {
  const t: ConversionBoard['timeline'] = {
    granularity: 'week',
    points: [
      { periodEnd: '2014-01-04', label: '2014-01-04', planned: 2, done: 1, target: null },
      { periodEnd: '2014-01-11', label: '2014-01-11', planned: 5, done: 3, target: 6 },
      { periodEnd: '2014-01-18', label: '2014-01-18', planned: 8, done: null, target: 11 },
      { periodEnd: '2014-01-25', label: '2014-01-25', planned: 12, done: null, target: 11 },
      { periodEnd: '2014-02-01', label: '2014-02-01', planned: 12, done: null, target: 12 },
    ],
    markers: [
      { on: '2014-01-15', label: '90% converted', items: 11 },
      { on: '2014-01-29', label: 'CALNET 2 ends', items: null },
      { on: '2014-01-29', label: '100% converted', items: 12 },
    ],
  };
  it('puts each marker in the week that holds its date, several in one week on one line, and today there too', () => {
    expect(markerPlacements(t, '2014-01-10')).toEqual([
      { index: 1, on: '2014-01-10', label: 'Today', today: true },
      { index: 2, on: '2014-01-15', label: '90% converted', today: false },
      { index: 4, on: '2014-01-29', label: 'CALNET 2 ends · 100% converted', today: false },
    ]);
    // Today after the last week is not drawn.
    expect(markerPlacements(t, '2014-03-01').some((m) => m.today)).toBe(false);
  });
  it('names weeks by their last day and months by name, the year where it changes', () => {
    expect(tickText('2014-01-04', 'week', 3)).toBe('Jan 4');
    expect(tickText('2013-12-31', 'month', 0)).toBe('Dec 2013');
    expect(tickText('2014-01-31', 'month', 2)).toBe('Jan 2014');
    expect(tickText('2014-02-28', 'month', 3)).toBe('Feb');
    expect(periodText('2014-01-04', 'week')).toBe('Jan 4, 2014');
  });
  it('sums the chart up for screen readers: done so far is the last week with a count', () => {
    expect(timelineSummary(t, 12)).toBe('Timeline by week, Jan 4, 2014 to Feb 1, 2014: 3 of 12 items done so far, 12 planned by the end, milestone target 12.');
  });
});
