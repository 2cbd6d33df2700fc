import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../../../shared/ipc/tickets';
import {
  DEFAULT_FILTERS, DEFAULT_SORT, ariaSort, auditChanges, auditValue, buildListQuery, draftFromTicket, draftToRequest, emptyTicketDraft,
  filtersActive, howLabel, nextSort, timelineTitle, timelineTone,
} from '../../../../renderer/tickets/model';

const LA = 'America/Los_Angeles';

const ticket: Ticket = {
  id: 7, serviceId: 3, circuitId: 'SAC-VOIP-0001', contractorId: 1, contractorName: 'AT&T', serviceType: 'converged-voip', tier: 'premier',
  site: 'SAC-HQ', incidentId: 4, contractorTicket: 'ATT-1', kind: 'delay', severity: '2', description: 'Choppy audio',
  alarmAt: '2026-10-06T16:50:00.000Z', openedAt: '2026-10-06T17:00:00.000Z', startAt: '2026-10-06T16:50:00.000Z', restoredAt: null,
  notRestoredAt: null, actualRestoredAt: null, closedAt: null, measuredMs: 180, ladderId: 'att-calnet3-service-impacting', status: 'open',
  updatedAt: '2026-10-06T17:00:00.000Z', catalogId: 'calnet3-converged-voip', times: {},
};

describe('timeline labels', () => {
  it('says whom and how for escalations and contacts', () => {
    expect(timelineTitle({ kind: 'escalated', level: 2, whom: 'Casey Morgan', how: 'phone' })).toBe('Escalated to level 2: Casey Morgan by phone');
    expect(timelineTitle({ kind: 'escalated', level: 1, whom: '', how: '' })).toBe('Escalated to level 1');
    expect(timelineTitle({ kind: 'contact', level: null, whom: 'Repair desk', how: 'email' })).toBe('Contact made: Repair desk by e-mail');
    expect(timelineTitle({ kind: 'contact', level: null, whom: '', how: 'in-person' })).toBe('Contact made in person');
  });

  it('names every kind the back end writes', () => {
    const kinds: Array<[string, string]> = [
      ['opened', 'Opened'], ['note', 'Note'], ['restored', 'Restored (contractor)'], ['not_restored', 'End-User reports not restored'],
      ['actual_restored', 'Actual restoration'], ['closed', 'Closed'], ['reopened', 'Reopened'], ['edited', 'Edited'],
      ['stop_clock', 'Stop clock started'], ['stop_clock_ended', 'Stop clock ended'], ['stop_clock_voided', 'Stop clock voided'],
    ];
    for (const [kind, label] of kinds) expect(timelineTitle({ kind, level: null, whom: '', how: '' })).toBe(label);
    expect(timelineTitle({ kind: 'something_new', level: null, whom: '', how: '' })).toBe('something_new');
  });

  it('marks lines by tone and reads free-text ways of contact', () => {
    expect(timelineTone('stop_clock_voided')).toBe('stop');
    expect(timelineTone('escalated')).toBe('contact');
    expect(timelineTone('restored')).toBe('state');
    expect(timelineTone('note')).toBe('note');
    expect(howLabel('Phone')).toBe('by phone');
    expect(howLabel('Teams')).toBe('by Teams');
    expect(howLabel(' ')).toBe('');
  });
});

describe('the list query and its sort', () => {
  it('sends filters to SQL, trimmed, and leaves out what is not set', () => {
    expect(buildListQuery(DEFAULT_FILTERS, DEFAULT_SORT)).toEqual({ status: 'active', sort: { key: 'startAt', dir: 'desc' } });
    expect(buildListQuery({ status: 'closed', kind: 'cat1', text: '  SAC ' }, { key: 'circuitId', dir: 'asc' })).toEqual({
      status: 'closed', kind: 'cat1', text: 'SAC', sort: { key: 'circuitId', dir: 'asc' },
    });
    expect(buildListQuery({ ...DEFAULT_FILTERS, text: 'x'.repeat(300) }, DEFAULT_SORT).text).toHaveLength(200);
  });

  it('a header click flips its direction; another column starts newest first for times, A→Z for names', () => {
    expect(nextSort(DEFAULT_SORT, 'startAt')).toEqual({ key: 'startAt', dir: 'asc' });
    expect(nextSort(DEFAULT_SORT, 'circuitId')).toEqual({ key: 'circuitId', dir: 'asc' });
    expect(nextSort({ key: 'circuitId', dir: 'asc' }, 'updatedAt')).toEqual({ key: 'updatedAt', dir: 'desc' });
    expect(ariaSort(DEFAULT_SORT, 'startAt')).toBe('descending');
    expect(ariaSort(DEFAULT_SORT, 'kind')).toBe('none');
  });

  it('knows when filters differ from the default', () => {
    expect(filtersActive(DEFAULT_FILTERS)).toBe(false);
    expect(filtersActive({ ...DEFAULT_FILTERS, status: 'all' })).toBe(true);
    expect(filtersActive({ ...DEFAULT_FILTERS, text: '  ' })).toBe(false);
  });
});

describe('the open/edit form', () => {
  it('sends times as ISO with the agency offset; the measurement only for delay and jitter', () => {
    const d = { ...emptyTicketDraft('2026-10-06T10:00'), serviceId: 3, kind: 'repair' as const, measuredMs: '12' };
    expect(draftToRequest(d, LA)).toEqual({
      serviceId: 3, contractorTicket: '', kind: 'repair', severity: '', description: '', alarmAt: null, openedAt: '2026-10-06T10:00:00-07:00', measuredMs: null, times: {},
    });
    // A help-desk incident's times: each typed one in agency time, an empty one left out (cleared on an edit).
    expect(draftToRequest({ ...d, kind: 'sev1', times: { severityAssigned: '2026-10-06T10:05', referred: '' } }, LA).times).toEqual({ severityAssigned: '2026-10-06T10:05:00-07:00' });
    expect(draftToRequest({ ...d, kind: 'jitter' }, LA).measuredMs).toBe(12);
    expect(draftToRequest({ ...d, kind: 'jitter', measuredMs: '12.5' }, LA).measuredMs).toBe('12.5');
    expect(draftToRequest({ ...d, kind: 'jitter', measuredMs: '' }, LA).measuredMs).toBeNull();
  });

  it('leaves an unchosen service and an empty open time for the seam to name', () => {
    const req = draftToRequest(emptyTicketDraft(''), LA) as Record<string, unknown>;
    expect('serviceId' in req).toBe(false);
    expect(req.openedAt).toBe('');
  });

  it('an edited ticket comes back as it was, keeping its incident and ladder', () => {
    const d = draftFromTicket(ticket, LA);
    expect(d).toMatchObject({ serviceId: 3, kind: 'delay', severity: '2', alarmAt: '2026-10-06T09:50', openedAt: '2026-10-06T10:00', measuredMs: '180' });
    const req = draftToRequest(d, LA, { incidentId: ticket.incidentId, ladderId: ticket.ladderId });
    expect(req).toMatchObject({ incidentId: 4, ladderId: 'att-calnet3-service-impacting', measuredMs: 180, alarmAt: '2026-10-06T09:50:00-07:00' });
    expect(Date.parse(req.openedAt)).toBe(Date.parse(ticket.openedAt));
  });
});

describe('history', () => {
  it('lists the fields an update changed, old → new, ignoring the bookkeeping', () => {
    const before = JSON.stringify({ ...ticket, contractorTicket: 'ATT-1' });
    const after = JSON.stringify({ ...ticket, contractorTicket: 'ATT-2', restoredAt: '2026-10-06T19:00:00.000Z', status: 'restored', updatedAt: 'later' });
    expect(auditChanges(before, after)).toEqual([
      { field: 'contractorTicket', label: 'Contractor ticket number', from: 'ATT-1', to: 'ATT-2' },
      { field: 'restoredAt', label: 'Restored', from: null, to: '2026-10-06T19:00:00.000Z' },
      { field: 'status', label: 'Status', from: 'open', to: 'restored' },
    ]);
  });

  it('reads a partial record and unreadable JSON without failing', () => {
    expect(auditChanges('{"incidentId":null}', '{"incidentId":4}')).toEqual([{ field: 'incidentId', label: 'Incident', from: null, to: 4 }]);
    expect(auditChanges('not json', null)).toEqual([]);
  });

  it('prints values: instants in agency time, empties as a dash', () => {
    const fmt = (iso: string) => `<${iso}>`;
    expect(auditValue('2026-10-06T19:00:00.000Z', fmt)).toBe('<2026-10-06T19:00:00.000Z>');
    expect(auditValue(null, fmt)).toBe('—');
    expect(auditValue('', fmt)).toBe('—');
    expect(auditValue(180, fmt)).toBe('180');
  });
});
