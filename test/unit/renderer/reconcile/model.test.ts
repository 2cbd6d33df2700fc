import { describe, expect, it } from 'vitest';
import type { SavedMappings } from '../../../../shared/ipc/reconcile';
import { readHead, sampleValue } from '../../../../renderer/reconcile/fileHead';
import {
  checkMapping,
  claimStatusText,
  draftFromSaved,
  guessDraft,
  mappingText,
  monthsOf,
  seamErrors,
  sentence,
  type MappingDraft,
} from '../../../../renderer/reconcile/model';
import { hrefForReconcile, reconcileRouteFromHash } from '../../../../renderer/reconcile/route';
import { screenFromHash } from '../../../../renderer/shell/route';

const LA = 'America/Los_Angeles';

/** The header of the demo's AT&T report: not our order, not our names. */
const ATT_HEADER = ['Svc ID', 'Trouble Ticket', 'Closed Date', 'Created Date', 'Cleared Date', 'Alarm Date', 'Stop Code', 'Stop Start', 'Stop End', 'Duration (h:mm)', 'TTR Met'];

function attDraft(): MappingDraft {
  const d = guessDraft('report', ATT_HEADER, LA);
  return {
    ...d,
    columns: { ...d.columns, ticketNumber: 'Trouble Ticket', circuitId: 'Svc ID', openedAt: 'Created Date', restoredAt: 'Cleared Date', stopClockCode: 'Stop Code', stopClockStart: 'Stop Start' },
    dateFormat: 'MM/dd/yyyy hh:mm a',
  };
}

describe('the head of a contractor’s file', () => {
  it('reads the header and the first rows whatever the delimiter, quoting and byte-order mark', () => {
    const head = readHead('\uFEFF"Ticket; No";Circuit;Opened\nA-1;SAC-1;10/03/2026 08:15 AM\nA-2;;\n');
    expect(head.headers).toEqual(['Ticket; No', 'Circuit', 'Opened']);
    expect(head.rows[0]).toEqual({ 'Ticket; No': 'A-1', Circuit: 'SAC-1', Opened: '10/03/2026 08:15 AM' });
    // The first value shown beside a column skips the blank cells.
    expect(sampleValue(readHead('a,b\n,x\n7,y\n'), 'a')).toBe('7');
    expect(sampleValue(head, '')).toBe('');
  });
});

describe('the column mapping', () => {
  it('guesses only columns named as the fields are, each header once', () => {
    const d = guessDraft('report', ['circuit_id', 'Circuit ID', 'Opened', 'Remarks'], LA);
    expect(d.columns.circuitId).toBe('circuit_id');
    expect(d.columns.openedAt).toBe('Opened');
    expect(d.columns.ticketNumber).toBe('');
    expect(d.timeZone).toBe(LA);
    expect(d.dateFormat).toBe('');
  });

  it('fits the mapping saved for the contractor to a file spelling its headers in another case, and names those it lacks', () => {
    const mapping = checkMapping('report', attDraft());
    if (!mapping.ok || mapping.kind !== 'report') throw new Error('the demo mapping must pass');
    const saved: SavedMappings = { contractorId: 1, tickets: mapping.mapping, invoice: null, ticketsSavedAt: '2026-11-20T18:00:00Z', invoiceSavedAt: null };
    const fitted = draftFromSaved('report', saved, ['SVC ID', 'trouble ticket', 'Created Date', 'Cleared Date', 'Stop Code'], LA)!;
    expect(fitted.draft.columns.circuitId).toBe('SVC ID');
    expect(fitted.draft.columns.ticketNumber).toBe('trouble ticket');
    expect(fitted.draft.dateFormat).toBe('MM/dd/yyyy hh:mm a');
    expect(fitted.missing).toEqual(['Stop Start']);
    expect(draftFromSaved('invoice', saved, ATT_HEADER, LA)).toBeNull();
  });

  it('puts each problem of a draft next to its field, in the contract’s words', () => {
    const r = checkMapping('report', { ...guessDraft('report', ATT_HEADER, LA), dateFormat: 'MM/dd' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors['columns.ticketNumber']).toBe('Choose the column that holds the contractor ticket number');
    expect(r.errors['columns.circuitId']).toBe('Choose the column that holds the Circuit ID');
    expect(r.errors.dateFormat).toMatch(/^Date format "MM\/dd" does not write the year/);
  });

  it('refuses one column mapped to two fields, and a stop clock code without its start', () => {
    const d = attDraft();
    const twice = checkMapping('report', { ...d, columns: { ...d.columns, closedAt: 'Cleared Date' } });
    expect(!twice.ok && twice.errors['columns.closedAt']).toBe('Column "Cleared Date" is already mapped to restored');
    const half = checkMapping('report', { ...d, columns: { ...d.columns, stopClockStart: '' } });
    expect(!half.ok && half.errors['columns.stopClockStart']).toBe('Stop clocks need both the code and the start column');
  });

  it('says in one line how the file was read', () => {
    expect(mappingText('report', { ...attDraft(), durationUnit: 'h:mm' })).toBe('6 of 12 columns, dates as MM/dd/yyyy hh:mm a in America/Los_Angeles, durations in h:mm');
  });

  it('puts the seam’s refusal of a mapping field next to it, and the rest above the form', () => {
    const e = seamErrors({
      code: 'invalid',
      message: 'Invalid request',
      path: '',
      issues: [
        { path: '/mapping/columns/circuitId', message: 'Choose the column that holds the Circuit ID' },
        { path: '/text', message: 'The report is larger than 25 MB' },
      ],
    });
    expect(e.fields).toEqual({ 'columns.circuitId': 'Choose the column that holds the Circuit ID' });
    expect(e.form).toEqual(['The report is larger than 25 MB']);
    expect(seamErrors({ code: 'refused', message: 'No such contractor', path: '' }).form).toEqual(['No such contractor']);
  });
});

describe('words and months', () => {
  it('lists a report’s months newest first, across a new year', () => {
    expect(monthsOf({ from: '2025-11', to: '2026-02' })).toEqual(['2026-02', '2026-01', '2025-12', '2025-11']);
    expect(monthsOf(null)).toEqual([]);
  });

  it('calls a credited claim with money still owed partly credited', () => {
    expect(claimStatusText('credited', 1855, 655)).toBe('Partly credited');
    expect(claimStatusText('credited', 1855, 0)).toBe('Credited');
    expect(claimStatusText('submitted')).toBe('Submitted');
  });

  it('starts the back end’s sentence with a capital', () => {
    expect(sentence('their ACCESS stop clock of 2 h 10 min is not in our record')).toBe('Their ACCESS stop clock of 2 h 10 min is not in our record');
  });
});

describe('the Reconcile screen’s address', () => {
  it('keeps the contractor, the report and month, or the invoice, and the claim it came from', () => {
    const href = hrefForReconcile({ contractorId: 1, reportId: 5, month: '2026-10', claimId: 4 });
    expect(href).toBe('#/reconcile?c=1&r=5&m=2026-10&claim=4');
    expect(screenFromHash(href)).toBe('reconcile');
    expect(reconcileRouteFromHash(href)).toEqual({ contractorId: 1, view: 'tickets', reportId: 5, month: '2026-10', invoiceId: null, claimId: 4 });
    // The invoices view has no report or month.
    expect(hrefForReconcile({ contractorId: 2, view: 'invoices', reportId: 5, month: '2026-10', invoiceId: 3 })).toBe('#/reconcile?c=2&v=invoices&i=3');
  });

  it('ignores what is not an id or a month', () => {
    expect(reconcileRouteFromHash('#/reconcile?c=0&r=x&m=2026-13&claim=-1&v=other')).toEqual({
      contractorId: null, view: 'tickets', reportId: null, month: null, invoiceId: null, claimId: null,
    });
  });
});
