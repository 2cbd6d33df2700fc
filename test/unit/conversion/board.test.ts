// The conversion board (shared/conversion/board.ts) on a ten-item CALNET 2 → CALNET 3 project,
// "today" 2014-01-10, with the template's milestones (50% by 2013-12-31, 90% by 2014-01-15, 100%
// by 2014-01-29). Every figure below was counted by hand from the list.
import { describe, expect, it } from 'vitest';
import { atRisk, conversionBoard, deadlines, neededFor, scheduleRows, type BoardItem, type ScheduleItem } from '../../../shared/conversion/board';

const TODAY = '2014-01-10';
const project = { oldProgram: 'CALNET 2', oldContractEnd: '2014-01-29', newContractAward: '2013-11-15' };
const milestones = [
  { id: 3, label: '100% converted', percent: 100, dueOn: '2014-01-29' },
  { id: 1, label: '50% converted', percent: 50, dueOn: '2013-12-31' },
  { id: 2, label: '90% converted', percent: 90, dueOn: '2014-01-15' },
];

const it_ = (id: number, decision: BoardItem['decision'], status: BoardItem['status'], scheduledOn: string | null, actualOn: string | null): BoardItem => ({
  id, oldCircuitId: `C2-${id}`, decision, status, scheduledOn, actualOn, parallelBilling: null,
});

const ITEMS: BoardItem[] = [
  it_(1, 'transition', 'converted', '2013-12-18', '2013-12-20'),
  it_(2, 'transition', 'converted', null, '2013-12-30'),
  it_(3, 'disconnect', 'disconnected', null, '2013-12-31'),
  it_(4, 'migration', 'converted', '2014-01-06', '2014-01-06'),
  it_(5, 'transition', 'converted', null, '2014-01-08'),
  it_(6, 'migration', 'ordered', '2014-01-14', null),
  it_(7, 'transition', 'authorized', '2014-01-20', null),
  it_(8, null, 'planned', null, null),
  it_(9, 'migration', 'planned', '2014-01-27', null),
  it_(10, 'disconnect', 'planned', null, null),
];

describe('the board', () => {
  const board = conversionBoard(ITEMS, milestones, project, TODAY);

  it('counts items by decision and by status; done = converted + disconnected', () => {
    expect(board.counts).toEqual({
      total: 10,
      byDecision: { transition: 4, migration: 3, disconnect: 2, undecided: 1 },
      byStatus: { planned: 3, authorized: 1, ordered: 1, converted: 4, disconnected: 1 },
      done: 5,
    });
  });

  it('measures each milestone: 50% missed (3 of 5 by Dec 31), 90% and 100% open', () => {
    expect(board.milestones).toEqual([
      { milestoneId: 1, label: '50% converted', percent: 50, dueOn: '2013-12-31', needed: 5, doneByDue: 3, doneNow: 5, state: 'missed', daysLeft: -10 },
      { milestoneId: 2, label: '90% converted', percent: 90, dueOn: '2014-01-15', needed: 9, doneByDue: 5, doneNow: 5, state: 'open', daysLeft: 5 },
      { milestoneId: 3, label: '100% converted', percent: 100, dueOn: '2014-01-29', needed: 10, doneByDue: 5, doneNow: 5, state: 'open', daysLeft: 19 },
    ]);
    // A milestone reached by its date is met, even before the date.
    const early = conversionBoard(ITEMS, [{ id: 9, label: '40%', percent: 40, dueOn: '2014-01-20' }], project, TODAY);
    expect(early.milestones[0]).toMatchObject({ needed: 4, doneByDue: 5, state: 'met' });
  });

  it('rounds a milestone up: 90% of 11 items needs 10', () => {
    expect(neededFor(90, 11)).toBe(10);
    expect(neededFor(50, 10)).toBe(5);
    expect(neededFor(100, 0)).toBe(0);
  });

  it('lists the items at risk for the next deadline (the 90% milestone, 5 days away): undecided or not ordered; an ordered item is not', () => {
    expect(board.atRisk.map((r) => [r.itemId, r.risk.reason])).toEqual([
      [7, 'Not ordered 5 days before the milestone "90% converted" (2014-01-15).'],
      [8, 'Undecided 5 days before the milestone "90% converted" (2014-01-15).'],
      [9, 'Not ordered 5 days before the milestone "90% converted" (2014-01-15).'],
      [10, 'Not disconnected 5 days before the milestone "90% converted" (2014-01-15).'],
    ]);
  });

  it('is at risk within 30 days of a deadline, not 31; past every deadline it is overdue', () => {
    const only = [{ label: "the CALNET 2 contract's end", on: '2014-01-29' }];
    expect(atRisk({ decision: null, status: 'planned' }, only, '2013-12-30')).toMatchObject({ daysLeft: 30, reason: 'Undecided 30 days before the CALNET 2 contract\'s end (2014-01-29).' });
    expect(atRisk({ decision: null, status: 'planned' }, only, '2013-12-29')).toBeNull();
    expect(atRisk({ decision: 'migration', status: 'authorized' }, only, '2014-01-29')?.reason).toBe("Not ordered on the day of the CALNET 2 contract's end (2014-01-29).");
    expect(atRisk({ decision: 'migration', status: 'authorized' }, only, '2014-02-01')?.reason).toBe("Not ordered 3 days after the CALNET 2 contract's end (2014-01-29).");
    expect(atRisk({ decision: 'migration', status: 'ordered' }, only, '2014-02-01')).toBeNull();
  });

  it('a met milestone is no longer a deadline', () => {
    const met = deadlines(project, [{ milestoneId: 1, label: 'm', percent: 10, dueOn: '2014-01-15', needed: 1, doneByDue: 1, doneNow: 1, state: 'met', daysLeft: 5 }]);
    expect(met).toEqual([{ label: "the CALNET 2 contract's end", on: '2014-01-29' }]);
  });

  it('plots weeks from the award to the old contract end: planned and done cumulative, the target in force', () => {
    // 2013-11-15 to 2014-01-29 is 75 days (≤ 26 weeks): weeks ending Sunday 2013-11-17 … 2014-02-02.
    expect(board.timeline.granularity).toBe('week');
    const rows = board.timeline.points.map((p) => [p.periodEnd, p.planned, p.done, p.target]);
    expect(rows).toEqual([
      ['2013-11-17', 0, 0, null],
      ['2013-11-24', 0, 0, null],
      ['2013-12-01', 0, 0, null],
      ['2013-12-08', 0, 0, null],
      ['2013-12-15', 0, 0, null],
      ['2013-12-22', 1, 1, null],
      ['2013-12-29', 1, 1, null],
      ['2014-01-05', 3, 3, 5],
      ['2014-01-12', 5, 5, 5],
      ['2014-01-19', 6, null, 9],
      ['2014-01-26', 7, null, 9],
      ['2014-02-02', 8, null, 10],
    ]);
    expect(board.timeline.markers).toEqual([
      { on: '2013-12-31', label: '50% converted', items: 5 },
      { on: '2014-01-15', label: '90% converted', items: 9 },
      { on: '2014-01-29', label: '100% converted', items: 10 },
      { on: '2014-01-29', label: 'CALNET 2 ends', items: null },
    ]);
  });

  it('plots months over a longer span', () => {
    const long = conversionBoard([it_(1, 'transition', 'converted', null, '2013-03-04')], [], project, TODAY);
    expect(long.timeline.granularity).toBe('month');
    expect(long.timeline.points[0]).toEqual({ periodEnd: '2013-03-31', label: '2013-03', planned: 1, done: 1, target: null });
    expect(long.timeline.points.at(-1)).toEqual({ periodEnd: '2014-01-31', label: '2014-01', planned: 1, done: 1, target: null });
  });

  it('sums the parallel billing flags', () => {
    const pb = (active: boolean, cents: number) => ({ acceptedOn: '2014-01-02', oldDisconnectedOn: null, active, overlapDays: 3, doubleTmrcCents: cents, message: '' });
    const b = conversionBoard([{ ...ITEMS[0]!, parallelBilling: pb(true, 1000) }, { ...ITEMS[1]!, parallelBilling: pb(false, 250) }, ITEMS[2]!], [], project, TODAY);
    expect(b.parallelBilling).toEqual({ count: 2, active: 1, doubleTmrcCents: 1250 });
  });
});

describe('the printable schedule', () => {
  const s = (over: Partial<ScheduleItem>): ScheduleItem => ({
    ...it_(1, 'transition', 'planned', null, null),
    site: 'SAC-HQ', incumbentContractorName: 'AT&T', incumbentService: 'Centrex line', targetContractorName: null, targetService: '',
    form20Status: 'none', form20On: null, form20Required: false, preferredTimeframe: '', newCircuitId: '', notes: '', atRisk: null,
    ...over,
  });

  it('orders rows by scheduled or actual date, unscheduled last, and says each in words', () => {
    const rows = scheduleRows([
      s({ id: 1, oldCircuitId: 'B-1' }),
      s({ id: 2, oldCircuitId: 'A-2', scheduledOn: '2014-01-20', decision: 'migration', targetContractorName: 'Verizon', targetService: 'Converged VoIP', form20Required: true, form20Status: 'completed', form20On: '2014-01-03' }),
      s({ id: 3, oldCircuitId: 'C-3', status: 'converted', actualOn: '2014-01-08', parallelBilling: { acceptedOn: '2014-01-08', oldDisconnectedOn: null, active: true, overlapDays: 2, doubleTmrcCents: 7742, message: '' } }),
      s({ id: 4, oldCircuitId: 'A-4', decision: null, atRisk: { what: 'Undecided', deadline: 'x', deadlineOn: '2014-01-15', daysLeft: 5, reason: 'Undecided 5 days before x (2014-01-15).' } }),
    ]);
    expect(rows.map((r) => r.oldCircuitId)).toEqual(['C-3', 'A-2', 'A-4', 'B-1']);
    expect(rows[0]).toMatchObject({ status: 'Converted', target: 'Same contractor and service', form20: 'Not needed', flags: ['Parallel billing: 2 days, $77.42 paid twice'] });
    expect(rows[1]).toMatchObject({ decision: 'Migration', target: 'Verizon: Converged VoIP', form20: 'Completed 2014-01-03', incumbent: 'AT&T: Centrex line' });
    expect(rows[2]).toMatchObject({ decision: 'Undecided', flags: ['At risk: Undecided 5 days before x (2014-01-15).'] });
  });
});
