import { describe, expect, it } from 'vitest';
import { owedHeadline, slaPanelRows } from '../../../../renderer/ui/slaText';
import { result } from '../slaResults';

const none = { tmrcPercent: 0, aducDays: 0, installFeePercent: 0, amount: 0 };

describe('a panel of results (the SLA and credit of a ticket or an order)', () => {
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
    expect(owedHeadline([cat3], 0)).toEqual({ amount: null, note: 'No SLA is measured here' });
  });

});
