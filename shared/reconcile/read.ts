// Reading a contractor's file through a saved column mapping (pure: the delimited text is split
// into cells by electron/services/reconcile/delimited.ts, with papaparse). Every problem names the
// file's column and line, as the ATR sees them in a spreadsheet; a ticket with a problem on any of
// its rows is left out whole (a ticket without one of its stop clocks would show a false difference).
import { parseWallDate, parseWallTimeAfter, dateFormatExample } from '../calendar/textDates';
import { parseDollars } from '../money';
import {
  INVOICE_FIELD_LABELS,
  INVOICE_FIELDS,
  TICKET_FIELD_LABELS,
  TICKET_FIELDS,
  type ColumnMapping,
  type DurationUnit,
  type InvoiceField,
  type InvoiceLine,
  type RowProblem,
  type TheirStopClock,
  type TheirTicket,
  type TicketField,
} from './types';

/** A delimited file split into cells: its header row and its data rows with their line numbers. */
export interface Table {
  headers: string[];
  rows: Array<{ line: number; cells: string[] }>;
}

/** A ticket number or Circuit ID as compared: trimmed, case ignored ("att-1" is "ATT-1"). */
export function keyOf(text: string): string {
  return text.trim().toUpperCase();
}

/** Where each mapped field is in the table; file problems for mapped columns the header lacks. */
function locate<F extends string>(table: Table, columns: Partial<Record<F, string>>, fields: readonly F[], labels: Record<F, string>): { at: Map<F, number>; problems: string[] } {
  const byHeader = new Map(table.headers.map((h, i) => [h.trim().toLowerCase(), i]));
  const at = new Map<F, number>();
  const problems: string[] = [];
  for (const f of fields) {
    const h = (columns[f] ?? '').trim();
    if (h === '') continue;
    const i = byHeader.get(h.toLowerCase());
    if (i === undefined) problems.push(`Column "${h}" (${labels[f]}) is not in the file's header row, which has: ${table.headers.filter((x) => x.trim() !== '').join(', ')}`);
    else at.set(f, i);
  }
  return { at, problems };
}

const VERDICTS: Record<string, boolean> = {
  met: true, missed: false, y: true, n: false, yes: true, no: false, pass: true, fail: false, passed: true, failed: false,
  true: true, false: false, '1': true, '0': false, 'not met': false, 'sla met': true, 'sla missed': false,
};

/** Their verdict: Met / Missed, Y / N, Pass / Fail, 1 / 0 (case ignored); null when blank, undefined when none of these. */
export function readVerdict(text: string): boolean | null | undefined {
  const t = text.trim().toLowerCase();
  if (t === '') return null;
  return VERDICTS[t];
}

/**
 * Cents of a money amount as files print it: "300.00", "$1,555.00", "-300.00", "(300.00)",
 * "300.00 CR". Credits are printed negative or in parentheses on invoices: the amount is taken
 * whatever its sign. null when blank, undefined when not an amount.
 */
export function readAmount(text: string): number | null | undefined {
  let t = text.trim();
  if (t === '') return null;
  if (/^\(.*\)$/.test(t)) t = t.slice(1, -1);
  t = t.replace(/\s*(CR|DR)$/i, '').replace(/^-\s*/, '').replace(/^\$\s*-/, '$');
  const cents = parseDollars(t);
  return cents === null ? undefined : cents;
}

/** Minutes of their outage duration as written in `unit`; null when blank, undefined when not one. */
export function readDuration(text: string, unit: DurationUnit): number | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  if (unit === 'h:mm') {
    const m = /^(\d{1,6}):([0-5]\d)(?::([0-5]\d))?$/.exec(t);
    return m ? Number(m[1]) * 60 + Number(m[2]) + Number(m[3] ?? 0) / 60 : undefined;
  }
  if (!/^\d{1,9}(\.\d{1,4})?$/.test(t)) return undefined;
  return unit === 'hours' ? Number(t) * 60 : Number(t);
}

const durationExample: Record<DurationUnit, string> = { minutes: 'a number of minutes such as 130', hours: 'a number of hours such as 2.5', 'h:mm': 'hours and minutes such as 2:10' };

export interface TicketReport {
  tickets: TheirTicket[];
  problems: RowProblem[];
  fileProblems: string[];
  /** Lines with at least one problem. */
  invalidLines: number;
  /** Rows of the tickets left out (a problem on any of their rows). */
  skippedRows: number;
  stopClockCount: number;
  /** Which of the optional facts the mapping reads (a fact not read is never a difference). */
  given: TicketFacts;
}

/** The optional facts a ticket report gives, by its mapping. */
export interface TicketFacts {
  alarm: boolean;
  restored: boolean;
  closed: boolean;
  stopClocks: boolean;
  duration: boolean;
  verdict: boolean;
  credit: boolean;
}

export function givenFacts(columns: Partial<Record<TicketField, string>>): TicketFacts {
  const has = (f: TicketField) => (columns[f] ?? '').trim() !== '';
  return {
    alarm: has('alarmAt'),
    restored: has('restoredAt'),
    closed: has('closedAt'),
    stopClocks: has('stopClockCode') && has('stopClockStart'),
    duration: has('outageDuration'),
    verdict: has('slaVerdict'),
    credit: has('credit'),
  };
}

/** The ticket-level fields every row of a ticket repeats (later rows may leave them blank). */
const TICKET_LEVEL: readonly TicketField[] = ['circuitId', 'openedAt', 'alarmAt', 'restoredAt', 'closedAt', 'outageDuration', 'slaVerdict', 'credit'];

/** The contractor's ticket report read through its mapping. */
export function readTicketReport(table: Table, mapping: ColumnMapping<TicketField>): TicketReport {
  const given = givenFacts(mapping.columns);
  const { at, problems: fileProblems } = locate(table, mapping.columns, TICKET_FIELDS, TICKET_FIELD_LABELS);
  const empty: TicketReport = { tickets: [], problems: [], fileProblems, invalidLines: 0, skippedRows: 0, stopClockCount: 0, given };
  if (table.headers.every((h) => h.trim() === '')) fileProblems.push('The file has no header row: the first line must name the columns');
  if (fileProblems.length) return empty;
  if (table.rows.length === 0) return { ...empty, fileProblems: ['The file has a header row but no tickets'] };

  const example = dateFormatExample(mapping.dateFormat, true);
  const problems: RowProblem[] = [];
  const columnOf = (f: TicketField) => table.headers[at.get(f)!] ?? '';
  const problem = (line: number, f: TicketField | '', message: string) => problems.push({ line, column: f === '' ? '' : columnOf(f), field: f, message });

  interface Building {
    ticket: TheirTicket;
    /** Field → the line that gave it, for "differs from line N". */
    from: Map<TicketField, { line: number; text: string }>;
    lines: number[];
    bad: boolean;
  }
  const byNumber = new Map<string, Building>();
  const order: Building[] = [];
  const badLines = new Set<number>();
  let orphanRows = 0;

  for (const { line, cells } of table.rows) {
    const raw = (f: TicketField) => (at.has(f) ? (cells[at.get(f)!] ?? '').trim() : '');
    const before = problems.length;
    /** `after`: the instant it follows, for a wall time of a fall-back day's repeated hour. */
    const time = (f: TicketField, required: boolean, after: number | null = null): number | null => {
      const text = raw(f);
      if (text === '') {
        if (required) problem(line, f, `${TICKET_FIELD_LABELS[f]} is empty`);
        return null;
      }
      const ms = parseWallTimeAfter(text, mapping.dateFormat, mapping.timeZone, after);
      if (ms === null) problem(line, f, `"${text}" is not a date and time like ${example} (${mapping.dateFormat})`);
      return ms;
    };

    const number = raw('ticketNumber');
    if (number === '') problem(line, 'ticketNumber', `${TICKET_FIELD_LABELS.ticketNumber} is empty`);
    const key = keyOf(number);
    const existing = number === '' ? undefined : byNumber.get(key);
    const circuit = raw('circuitId');
    if (circuit === '' && !existing) problem(line, 'circuitId', 'Circuit ID is empty');
    const opened = time('openedAt', !existing);
    const alarm = time('alarmAt', false);
    const firstStart = opened !== null && alarm !== null ? Math.min(opened, alarm) : (opened ?? alarm);
    const restored = time('restoredAt', false, firstStart);
    const closed = time('closedAt', false, restored);

    const durationText = raw('outageDuration');
    const duration = readDuration(durationText, mapping.durationUnit);
    if (duration === undefined) problem(line, 'outageDuration', `"${durationText}" is not a duration: write ${durationExample[mapping.durationUnit]}`);
    const verdictText = raw('slaVerdict');
    const verdict = readVerdict(verdictText);
    if (verdict === undefined) problem(line, 'slaVerdict', `"${verdictText}" is not a verdict: write Met or Missed (or Y / N)`);
    const creditText = raw('credit');
    const credit = readAmount(creditText);
    if (credit === undefined) problem(line, 'credit', `"${creditText}" is not a dollar amount such as 300.00`);

    // The stop clock of the row, if it has one.
    let stop: TheirStopClock | null = null;
    if (given.stopClocks) {
      const code = raw('stopClockCode');
      const startText = raw('stopClockStart');
      const endText = raw('stopClockEnd');
      if (code === '' && (startText !== '' || endText !== '')) problem(line, 'stopClockCode', 'Stop clock code is empty but the stop clock has a time');
      if (code !== '') {
        const s = time('stopClockStart', true, firstStart);
        const e = time('stopClockEnd', false, s);
        if (s !== null && e !== null && e < s) problem(line, 'stopClockEnd', `The stop clock ends (${endText}) before it starts (${startText})`);
        if (s !== null) stop = { code, startMs: s, endMs: e, line };
      }
    }

    // A ticket's outage runs forward: start ≤ restoration ≤ closing.
    const startMs = firstStart;
    if (startMs !== null && restored !== null && restored < startMs) problem(line, 'restoredAt', `The restoration (${raw('restoredAt')}) is before the outage started`);
    if (restored !== null && closed !== null && closed < restored) problem(line, 'closedAt', `The closing (${raw('closedAt')}) is before the restoration`);

    const rowBad = problems.length > before;
    if (rowBad) badLines.add(line);
    if (number === '') {
      orphanRows++;
      continue;
    }

    if (!existing) {
      const b: Building = {
        ticket: {
          ticketNumber: number, circuitId: circuit, openedMs: opened ?? NaN, alarmMs: alarm, restoredMs: restored, closedMs: closed, stopClocks: [],
          durationMinutes: duration ?? null, verdictMet: verdict ?? null, creditCents: credit ?? null, line,
        },
        from: new Map(TICKET_LEVEL.filter((f) => raw(f) !== '').map((f) => [f, { line, text: raw(f) }])),
        lines: [line],
        bad: rowBad,
      };
      if (stop) b.ticket.stopClocks.push(stop);
      byNumber.set(key, b);
      order.push(b);
      continue;
    }
    // A later row of the same ticket: its ticket-level columns blank or the same as before.
    existing.lines.push(line);
    for (const f of TICKET_LEVEL) {
      const text = raw(f);
      if (text === '') continue;
      const first = existing.from.get(f);
      if (first === undefined) {
        existing.from.set(f, { line, text });
        const t = existing.ticket;
        if (f === 'circuitId') t.circuitId = text;
        else if (f === 'openedAt') t.openedMs = opened ?? NaN;
        else if (f === 'alarmAt') t.alarmMs = alarm;
        else if (f === 'restoredAt') t.restoredMs = restored;
        else if (f === 'closedAt') t.closedMs = closed;
        else if (f === 'outageDuration') t.durationMinutes = duration ?? null;
        else if (f === 'slaVerdict') t.verdictMet = verdict ?? null;
        else if (f === 'credit') t.creditCents = credit ?? null;
      } else if (first.text !== text) {
        problem(line, f, `"${text}" differs from "${first.text}" on line ${first.line} for ticket ${number}`);
        badLines.add(line);
      }
    }
    if (badLines.has(line)) existing.bad = true;
    // The same stop clock on two rows (some exports repeat it) is one stop clock.
    if (stop && !existing.ticket.stopClocks.some((s) => keyOf(s.code) === keyOf(stop.code) && s.startMs === stop.startMs && s.endMs === stop.endMs)) existing.ticket.stopClocks.push(stop);
  }

  for (const b of order) {
    if (!b.bad && Number.isNaN(b.ticket.openedMs)) {
      problem(b.ticket.line, 'openedAt', `${TICKET_FIELD_LABELS.openedAt} is empty for ticket ${b.ticket.ticketNumber}`);
      badLines.add(b.ticket.line);
      b.bad = true;
    }
  }
  const kept = order.filter((b) => !b.bad);
  problems.sort((a, b) => a.line - b.line);
  return {
    tickets: kept.map((b) => b.ticket),
    problems,
    fileProblems,
    invalidLines: badLines.size,
    skippedRows: order.filter((b) => b.bad).reduce((n, b) => n + b.lines.length, 0) + orphanRows,
    stopClockCount: kept.reduce((n, b) => n + b.ticket.stopClocks.length, 0),
    given,
  };
}

export interface InvoiceRead {
  lines: InvoiceLine[];
  problems: RowProblem[];
  fileProblems: string[];
  invalidLines: number;
}

/** The credit lines of a contractor's invoice read through its mapping. */
export function readInvoice(table: Table, mapping: Pick<ColumnMapping<InvoiceField>, 'columns' | 'dateFormat'>): InvoiceRead {
  const { at, problems: fileProblems } = locate(table, mapping.columns, INVOICE_FIELDS, INVOICE_FIELD_LABELS);
  if (table.headers.every((h) => h.trim() === '')) fileProblems.push('The file has no header row: the first line must name the columns');
  if (fileProblems.length) return { lines: [], problems: [], fileProblems, invalidLines: 0 };
  if (table.rows.length === 0) return { lines: [], problems: [], fileProblems: ['The file has a header row but no credit lines'], invalidLines: 0 };
  const example = dateFormatExample(mapping.dateFormat, false);
  const problems: RowProblem[] = [];
  const lines: InvoiceLine[] = [];
  const dates = new Map<string, { date: string; line: number }>();
  const bad = new Set<number>();
  for (const { line, cells } of table.rows) {
    const raw = (f: InvoiceField) => (at.has(f) ? (cells[at.get(f)!] ?? '').trim() : '');
    const problem = (f: InvoiceField, message: string) => {
      problems.push({ line, column: table.headers[at.get(f)!] ?? '', field: f, message });
      bad.add(line);
    };
    const number = raw('invoiceNumber');
    if (number === '') problem('invoiceNumber', 'Invoice number is empty');
    const dateText = raw('invoiceDate');
    const date = dateText === '' ? null : parseWallDate(dateText, mapping.dateFormat);
    if (dateText === '') problem('invoiceDate', 'Invoice date is empty');
    else if (date === null) problem('invoiceDate', `"${dateText}" is not a date like ${example} (${mapping.dateFormat})`);
    const circuit = raw('circuitId');
    if (circuit === '') problem('circuitId', 'Circuit ID is empty');
    const amountText = raw('amount');
    const amount = readAmount(amountText);
    if (amount === null) problem('amount', 'Amount is empty');
    else if (amount === undefined) problem('amount', `"${amountText}" is not a dollar amount such as -300.00`);
    else if (amount === 0) problem('amount', 'Amount is zero: a credit line credits something');
    if (number !== '' && date !== null) {
      const first = dates.get(keyOf(number));
      if (first === undefined) dates.set(keyOf(number), { date, line });
      else if (first.date !== date) problem('invoiceDate', `Invoice ${number} is dated ${first.date} on line ${first.line}, not ${date}`);
    }
    if (!bad.has(line)) lines.push({ line, invoiceNumber: number, invoiceDate: date!, circuitId: circuit, amountCents: amount as number, description: raw('description') });
  }
  return { lines, problems, fileProblems, invalidLines: bad.size };
}
