// Reading a contractor's ticket report and invoice through a column mapping: rows of one ticket
// gathered, every problem naming the file's column and line, dates read in the file's own zone.
import { describe, expect, it } from 'vitest';
import { readAmount, readDuration, readInvoice, readTicketReport, readVerdict, type Table } from '../../../shared/reconcile/read';
import type { ColumnMapping, TicketField } from '../../../shared/reconcile/types';
import { dateFormatProblem, parseWallDate, parseWallTime } from '../../../shared/calendar/textDates';

const mapping: ColumnMapping<TicketField> = {
  columns: {
    ticketNumber: 'Ticket', circuitId: 'Circuit', openedAt: 'Opened', restoredAt: 'Restore Time', closedAt: 'Closed',
    stopClockCode: 'SC Code', stopClockStart: 'SC Start', stopClockEnd: 'SC End', outageDuration: 'Duration', slaVerdict: 'TTR', credit: 'Credit',
  },
  timeZone: 'America/Los_Angeles',
  dateFormat: 'M/d/yyyy h:mm a',
  durationUnit: 'h:mm',
  verdictSla: 'time-to-repair',
};

const HEADERS = ['Circuit', 'Ticket', 'Opened', 'Restore Time', 'Closed', 'SC Code', 'SC Start', 'SC End', 'Duration', 'TTR', 'Credit'];
function table(rows: string[][]): Table {
  return { headers: HEADERS, rows: rows.map((cells, i) => ({ line: i + 2, cells })) };
}

describe('the file\'s dates, in its own format and zone', () => {
  it('reads a wall time of the file\'s zone: 10/8/2026 7:30 AM in Los Angeles is 14:30Z (PDT, UTC-7)', () => {
    expect(parseWallTime('10/8/2026 7:30 AM', 'M/d/yyyy h:mm a', 'America/Los_Angeles')).toBe(Date.parse('2026-10-08T14:30:00Z'));
    // The same wall time in Chicago (CDT, UTC-5) is two hours earlier in UTC.
    expect(parseWallTime('10/8/2026 7:30 AM', 'M/d/yyyy h:mm a', 'America/Chicago')).toBe(Date.parse('2026-10-08T12:30:00Z'));
    expect(parseWallTime('13/45/2026 7:30 AM', 'M/d/yyyy h:mm a', 'America/Los_Angeles')).toBeNull();
    // 02:30 on 2026-03-08 does not exist in Los Angeles (clocks jump from 02:00 to 03:00).
    expect(parseWallTime('2026-03-08 02:30', 'yyyy-MM-dd HH:mm', 'America/Los_Angeles')).toBeNull();
    expect(parseWallDate('11/22/2026', 'M/d/yyyy')).toBe('2026-11-22');
  });

  it('refuses a format that does not hold the whole date and time', () => {
    expect(dateFormatProblem('M/d/yyyy h:mm a', true)).toBeNull();
    expect(dateFormatProblem('M/d h:mm a', true)).toMatch(/does not write the year/);
    expect(dateFormatProblem('M/d/yyyy', true)).toMatch(/does not write the hour, minute/);
    expect(dateFormatProblem('M/d/yyyy', false)).toBeNull();
    expect(dateFormatProblem('', false)).toMatch(/is required/);
  });
});

describe('readTicketReport', () => {
  it('gathers the rows of one ticket number (one row per stop clock) into one ticket', () => {
    const r = readTicketReport(
      table([
        ['OAK-1012', 'ATT-810104', '10/8/2026 7:30 AM', '10/8/2026 12:45 PM', '10/8/2026 1:45 PM', 'ACCESS', '10/8/2026 8:30 AM', '10/8/2026 10:40 AM', '3:05', 'Y', ''],
        ['', 'att-810104 ', '', '', '', 'WIRING', '10/8/2026 11:00 AM', '10/8/2026 11:10 AM', '', '', ''],
        ['FRE-1020', 'ATT-810105', '10/21/2026 10:00 PM', '10/22/2026 7:30 AM', '', '', '', '', '9:30', 'N', '($1,855.00)'],
      ]),
      mapping,
    );
    expect(r.problems).toEqual([]);
    expect(r.tickets).toHaveLength(2);
    const [a, b] = r.tickets;
    expect(a).toMatchObject({
      ticketNumber: 'ATT-810104', circuitId: 'OAK-1012', openedMs: Date.parse('2026-10-08T14:30:00Z'), restoredMs: Date.parse('2026-10-08T19:45:00Z'),
      durationMinutes: 185, verdictMet: true, creditCents: null, line: 2,
    });
    expect(a!.stopClocks.map((s) => [s.code, s.line, (s.endMs! - s.startMs) / 60_000])).toEqual([['ACCESS', 2, 130], ['WIRING', 3, 10]]);
    // 9:30 is 570 minutes; a credit printed in parentheses is read as $1,855.00.
    expect(b).toMatchObject({ ticketNumber: 'ATT-810105', durationMinutes: 570, verdictMet: false, creditCents: 185_500, closedMs: null, stopClocks: [] });
    expect(r.stopClockCount).toBe(2);
  });

  it('names the column and line of each problem and leaves the ticket out whole', () => {
    const r = readTicketReport(
      table([
        ['OAK-1012', 'ATT-1', '13/45/2026 7:30 AM', '', '', '', '', '', 'soon', 'maybe', ''],
        ['OAK-1012', 'ATT-2', '10/8/2026 7:30 AM', '10/8/2026 6:00 AM', '', 'ACCESS', '', '', '', '', 'lots'],
        ['OAK-1012', 'ATT-3', '10/8/2026 7:30 AM', '10/8/2026 9:00 AM', '', '', '', '', '', '', ''],
        ['OAK-1013', 'ATT-3', '10/8/2026 7:30 AM', '', '', 'POWER', '10/8/2026 8:00 AM', '10/8/2026 7:50 AM', '', '', ''],
      ]),
      mapping,
    );
    expect(r.problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [2, 'Opened', '"13/45/2026 7:30 AM" is not a date and time like 10/6/2026 1:05 PM (M/d/yyyy h:mm a)'],
      [2, 'Duration', '"soon" is not a duration: write hours and minutes such as 2:10'],
      [2, 'TTR', '"maybe" is not a verdict: write Met or Missed (or Y / N)'],
      [3, 'Credit', '"lots" is not a dollar amount such as 300.00'],
      [3, 'SC Start', 'Stop clock start is empty'],
      [3, 'Restore Time', 'The restoration (10/8/2026 6:00 AM) is before the outage started'],
      [5, 'SC End', 'The stop clock ends (10/8/2026 7:50 AM) before it starts (10/8/2026 8:00 AM)'],
      [5, 'Circuit', '"OAK-1013" differs from "OAK-1012" on line 4 for ticket ATT-3'],
    ]);
    // ATT-3's second row is wrong, so ATT-3 is left out with both its rows: no ticket is kept.
    expect(r.tickets).toEqual([]);
    expect(r.invalidLines).toBe(3);
    expect(r.skippedRows).toBe(4);
  });

  it('says which mapped column the header lacks, and that a header without rows holds no ticket', () => {
    const missing = readTicketReport({ headers: ['Ticket', 'Circuit'], rows: [{ line: 2, cells: ['A', 'B'] }] }, mapping);
    expect(missing.fileProblems[0]).toBe('Column "Opened" (Opened) is not in the file\'s header row, which has: Ticket, Circuit');
    expect(readTicketReport(table([]), mapping).fileProblems).toEqual(['The file has a header row but no tickets']);
  });

  it('reads a closing in the hour a fall-back day repeats as the later one when the earlier is before the restoration', () => {
    // 2026-11-01, Los Angeles: 01:00-02:00 happens twice (PDT, then PST). Restored 01:40 PDT (08:40Z);
    // closed "1:10 AM": 01:10 PDT (08:10Z) would be before it, so it is 01:10 PST (09:10Z).
    const r = readTicketReport(table([['OAK-1012', 'ATT-7', '11/1/2026 12:30 AM', '11/1/2026 1:40 AM', '11/1/2026 1:10 AM', '', '', '', '', '', '']]), mapping);
    expect(r.problems).toEqual([]);
    expect(r.tickets[0]).toMatchObject({ restoredMs: Date.parse('2026-11-01T08:40:00Z'), closedMs: Date.parse('2026-11-01T09:10:00Z') });
  });

  it('reads verdicts, amounts and durations as reports print them', () => {
    expect([readVerdict('Met'), readVerdict('N'), readVerdict(' '), readVerdict('perhaps')]).toEqual([true, false, null, undefined]);
    expect([readAmount('-300.00'), readAmount('(1,555.00)'), readAmount('$45'), readAmount('300.00 CR'), readAmount('x')]).toEqual([30_000, 155_500, 4_500, 30_000, undefined]);
    expect([readDuration('130', 'minutes'), readDuration('2.5', 'hours'), readDuration('2:10', 'h:mm'), readDuration('2:75', 'h:mm')]).toEqual([130, 150, 130, undefined]);
  });
});

describe('readInvoice', () => {
  const inv = { columns: { invoiceNumber: 'Invoice No', invoiceDate: 'Bill Date', circuitId: 'Circuit', amount: 'Amount', description: 'Charge Description' }, dateFormat: 'M/d/yyyy' };
  const headers = ['Invoice No', 'Bill Date', 'Circuit', 'Charge Description', 'Amount'];
  it('reads the credit lines, a credit printed negative taken as its amount', () => {
    const r = readInvoice({ headers, rows: [{ line: 2, cells: ['VZ-1', '11/22/2026', 'LA-1026', 'SLA credit Excessive Outage', '-1200.00'] }] }, inv);
    expect(r.problems).toEqual([]);
    expect(r.lines).toEqual([{ line: 2, invoiceNumber: 'VZ-1', invoiceDate: '2026-11-22', circuitId: 'LA-1026', amountCents: 120_000, description: 'SLA credit Excessive Outage' }]);
  });

  it('names the column of each problem, and an invoice dated two ways', () => {
    const r = readInvoice(
      {
        headers,
        rows: [
          { line: 2, cells: ['VZ-1', '11/22/2026', 'LA-1026', '', '0.00'] },
          { line: 3, cells: ['VZ-1', '11/23/2026', '', '', 'ten'] },
        ],
      },
      inv,
    );
    expect(r.problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [2, 'Amount', 'Amount is zero: a credit line credits something'],
      [3, 'Circuit', 'Circuit ID is empty'],
      [3, 'Amount', '"ten" is not a dollar amount such as -300.00'],
      [3, 'Bill Date', 'Invoice VZ-1 is dated 2026-11-22 on line 2, not 2026-11-23'],
    ]);
    expect(r.lines).toEqual([]);
  });
});
