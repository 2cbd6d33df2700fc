// The calendar request of CASE_FORMAT.md: parsing (problems with JSON pointers) and answers.
import { describe, expect, it } from 'vitest';
import { parseCalendarRequest, runCalendarRequest, type CalendarRequest } from '../../../shared/calendar';
import type { Problem } from '../../../shared/validation/problem';

function run(json: unknown): unknown {
  const r = parseCalendarRequest(json);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return runCalendarRequest(r.value).results;
}

function problems(json: unknown): Problem[] {
  const r = parseCalendarRequest(json);
  if (r.ok) throw new Error('expected problems');
  return r.problems;
}

describe('calendar request: answers', () => {
  it('answers each op in order on the default calendar', () => {
    expect(
      run({
        ops: [
          // Tue 2026-03-31 is Cesar Chavez Day: counting starts Wed 08:00, 9 h → Wed 17:00.
          { op: 'add', start: '2026-03-31T10:00:00-07:00', minutes: 540 },
          // Fri 16–17 (1 h) + Mon 9 h + Tue holiday + Wed 08–09 (1 h) = 11 h.
          { op: 'between', start: '2026-03-27T16:00:00-07:00', end: '2026-04-01T09:00:00-07:00' },
          // Mon 10–17 (7 h) + Tue holiday + Wed 08–10 (2 h).
          { op: 'addBusinessDays', start: '2026-03-30T10:00:00-07:00', days: 1 },
          // The DOMAIN.md examples.
          { op: 'addBusinessDays', start: '2026-03-10T10:00:00-07:00', days: 1 },
          { op: 'addBusinessDays', start: '2026-01-16T16:00:00-08:00', days: 1 },
          { op: 'addBusinessDays', start: '2026-03-14T11:00:00-07:00', days: 1 },
        ],
      }),
    ).toEqual([
      { at: '2026-04-01T17:00:00-07:00' },
      { minutes: 660 },
      { at: '2026-04-01T10:00:00-07:00' },
      { at: '2026-03-11T10:00:00-07:00' },
      { at: '2026-01-20T16:00:00-08:00' },
      { at: '2026-03-16T17:00:00-07:00' },
    ]);
  });

  it('prints instants in the calendar zone whatever the input offset', () => {
    // 15:00Z on Tue 2026-03-10 is 08:00 PDT; 2 h later 10:00 PDT.
    expect(run({ ops: [{ op: 'add', start: '2026-03-10T15:00:00Z', minutes: 120 }] })).toEqual([{ at: '2026-03-10T10:00:00-07:00' }]);
    expect(
      run({
        calendar: { timeZone: 'America/New_York', holidays: [] },
        ops: [{ op: 'add', start: '2026-03-10T15:00:00Z', minutes: 120 }], // 11:00 EDT + 2 h
      }),
    ).toEqual([{ at: '2026-03-10T13:00:00-04:00' }]);
  });

  it('a 24x7 calendar: 25-hour fall-back day, hour added at 01:30 PDT lands at 01:30 PST', () => {
    const allDay = [['00:00', '24:00']];
    const calendar = { hours: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay }, holidays: [] };
    expect(
      run({
        calendar,
        ops: [
          { op: 'between', start: '2026-11-01T00:00:00-07:00', end: '2026-11-02T00:00:00-08:00' },
          { op: 'add', start: '2026-11-01T01:30:00-07:00', minutes: 60 },
          { op: 'between', start: '2026-05-05T23:30:00-07:00', end: '2026-05-06T00:30:00-07:00' },
          { op: 'addBusinessDays', start: '2026-10-31T12:00:00-07:00', days: 2 },
        ],
      }),
    ).toEqual([{ minutes: 1500 }, { at: '2026-11-01T01:30:00-08:00' }, { minutes: 60 }, { at: '2026-11-02T11:00:00-08:00' }]);
  });

  it('between answers fractional minutes; instants print to the second', () => {
    expect(
      run({
        ops: [
          { op: 'between', start: '2026-03-10T10:00:00-07:00', end: '2026-03-10T10:00:30-07:00' },
          { op: 'add', start: '2026-03-10T10:00:00.250-07:00', minutes: 0.5 },
          { op: 'between', start: '2026-03-10T11:00:00-07:00', end: '2026-03-10T10:00:00-07:00' },
        ],
      }),
    ).toEqual([{ minutes: 0.5 }, { at: '2026-03-10T10:00:30-07:00' }, { minutes: 0 }]);
  });

  it('closures and explicit holidays from the request apply', () => {
    expect(
      run({
        calendar: { holidays: ['2026-03-11'], closures: ['2026-03-12'] },
        // Tue 16–17 (1 h), Wed holiday, Thu closure, Fri 08:00 + 1 h.
        ops: [{ op: 'add', start: '2026-03-10T16:00:00-07:00', minutes: 120 }],
      }),
    ).toEqual([{ at: '2026-03-13T09:00:00-07:00' }]);
  });

  it('an empty op list answers an empty list', () => {
    expect(run({ ops: [] })).toEqual([]);
  });

  it('the parsed value is the request as given (a CalendarRequest can be written by hand)', () => {
    const req: CalendarRequest = { calendar: { holidays: 'california-state' }, ops: [{ op: 'add', start: '2026-03-10T10:00:00-07:00', minutes: 60 }] };
    expect(parseCalendarRequest(req)).toEqual({ ok: true, value: req });
    expect(runCalendarRequest(req)).toEqual({ results: [{ at: '2026-03-10T11:00:00-07:00' }] });
  });
});

describe('calendar request: problems', () => {
  const op = { op: 'add', start: '2026-03-31T10:00:00-07:00', minutes: 60 };

  it('an instant without an offset', () => {
    expect(problems({ ops: [op, op, { op: 'between', start: '2026-03-31 10:00', end: '2026-03-31T12:00:00Z' }] })).toEqual([
      { path: '/ops/2/start', message: '"2026-03-31 10:00" is not an ISO-8601 instant with an offset' },
    ]);
    expect(problems({ ops: [{ op: 'between', start: '2026-03-31T10:00:00Z', end: '2026-03-31T12:00:00' }] })).toEqual([
      { path: '/ops/0/end', message: '"2026-03-31T12:00:00" is not an ISO-8601 instant with an offset' },
    ]);
  });

  it('an unknown or missing op', () => {
    expect(problems({ ops: [{ op: 'subtract', start: '2026-03-31T10:00:00Z', minutes: 5 }, { start: '2026-03-31T10:00:00Z' }] })).toEqual([
      { path: '/ops/0/op', message: '"subtract" is not an op (one of add, between, addBusinessDays)' },
      { path: '/ops/1/op', message: 'is required (one of add, between, addBusinessDays)' },
    ]);
  });

  it('negative minutes or days', () => {
    expect(
      problems({
        ops: [
          { op: 'add', start: '2026-03-31T10:00:00Z', minutes: -5 },
          { op: 'addBusinessDays', start: '2026-03-31T10:00:00Z', days: -1 },
        ],
      }),
    ).toEqual([
      { path: '/ops/0/minutes', message: 'must not be negative' },
      { path: '/ops/1/days', message: 'must not be negative' },
    ]);
  });

  it('minutes of the wrong type or missing', () => {
    const ps = problems({ ops: [{ op: 'add', start: '2026-03-31T10:00:00Z', minutes: '540' }, { op: 'add', start: '2026-03-31T10:00:00Z' }] });
    expect(ps.map((p) => p.path)).toEqual(['/ops/0/minutes', '/ops/1/minutes']);
  });

  it('absurdly long durations', () => {
    expect(problems({ ops: [{ op: 'add', start: '2026-03-31T10:00:00Z', minutes: 1e12 }] })).toEqual([
      { path: '/ops/0/minutes', message: 'must be at most 10000000' },
    ]);
  });

  it('malformed hours: a time out of range, start not before end, overlapping intervals', () => {
    expect(
      problems({
        calendar: {
          hours: {
            mon: [['08:00', '25:00']],
            tue: [['17:00', '08:00']],
            wed: [['08:00', '12:00'], ['11:00', '17:00']],
            thu: [['8:00', '17:00']],
            fri: [['08:00', '17:00'], ['12:00', '13:00']],
          },
        },
        ops: [op],
      }),
    ).toEqual([
      { path: '/calendar/hours/mon/0/1', message: '"25:00" is not a time of day (HH:MM, 00:00 to 24:00)' },
      { path: '/calendar/hours/tue/0', message: 'starts at 17:00, not before its end 08:00' },
      { path: '/calendar/hours/wed/1', message: '11:00–17:00 overlaps 08:00–12:00' },
      { path: '/calendar/hours/thu/0/0', message: '"8:00" is not a time of day (HH:MM, 00:00 to 24:00)' },
      { path: '/calendar/hours/fri/1', message: '12:00–13:00 overlaps 08:00–17:00' },
    ]);
  });

  it('hours that are open on no day, and an unknown weekday', () => {
    expect(problems({ calendar: { hours: { sat: [] } }, ops: [op] })).toEqual([{ path: '/calendar/hours', message: 'has no business hours on any day' }]);
    expect(problems({ calendar: { hours: { monday: [['08:00', '17:00']], tue: [['08:00', '17:00']] } }, ops: [op] })).toEqual([
      { path: '/calendar/hours/monday', message: 'is not a known field' },
    ]);
  });

  it('an unknown time zone', () => {
    expect(problems({ calendar: { timeZone: 'America/Sacramento' }, ops: [op] })).toEqual([
      { path: '/calendar/timeZone', message: '"America/Sacramento" is not a known time zone (IANA name, e.g. America/Los_Angeles)' },
    ]);
  });

  it('a malformed holiday date, holiday list or closure', () => {
    expect(problems({ calendar: { holidays: ['2026-03-31', '2026-02-30', '03/31/2026'], closures: ['2026-12-32'] }, ops: [op] })).toEqual([
      { path: '/calendar/holidays/1', message: '"2026-02-30" is not a date (YYYY-MM-DD)' },
      { path: '/calendar/holidays/2', message: '"03/31/2026" is not a date (YYYY-MM-DD)' },
      { path: '/calendar/closures/0', message: '"2026-12-32" is not a date (YYYY-MM-DD)' },
    ]);
    expect(problems({ calendar: { holidays: 'california' }, ops: [op] })).toEqual([
      { path: '/calendar/holidays', message: 'must be "california-state" or a list of dates (YYYY-MM-DD)' },
    ]);
  });

  it('unknown fields, a missing op list, and a request that is not an object', () => {
    expect(problems({ ops: [{ ...op, minute: 5 }], calender: {} })).toEqual([
      { path: '/ops/0/minute', message: 'is not a known field' },
      { path: '/calender', message: 'is not a known field' },
    ]);
    expect(problems({}).map((p) => p.path)).toEqual(['/ops']);
    expect(problems([])).toEqual([{ path: '', message: 'must be an object with "ops" (and optionally "calendar")' }]);
    expect(problems(null)).toEqual([{ path: '', message: 'must be an object with "ops" (and optionally "calendar")' }]);
  });
});
