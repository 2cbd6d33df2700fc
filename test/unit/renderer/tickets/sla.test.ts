import { describe, expect, it } from 'vitest';
import { noticeRequest } from '../../../../renderer/tickets/notices';
import { owedHeadline, slaPanelRows, takesNotices } from '../../../../renderer/tickets/sla';
import { result } from '../slaResults';

const LA = 'America/Los_Angeles';
const none = { tmrcPercent: 0, aducDays: 0, installFeePercent: 0, amount: 0 };

describe('the SLA and credit panel', () => {
  const ttr = result();
  const eo = result({ key: 'excessive-outage:ticket:1', sla: 'excessive-outage', title: 'Excessive Outage', clause: '29.4.8.12', credit: { tmrcPercent: 100, aducDays: 10, installFeePercent: 0, amount: 1555 } });
  const cat3 = result({
    key: 'cat3:ticket:1', sla: 'cat3', title: 'CAT 3', clause: '29.4.8.4', applicable: false, status: 'not-applicable', met: null, credit: none,
    explain: ['29.4.8.4 CAT 3: the standard tier has no objective for this SLA (N/A), so it is not evaluated.'],
  });

  it('shows the SLAs that apply in the engine’s order and the others apart with the reason', () => {
    const rows = slaPanelRows([ttr, cat3, eo]);
    expect(rows.applicable.map((r) => r.sla)).toEqual(['time-to-repair', 'excessive-outage']);
    expect(rows.notApplicable).toEqual([{ result: cat3, reason: 'The standard tier has no objective for this SLA (N/A), so it is not evaluated.' }]);
  });

  it('heads the panel with the money owed: $300.00 + $1,555.00 = $1,855.00 for the 9-hour Premier outage', () => {
    expect(owedHeadline([ttr, eo], 1855)).toEqual({ amount: '$1,855.00', note: 'owed for 2 missed SLAs' });
  });

  it('says why nothing is owed', () => {
    expect(owedHeadline([result({ status: 'pending', met: null, credit: none })], 0).note).toBe('Nothing owed yet: still measuring');
    expect(owedHeadline([result({ status: 'met', met: true, credit: none })], 0).note).toBe('Every SLA met: nothing owed');
    expect(owedHeadline([result({ sla: 'notification', remedy: 'senior-management-escalation', credit: none })], 0).note).toBe('Missed, but no money is owed');
    expect(owedHeadline([cat3], 0)).toEqual({ amount: null, note: 'No SLA is measured on this ticket' });
  });

  it('takes contractor notices on CAT 2 and CAT 3 tickets only (29.4.8.9)', () => {
    expect(['repair', 'cat1', 'cat2', 'cat3', 'delay'].filter(takesNotices)).toEqual(['cat2', 'cat3']);
  });
});

describe('recording a notice', () => {
  it('reads the time in the agency’s zone and keeps the method and note', () => {
    expect(noticeRequest(4, { at: '2026-10-06T10:20', method: 'email', note: '  Told the CALNET program office  ' }, LA)).toEqual({
      ok: true,
      request: { ticketId: 4, at: '2026-10-06T10:20:00-07:00', method: 'email', note: 'Told the CALNET program office' },
    });
  });

  it('names the time field when it is empty, unreadable or in the hour skipped at spring-forward', () => {
    expect(noticeRequest(4, { at: '', method: 'phone', note: '' }, LA)).toEqual({ ok: false, errors: { fields: { at: 'Notified at is required' }, form: [] } });
    const bad = noticeRequest(4, { at: 'yesterday', method: 'phone', note: '' }, LA);
    expect(bad.ok ? null : bad.errors.fields.at).toMatch(/^Notified at must be a date and time/);
    const skipped = noticeRequest(4, { at: '2026-03-08T02:30', method: 'phone', note: '' }, LA);
    expect(skipped.ok ? null : skipped.errors.fields.at).toMatch(/skipped when clocks spring forward/);
  });
});
