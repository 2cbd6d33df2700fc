import { describe, expect, it } from 'vitest';
import { noticeAuditOf, noticeAuditText, noticeRequest } from '../../../../renderer/tickets/notices';
import { takesNotices } from '../../../../renderer/tickets/sla';

const LA = 'America/Los_Angeles';

describe('the ticket', () => {
  it('takes contractor notices on CAT 2 and CAT 3 tickets only (29.4.8.9)', () => {
    expect(['repair', 'cat1', 'cat2', 'cat3', 'delay'].filter(takesNotices)).toEqual(['cat2', 'cat3']);
  });
});

describe('recording a notice', () => {
  it('reads the time in the agency’s zone and keeps the method and note', () => {
    expect(noticeRequest(4, { at: '2026-10-06T10:20', method: 'email', note: '  Told the CALNET program office  ', kind: '' }, LA)).toEqual({
      ok: true,
      request: { ticketId: 4, at: '2026-10-06T10:20:00-07:00', method: 'email', note: 'Told the CALNET program office', kind: '' },
    });
    // A help-desk notification keeps its kind.
    expect(noticeRequest(4, { at: '2026-10-06T10:20', method: 'email', note: '', kind: 'initial' }, LA)).toMatchObject({ ok: true, request: { kind: 'initial' } });
  });

  it('names the time field when it is empty, unreadable or in the hour skipped at spring-forward', () => {
    expect(noticeRequest(4, { at: '', method: 'phone', note: '', kind: '' }, LA)).toEqual({ ok: false, errors: { fields: { at: 'Notified at is required' }, form: [] } });
    const bad = noticeRequest(4, { at: 'yesterday', method: 'phone', note: '', kind: '' }, LA);
    expect(bad.ok ? null : bad.errors.fields.at).toMatch(/^Notified at must be a date and time/);
    const skipped = noticeRequest(4, { at: '2026-03-08T02:30', method: 'phone', note: '', kind: '' }, LA);
    expect(skipped.ok ? null : skipped.errors.fields.at).toMatch(/skipped when clocks spring forward/);
  });
});

describe('notices in the ticket\'s history', () => {
  const row = (id: number, ticketId: number) => JSON.stringify({ id, ticketId, at: '2026-11-10T17:30:00.000Z', method: 'email', note: 'First notice', createdAt: '2026-11-17T18:00:00.000Z' });
  const entries = [
    { id: 1, before: null, after: row(1, 4) },
    { id: 2, before: null, after: row(2, 5) },
    { id: 3, before: row(1, 4), after: null },
    { id: 4, before: null, after: 'not json' },
  ];

  it('keeps the entries of this ticket\'s notices, a deleted one included', () => {
    expect(noticeAuditOf(entries, 4).map((e) => e.id)).toEqual([1, 3]);
  });

  it('says what the notice was', () => {
    expect(noticeAuditText(entries[2]!, (iso) => `<${iso}>`)).toBe('E-mail, <2026-11-10T17:30:00.000Z>: First notice');
  });
});
