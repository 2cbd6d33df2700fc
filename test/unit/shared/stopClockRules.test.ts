import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../shared/sla';
import { conditionAppliesTo, conditionsFor, stopClockProblems } from '../../../shared/tickets/stopClockRules';

const catalog = loadCatalog();
const at = { startAt: '2026-09-10T16:00:00Z', endAt: '2026-09-11T16:00:00Z', windowStart: null, windowEnd: null, note: 'documented' };

describe('which stop clock conditions apply to a ticket and which to an order (29.4.7)', () => {
  it('offers an order only Customer Provisioning Delay, of the fifteen conditions', () => {
    expect(catalog.stopClockConditions).toHaveLength(15);
    expect(conditionsFor(catalog.stopClockConditions, 'order').map((c) => c.code)).toEqual(['CUSTOMER_PROVISIONING_DELAY']);
  });

  it('offers a trouble ticket the other fourteen, in the catalog order', () => {
    const codes = conditionsFor(catalog.stopClockConditions, 'ticket').map((c) => c.code);
    expect(codes).toHaveLength(14);
    expect(codes).not.toContain('CUSTOMER_PROVISIONING_DELAY');
    expect(codes.slice(0, 3)).toEqual(['END_USER_REQUEST', 'OBSERVATION', 'END_USER_NOT_AVAILABLE']);
  });

  it('refuses, at the seam, exactly what the pickers leave out', () => {
    for (const c of catalog.stopClockConditions) {
      for (const target of ['ticket', 'order'] as const) {
        const refusedCode = stopClockProblems(catalog, { ...at, code: c.code, windowStart: at.startAt, windowEnd: at.endAt }, target).some((p) => p.path === '/code');
        expect(refusedCode, `${c.code} on a ${target}`).toBe(!conditionAppliesTo(c, target));
      }
    }
    expect(stopClockProblems(catalog, { ...at, code: 'POWER' }, 'order')).toEqual([
      { path: '/code', message: 'On an order only Customer Provisioning Delay stops the clock, not Power' },
    ]);
  });
});
